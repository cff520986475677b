/**
 * The same source sentence translated two ways in one draft: the later link gets an info flag
 * pointing at the earlier one. Sentences of fewer than three words (`Oui.`) may fairly vary.
 *
 * @example checkInconsistency(pairs)[0].params // { firstLink: 2 }
 */
import type { Flag } from './flag.ts';
import { type Pair, fold } from './pair.ts';

const MIN_WORDS = 3;

export function checkInconsistency(pairs: readonly Pair[]): Flag[] {
  const seen = new Map<string, { link: number; draft: string }>();
  const flags: Flag[] = [];
  for (const pair of pairs) {
    if (!pair.source || !pair.draft) continue;
    const source = squash(pair.sourceText.slice(pair.source.start, pair.source.end));
    if (source.split(' ').length < MIN_WORDS) continue;
    const draft = squash(pair.draftText.slice(pair.draft.start, pair.draft.end));
    const first = seen.get(source);
    if (!first) seen.set(source, { link: pair.link, draft });
    else if (first.draft !== draft) {
      flags.push({
        rule: 'inconsistency',
        severity: 'info',
        link: pair.link,
        message: `This sentence was translated differently in link ${first.link + 1}: make the two agree.`,
        params: { firstLink: first.link },
        source: { ...pair.source },
        draft: { ...pair.draft },
      });
    }
  }
  return flags;
}

function squash(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

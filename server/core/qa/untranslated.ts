/**
 * French left in the draft: a draft sentence that is the source sentence itself, or that reads as
 * French by its function words (`le`, `de`, `est`…) rather than English ones.
 *
 * @example checkUntranslated({ link: 2, sourceText: s, draftText: s, source: span, draft: span })[0].rule // 'untranslated'
 */
import { languageShares } from '../text/language.ts';
import type { Flag } from './flag.ts';
import { type Pair, fold } from './pair.ts';

/** At least this share of French function words, and twice the English share, reads French. */
const FRENCH_SHARE = 0.2;
/** Shorter texts (titles, names) are judged only when identical to the source. */
const MIN_WORDS = 4;

export function checkUntranslated(pair: Pair): Flag[] {
  if (!pair.source || !pair.draft) return [];
  const draft = pair.draftText.slice(pair.draft.start, pair.draft.end);
  const source = pair.sourceText.slice(pair.source.start, pair.source.end);
  const shares = languageShares(draft);
  const identical = squash(draft) === squash(source) && languageShares(source).french > 0;
  const french = shares.words >= MIN_WORDS && shares.french >= FRENCH_SHARE && shares.french > 2 * shares.english;
  if (!identical && !french) return [];
  return [
    {
      rule: 'untranslated',
      severity: 'error',
      link: pair.link,
      message: identical ? 'The draft repeats the French source here: translate it.' : 'This draft sentence reads as French: translate it.',
      params: { reason: identical ? 'identical' : 'french', frenchShare: Math.round(shares.french * 100) / 100 },
      draft: { ...pair.draft },
    },
  ];
}

function squash(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

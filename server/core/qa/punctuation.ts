/**
 * French typography left in an English draft: a space before `:`, `;`, `?` or `!`, and
 * guillemets (`«`, `»`) where English uses quotation marks.
 *
 * @example checkPunctuation({ link: 0, sourceText: '', draftText: 'Why ?', draft: { start: 0, end: 5 } })[0].params // { mark: '?' }
 */
import type { Flag } from './flag.ts';
import type { Pair } from './pair.ts';

const FRENCH_MARKS = /[ \u00a0\u202f]+([:;?!])|([«»])/gu;

export function checkPunctuation(pair: Pair): Flag[] {
  if (!pair.draft) return [];
  const flags: Flag[] = [];
  const slice = pair.draftText.slice(pair.draft.start, pair.draft.end);
  for (const m of slice.matchAll(FRENCH_MARKS)) {
    const start = pair.draft.start + m.index;
    const draft = { start, end: start + m[0].length };
    if (m[1]) {
      flags.push({ rule: 'punctuation', severity: 'warning', link: pair.link, message: `English puts no space before “${m[1]}”: remove it.`, params: { mark: m[1] }, draft });
    } else {
      flags.push({ rule: 'punctuation', severity: 'warning', link: pair.link, message: `English uses quotation marks, not “${m[2]}”: replace it.`, params: { mark: m[2]! }, draft });
    }
  }
  return flags;
}

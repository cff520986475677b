/**
 * Doubled words in the draft (`the the`). `had had` and `that that` are English and pass, and so
 * does a doubling the source has too (the firm `Modo Modo`).
 *
 * @example checkRepetition({ link: 0, sourceText: '', draftText: 'in the the city', draft: { start: 0, end: 15 } })[0].draft // { start: 3, end: 10 }
 */
import type { Flag } from './flag.ts';
import type { Pair } from './pair.ts';

const DOUBLED = /(?<![\p{L}\p{N}])([\p{L}]+)\s+\1(?![\p{L}\p{N}])/giu;
const LEGITIMATE = new Set(['had', 'that', 'bye', 'no', 'ha', 'knock', 'bla', 'blah']);

export function checkRepetition(pair: Pair): Flag[] {
  if (!pair.draft) return [];
  const flags: Flag[] = [];
  const slice = pair.draftText.slice(pair.draft.start, pair.draft.end);
  const source = pair.source && pair.sourceText.slice(pair.source.start, pair.source.end);
  for (const m of slice.matchAll(DOUBLED)) {
    const word = m[1]!;
    if (LEGITIMATE.has(word.toLowerCase()) || (source && new RegExp(`(?<![\\p{L}\\p{N}])${word}\\s+${word}(?![\\p{L}\\p{N}])`, 'iu').test(source))) continue;
    const start = pair.draft.start + m.index;
    flags.push({ rule: 'repetition', severity: 'warning', link: pair.link, message: `The word “${word}” is doubled: remove one.`, params: { word }, draft: { start, end: start + m[0].length } });
  }
  return flags;
}

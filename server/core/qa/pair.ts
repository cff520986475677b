/**
 * One link of an alignment seen as a pair of texts: the source and draft ranges it covers (absent
 * on the empty side of a 1-0 or 0-1 link), and what the whole review knows (the bilingual
 * dictionary, how often each word occurs in the whole draft). Pair rules return flags with
 * offsets into the whole texts, so a flag found on a pair is already placed in the document.
 *
 * @example const pair: Pair = { link: 0, sourceText: 'Il a 3 ans.', draftText: 'He is 3.', source: { start: 0, end: 11 }, draft: { start: 0, end: 8 } };
 */
import type { Span } from '../align/alignment.ts';
import type { Dictionary } from '../lexicon/wiktionary.ts';
import type { Flag } from './flag.ts';

export interface Pair {
  link: number;
  sourceText: string;
  draftText: string;
  source?: Span;
  draft?: Span;
  /** The source sentences of the link, when it has more than one. */
  sourceSentences?: Span[];
  /** French → English translations, when the dictionary is loaded. */
  dictionary?: Dictionary;
  /** Folded word → number of occurrences in the whole draft (this pair's draft when absent). */
  draftCounts?: ReadonlyMap<string, number>;
}

export type PairRule = (pair: Pair) => Flag[];

/** A word of a text with its offsets. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Runs of letters and digits in a text range, with their offsets into the whole text. */
export function wordsIn(text: string, span: Span): Word[] {
  return [...text.slice(span.start, span.end).matchAll(WORD)].map((m) => ({ text: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length }));
}

/** Lower case without accents: the form under which French and English spellings of a name meet. */
export function fold(text: string): string {
  // Most words are plain ASCII: lower-casing is all they need, and far cheaper than NFD.
  return /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folded word → count, over a text range. */
export function wordCounts(text: string, span: Span): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of wordsIn(text, span)) {
    const folded = fold(w.text);
    counts.set(folded, (counts.get(folded) ?? 0) + 1);
  }
  return counts;
}

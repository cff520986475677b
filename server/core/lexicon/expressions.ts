/**
 * Multiword expressions the dictionary knows (`de plus en plus`, `mise à jour`, `il y a`): found
 * in a run of words so that a click on any of their words opens the whole expression.
 *
 * @example
 * const index = expressionIndex(dictionary.keys());
 * findExpression(['il', 'va', 'de', 'plus', 'en', 'plus'], 3, index) // {start: 2, end: 6, headword: 'de plus en plus'}
 */
import { tokenizeFrench } from './french-tokens.ts';

/** Folds what varies in writing but not in meaning: case and the apostrophe's shape. */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/[’ʼ‘]/g, "'");
}

/** The words of a headword, cut as a text's words are (`d’un coup` → d’, un, coup), as keys. */
export function headwordWords(headword: string): string[] {
  return tokenizeFrench(headword).map((t) => wordKey(headword.slice(t.start, t.end)));
}

/** First word → the expressions starting with it, as word lists, longest first. */
export type ExpressionIndex = ReadonlyMap<string, readonly { words: string[]; headword: string }[]>;

export function expressionIndex(headwords: Iterable<string>): ExpressionIndex {
  const index = new Map<string, { words: string[]; headword: string }[]>();
  for (const headword of headwords) {
    // Most headwords are one word; only a space or an apostrophe can make several.
    if (!/[\s'’]/u.test(headword)) continue;
    const words = headwordWords(headword);
    if (words.length < 2) continue;
    const list = index.get(words[0]!) ?? [];
    list.push({ words, headword });
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

export interface ExpressionMatch {
  /** First word of the expression, as an index into the words given. */
  start: number;
  /** One past its last word. */
  end: number;
  headword: string;
}

/** The longest expression among `words` that covers word `at` (the earliest, between equals). */
export function findExpression(words: readonly string[], at: number, index: ExpressionIndex): ExpressionMatch | undefined {
  const keys = words.map(wordKey);
  let best: ExpressionMatch | undefined;
  for (let start = at; start >= 0; start--) {
    for (const { words: expression, headword } of index.get(keys[start]!) ?? []) {
      const end = start + expression.length;
      if (end <= at || end > keys.length || (best && end - start < best.end - best.start)) continue;
      if (expression.every((w, k) => keys[start + k] === w)) best = { start, end, headword };
    }
  }
  return best;
}

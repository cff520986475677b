/**
 * The dictionary as the words service reads it: headwords by their folded key (case and
 * apostrophe shape ignored, so `Occident`, `aujourd'hui` and `aujourd’hui` are found), how common
 * each gloss is, and the multiword expressions. Built once per dictionary.
 *
 * @example const lexicon = wordLexicon(dictionary); lexicon.entries(['accroît', 'accroître'])
 */
import { expressionIndex, wordKey, type ExpressionIndex } from '../core/lexicon/expressions.ts';
import { glossCommonness } from '../core/lexicon/glosses.ts';
import type { Dictionary, Translation } from '../core/lexicon/wiktionary.ts';

export interface WordLexicon {
  /** The translations listed under any of these words or lemmas, in the order given, each once. */
  entries(keys: readonly string[]): Translation[];
  /** Whether the dictionary has this exact headword (case kept). */
  has(headword: string): boolean;
  commonness(gloss: string): number;
  expressions: ExpressionIndex;
}

const built = new WeakMap<Dictionary, WordLexicon>();

export function wordLexicon(dictionary: Dictionary): WordLexicon {
  const cached = built.get(dictionary);
  if (cached) return cached;
  const byKey = new Map<string, Translation[]>();
  for (const [headword, translations] of dictionary) {
    const key = wordKey(headword);
    byKey.set(key, [...(byKey.get(key) ?? []), ...translations]);
  }
  const lexicon: WordLexicon = {
    entries(keys) {
      const seen = new Set<string>();
      return [...new Set(keys.map(wordKey))]
        .flatMap((key) => byKey.get(key) ?? [])
        .filter((t) => !seen.has(`${t.pos}\t${t.text}`) && seen.add(`${t.pos}\t${t.text}`));
    },
    has: (headword) => dictionary.has(headword) || dictionary.has(headword.replace(/'/g, '’')),
    commonness: glossCommonness(dictionary),
    expressions: expressionIndex(dictionary.keys()),
  };
  built.set(dictionary, lexicon);
  return lexicon;
}

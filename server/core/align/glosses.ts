/**
 * The bilingual evidence the aligner draws from a fr→en dictionary: for a French word as it occurs
 * in running text, the keys of the English words its translations use. Without a French
 * lemmatizer, inflected forms are found by guessing dictionary forms (`ratifié` → `ratifier`).
 */
import type { Dictionary } from '../lexicon/wiktionary.ts';
import { englishKey, fold, frenchLemmaGuesses, isEnglishFunctionWord } from './words.ts';

/** Folded French headword → keys of the content words of its English translations. */
export type GlossIndex = Map<string, string[]>;

/** Beyond this many English keys a headword (`faire`, `prendre`) matches nearly any sentence. */
const MAX_KEYS = 16;

const indexes = new WeakMap<Dictionary, GlossIndex>();

/**
 * The gloss index of a dictionary, built once per dictionary object.
 *
 * @example glossIndex(new Map([['député', [{text: 'MP', pos: 'NOUN'}]]])).get('depute') // ['mp']
 */
export function glossIndex(dictionary: Dictionary): GlossIndex {
  const known = indexes.get(dictionary);
  if (known) return known;
  const index: GlossIndex = new Map();
  for (const [head, translations] of dictionary) {
    if (/\s/.test(head)) continue;
    const folded = fold(head);
    const keys = new Set(index.get(folded));
    for (const translation of translations) {
      for (const word of translation.text.match(/\p{L}+/gu) ?? []) {
        const lower = word.toLowerCase();
        if (!isEnglishFunctionWord(lower) && keys.size < MAX_KEYS) keys.add(englishKey(lower));
      }
    }
    if (keys.size > 0) index.set(folded, [...keys]);
  }
  indexes.set(dictionary, index);
  return index;
}

/**
 * The English keys a French word may translate to: those of its lemmas when `lemmas` (a
 * lexicon's, every reading) gives some the index knows (`fut` → `être`, `prit` → `prendre`),
 * else those of the first guessed dictionary form that the index knows, or none.
 *
 * @example glossKeys(index, 'ratifié') // the keys of ratifier's glosses, e.g. ['ratif']
 */
export function glossKeys(index: GlossIndex, word: string, lemmas?: (word: string) => readonly string[]): readonly string[] {
  const known = new Set<string>();
  for (const lemma of lemmas?.(word) ?? []) for (const key of index.get(fold(lemma)) ?? []) if (known.size < MAX_KEYS) known.add(key);
  if (known.size > 0) return [...known];
  for (const guess of frenchLemmaGuesses(fold(word))) {
    const keys = index.get(guess);
    if (keys) return keys;
  }
  return [];
}

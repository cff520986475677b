/**
 * The English a French word may stand for: its dictionary translations, folded, looked up as
 * written, in lower case, without accents and under its simple lemmas (plural, feminine:
 * `Européenne` → `européen`). These are the known cross-language variants of names
 * (`Allemagne` → `germany`) and of capitalised common nouns (`État` → `state`).
 *
 * @example englishVariants('Moscou', dictionary) // ['moscow']
 */
import type { Dictionary } from '../lexicon/wiktionary.ts';
import { fold } from './pair.ts';

/** Names whose usual English forms no dictionary gloss gives (short forms, adjectives). */
const USUAL: Record<string, string[]> = {
  'etats-unis': ['us', 'u s', 'usa', 'america'],
  'royaume-uni': ['uk', 'britain', 'british'],
  'union europeenne': ['eu', 'european union'],
  'maison-blanche': ['white house'],
};

const folded = new WeakMap<Dictionary, Map<string, string[]>>();

/** The dictionary keyed by folded headword, built once per dictionary. */
function foldedIndex(dictionary: Dictionary): Map<string, string[]> {
  let index = folded.get(dictionary);
  if (!index) {
    index = new Map();
    for (const [head, translations] of dictionary) {
      const key = fold(head);
      const list = index.get(key) ?? [];
      for (const t of translations) list.push(fold(t.text));
      index.set(key, list);
    }
    folded.set(dictionary, index);
  }
  return index;
}

/** The word and its simple French lemmas: plural, feminine and both undone. */
function lemmas(word: string): string[] {
  const w = fold(word);
  const forms = new Set([w]);
  for (const singular of [w, w.replace(/[sx]$/, '')]) {
    forms.add(singular);
    forms.add(singular.replace(/e$/, ''));
    forms.add(singular.replace(/nne$/, 'n'));
    forms.add(singular.replace(/ive$/, 'if'));
    forms.add(singular.replace(/aux$/, 'al'));
  }
  return [...forms].filter(Boolean);
}

export function englishVariants(word: string, dictionary: Dictionary | undefined): string[] {
  const usual = USUAL[fold(word)] ?? [];
  if (!dictionary) return usual;
  const index = foldedIndex(dictionary);
  return [...new Set([...usual, ...lemmas(word).flatMap((l) => index.get(l) ?? [])])];
}

const englishWords = new WeakMap<Dictionary, Set<string>>();

/**
 * Whether a folded word is English the dictionary knows (one of the words of its translations):
 * `court` or `asia` next to `Cour` or `Asie` is a translation, not a misspelled name.
 */
export function isEnglishWord(folded: string, dictionary: Dictionary | undefined): boolean {
  if (!dictionary) return false;
  let words = englishWords.get(dictionary);
  if (!words) {
    words = new Set();
    for (const translations of dictionary.values()) for (const t of translations) for (const w of fold(t.text).split(/[^\p{L}]+/u)) if (w) words.add(w);
    englishWords.set(dictionary, words);
  }
  return words.has(folded);
}

/** Whether the French word is also a common word: its lower-case form (or a lemma) is a headword. */
export function isCommonWord(word: string, dictionary: Dictionary | undefined): boolean {
  if (!dictionary) return false;
  const lower = word.toLowerCase();
  return [lower, lower.replace(/[sx]$/, ''), lower.replace(/e?s?$/, ''), lower.replace(/nnes?$/, 'n'), lower.replace(/ives?$/, 'if')].some((l) => dictionary.has(l));
}

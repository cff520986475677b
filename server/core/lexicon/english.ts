/**
 * English words and their lemmas, for matching dictionary glosses against a translation: the one
 * module that knows wink-lemmatizer. A word's lemmas are every reading of it (noun, verb,
 * adjective), since a translation is not tagged: `made` → make, `limits` → limit, `better` → good.
 *
 * @example englishLemmas('Limits') // ['limits', 'limit']
 */
import wink from 'wink-lemmatizer';

export interface EnglishWord {
  start: number;
  end: number;
  /** The word as written. */
  text: string;
}

/** Letters or digits, with inner apostrophes and hyphens kept (`don't`, `well-known`). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The words of an English text, with offsets into it; punctuation and spaces are not words.
 *
 * @example englishWords('It grew.') // [{start: 0, end: 2, text: 'It'}, {start: 3, end: 7, text: 'grew'}]
 */
export function englishWords(text: string): EnglishWord[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Lemmatizing is the hot path of alignment; a translation's vocabulary repeats. Bounded, then reset. */
const cache = new Map<string, string[]>();
const CACHE_LIMIT = 50_000;

/**
 * The lower-cased word and its lemmas as noun, verb and adjective, without repeats, word first.
 *
 * @example englishLemmas('went') // ['went', 'go']
 */
export function englishLemmas(word: string): string[] {
  const lower = word.toLowerCase().replace(/’/g, "'");
  let lemmas = cache.get(lower);
  if (!lemmas) {
    lemmas = /^[a-z'-]+$/.test(lower) ? [...new Set([lower, wink.noun(lower), wink.verb(lower), wink.adjective(lower)])] : [lower];
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(lower, lemmas);
  }
  return lemmas;
}

/**
 * Every lemma of every word of a text: what "appears in the translation" means for a gloss.
 *
 * @example englishLemmaSet('Prices grew').has('grow') // true
 */
export function englishLemmaSet(text: string): Set<string> {
  return new Set(englishWords(text).flatMap((w) => englishLemmas(w.text)));
}

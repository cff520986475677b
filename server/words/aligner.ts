/**
 * The word aligner as the service runs it: a French word's glosses come from the dictionary under
 * the word itself and under every lemma Lefff gives it (an untagged sentence: `est` may be être or
 * est), ranked without context; without a dictionary only forms, cognates and function words link.
 *
 * @example const align = createAligner(wordLexicon(dictionary), readings); align(['le', 'chien'], ['the', 'dog'])
 */
import type { LexiconLookup } from '../core/lexicon/analysis.ts';
import { tokenizeFrench } from '../core/lexicon/french-tokens.ts';
import { rankGlosses } from '../core/lexicon/glosses.ts';
import { alignWords, type AlignLexicon, type Link } from '../core/lexicon/word-align.ts';
import type { WordLexicon } from './word-lexicon.ts';

export type Aligner = (source: readonly string[], target: readonly string[]) => Link[];

// Lefff's placeholder lemmas (clitics, question words) name no dictionary headword.
const PLACEHOLDER = /^(?:cl[a-z]*|ilimp|çaimp|_.*)$/;
// A word's rarest glosses (`faire` has 80) cost time and find rare senses, seldom the translation's.
const MAX_GLOSSES = 16;
// The distinct words of many sentences; past it the cache starts over.
const CACHE_LIMIT = 100_000;

/** Lefff's lemmas of a form, without its placeholders and `?` marks, in Lefff's order. */
export function lemmasOf(form: string, readings: LexiconLookup): string[] {
  return [...new Set(readings(form).map((e) => e.lemma.replace(/\?$/, '')))].filter((l) => l !== '' && !PLACEHOLDER.test(l));
}

/** A token with an elision glued on (`s’accroissent`, as whitespace cuts it) is also read as its last word. */
function keysOf(token: string, readings: LexiconLookup): string[] {
  const spans = tokenizeFrench(token);
  const last = spans.length > 1 ? token.slice(spans.at(-1)!.start, spans.at(-1)!.end) : undefined;
  return [token, ...lemmasOf(token, readings), ...(last ? [last, ...lemmasOf(last, readings)] : [])];
}

export function alignLexicon(lexicon: WordLexicon | undefined, readings: LexiconLookup): AlignLexicon {
  if (!lexicon) return { glosses: () => [] };
  const cache = new Map<string, readonly string[]>();
  return {
    expressions: lexicon.expressions,
    glosses(word) {
      const hit = cache.get(word);
      if (hit) return hit;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      const keys = word.includes(' ') ? [word] : keysOf(word, readings);
      const glosses = rankGlosses(lexicon.entries(keys), { commonness: lexicon.commonness })
        .slice(0, MAX_GLOSSES)
        .map((g) => g.text);
      cache.set(word, glosses);
      return glosses;
    },
  };
}

export function createAligner(lexicon: WordLexicon | undefined, readings: LexiconLookup): Aligner {
  const resolved = alignLexicon(lexicon, readings);
  return (source, target) => alignWords(source, target, resolved);
}

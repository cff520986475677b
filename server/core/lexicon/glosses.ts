/**
 * Ranking a headword's dictionary glosses for one context. Wiktionary lists them unranked and
 * noisy, so the order is: glosses found in the sentence's English translation, then those whose
 * part of speech agrees with the tagger's, then single words, commoner, shorter, in file order.
 *
 * @example rankGlosses(dictionary.get('accroître')!, { upos: 'VERB', english: englishLemmaSet('Sales grew') })
 */
import { englishLemmas } from './english.ts';
import type { Translation } from './wiktionary.ts';

export interface GlossContext {
  /** The tagger's UD part of speech for the French word. */
  upos?: string;
  /** Lemmas of the sentence's English translation (englishLemmaSet). */
  english?: ReadonlySet<string>;
  /** How many headwords a gloss translates: a gloss used often is a common English word. */
  commonness?: (gloss: string) => number;
}

/** English words a gloss is made of that say nothing alone: `to go`, `a dog`, `the West`. */
const FILLERS = new Set(['to', 'a', 'an', 'the', 'be', 'of', 'one', "one's", 'someone', 'something', 'sb', 'sth']);

/**
 * The lemmas of a gloss's content words, one list per word, parenthesised remarks dropped; a gloss
 * of fillers only (`the`) keeps them.
 *
 * @example glossLemmas('to grow (up)') // [['grow']]
 */
export function glossLemmas(gloss: string): string[][] {
  let lemmas = lemmasOfGloss.get(gloss);
  if (!lemmas) {
    if (lemmasOfGloss.size >= CACHE_LIMIT) lemmasOfGloss.clear();
    lemmas = lemmatizeGloss(gloss);
    lemmasOfGloss.set(gloss, lemmas);
  }
  return lemmas;
}

/** Alignment asks for the same glosses sentence after sentence; bounded, then reset. */
const lemmasOfGloss = new Map<string, string[][]>();
const CACHE_LIMIT = 100_000;

function lemmatizeGloss(gloss: string): string[][] {
  const words = gloss
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .split(/[\s,;/]+/)
    .filter(Boolean);
  const content = words.filter((w) => !FILLERS.has(w));
  return (content.length > 0 ? content : words).map(englishLemmas);
}

/** True when every content word of the gloss has a lemma in the translation. */
export function glossInTranslation(gloss: string, english: ReadonlySet<string>): boolean {
  const words = glossLemmas(gloss);
  return words.length > 0 && words.every((lemmas) => lemmas.some((l) => english.has(l)));
}

/** The tagger's tag that a dictionary sense agrees with: auxiliaries are verbs, names nouns. */
const SENSE_OF: Record<string, string> = { AUX: 'VERB', PROPN: 'NOUN' };

/** 2: the sense has the word's part of speech; 1: the sense has none (`X`); 0: another one. */
function agreement(pos: string, upos: string | undefined): number {
  if (upos === undefined || pos === 'X') return 1;
  return pos === (SENSE_OF[upos] ?? upos) ? 2 : 0;
}

const wordCount = (text: string): number => text.trim().split(/\s+/).length;

/**
 * The glosses in context order, each once whatever its case (a gloss under several parts of speech keeps
 * its best-agreeing sense); a stable sort, so equal glosses keep the dictionary's order.
 *
 * @example rankGlosses([{text: 'increase', pos: 'VERB'}, {text: 'grow', pos: 'VERB'}], {english: new Set(['grow'])})[0].text // 'grow'
 */
export function rankGlosses(glosses: readonly Translation[], context: GlossContext = {}): Translation[] {
  const { upos, english, commonness } = context;
  const scored = glosses.map((gloss, order) => ({
    gloss,
    order,
    found: english && glossInTranslation(gloss.text, english) ? 1 : 0,
    agrees: agreement(gloss.pos, upos),
    single: wordCount(gloss.text) === 1 ? 1 : 0,
    common: commonness?.(gloss.text) ?? 0,
  }));
  scored.sort(
    (a, b) =>
      b.found - a.found ||
      b.agrees - a.agrees ||
      b.single - a.single ||
      b.common - a.common ||
      a.gloss.text.length - b.gloss.text.length ||
      a.order - b.order,
  );
  const seen = new Set<string>();
  return scored.filter(({ gloss }) => !seen.has(gloss.text.toLowerCase()) && seen.add(gloss.text.toLowerCase())).map(({ gloss }) => gloss);
}

/**
 * How many headwords each gloss translates (lower-cased), from the whole dictionary: the
 * `commonness` of a GlossContext.
 *
 * @example glossCommonness(dictionary)('grow') // 3 on the test fixture: accroître, grandir, pousser
 */
export function glossCommonness(dictionary: ReadonlyMap<string, readonly Translation[]>): (gloss: string) => number {
  const counts = new Map<string, number>();
  for (const glosses of dictionary.values()) {
    for (const text of new Set(glosses.map((g) => g.text.toLowerCase()))) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return (gloss) => counts.get(gloss.toLowerCase()) ?? 0;
}

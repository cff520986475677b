/**
 * Word alignment of a French sentence with its English translation: "what the word became".
 * Each French–English word pair gets the evidence for it (a dictionary gloss, the same string,
 * a cognate, the function-word table), less a penalty for lying far from the diagonal; pairs are
 * then linked best first, each word once (competitive linking), and a multiword gloss or
 * expression links all its words. A pair with no evidence is never linked, however close.
 *
 * @example alignWords(['le', 'chien'], ['the', 'dog'], lexicon) // [[0, 0], [1, 1]]
 */
import { englishLemmas } from './english.ts';
import { findExpression, wordKey, type ExpressionIndex } from './expressions.ts';
import { glossLemmas } from './glosses.ts';
import { FUNCTION_WORDS } from './word-align-function-words.ts';

export interface AlignLexicon {
  /** Ranked gloss texts of a French word or expression (every reading of it), best first. */
  glosses(word: string): readonly string[];
  /** Multiword expressions whose glosses apply to all their words. */
  expressions?: ExpressionIndex;
}

export type Link = [source: number, target: number];

const range = ([from, to]: [number, number]): number[] => Array.from({ length: to - from }, (_, k) => from + k);

/** Evidence, on a 0–1 scale, that two words translate each other. */
const EVIDENCE = { identical: 1, gloss: 0.9, cognate: 0.55, functionWord: 0.6 };
/** How much a pair loses per unit of relative distance from the diagonal. */
const DISTANCE_WEIGHT = 0.5;
/** Below this, evidence minus distance is not worth a link. */
const MIN_SCORE = 0.15;
/** A cognate shares at least this many letters at its start, and this share of the shorter word. */
const COGNATE_PREFIX = 4;
const COGNATE_SHARE = 0.6;

/** Lower case without accents: `Très` → `tres`. */
const fold = (word: string): string => wordKey(word).normalize('NFD').replace(/\p{M}/gu, '');
const isWordy = (word: string): boolean => /[\p{L}\p{N}]/u.test(word);

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Same-string and cognate evidence, for words that are not function words. */
function formEvidence(french: string, english: string): number {
  const f = fold(french);
  const e = fold(english);
  if (f === e && (!isWordy(f) || /\p{N}/u.test(f) || f.length >= 3)) return EVIDENCE.identical;
  const prefix = commonPrefix(f, e);
  if (prefix >= COGNATE_PREFIX && prefix >= COGNATE_SHARE * Math.min(f.length, e.length)) {
    return EVIDENCE.cognate + 0.3 * (prefix / Math.max(f.length, e.length));
  }
  return 0;
}

/** Target spans (start, end) whose words match a gloss's content words in order. */
function spansOf(gloss: string[][], targetLemmas: readonly string[][]): [number, number][] {
  const spans: [number, number][] = [];
  for (let j = 0; j + gloss.length <= targetLemmas.length; j++) {
    if (gloss.every((lemmas, k) => lemmas.some((l) => targetLemmas[j + k]!.includes(l)))) spans.push([j, j + gloss.length]);
  }
  return spans;
}

interface Candidate {
  source: number;
  target: number;
  score: number;
  /** The whole target span of a multiword gloss this pair belongs to. */
  span?: [number, number];
  /** The source words of the expression whose gloss this is. */
  group?: [number, number];
}

/** The glosses that apply to word i: those of an expression covering it first, then its own. */
function glossesAt(source: readonly string[], i: number, lexicon: AlignLexicon): { text: string; group?: [number, number] }[] {
  const own = lexicon.glosses(source[i]!).map((text) => ({ text }));
  const expression = lexicon.expressions && findExpression(source, i, lexicon.expressions);
  if (!expression) return own;
  const group: [number, number] = [expression.start, expression.end];
  return [...lexicon.glosses(expression.headword).map((text) => ({ text, group })), ...own];
}

function candidates(source: readonly string[], target: readonly string[], lexicon: AlignLexicon): Candidate[] {
  const targetLemmas = target.map(englishLemmas);
  const out: Candidate[] = [];
  const distance = (i: number, j: number) => Math.abs((i + 0.5) / source.length - (j + 0.5) / target.length);
  source.forEach((french, i) => {
    const evidence = new Map<number, Omit<Candidate, 'source' | 'target'>>();
    const offer = (j: number, score: number, span?: [number, number], group?: [number, number]) => {
      if (score > (evidence.get(j)?.score ?? 0)) evidence.set(j, { score, span, group });
    };
    const functionWords = FUNCTION_WORDS.get(wordKey(french));
    glossesAt(source, i, lexicon).forEach(({ text, group }, rank) => {
      const score = EVIDENCE.gloss - 0.01 * Math.min(rank, 20);
      for (const span of spansOf(glossLemmas(text), targetLemmas)) {
        for (let j = span[0]; j < span[1]; j++) offer(j, score, span[1] - span[0] > 1 ? span : undefined, group);
      }
    });
    target.forEach((english, j) => {
      if (!functionWords) offer(j, formEvidence(french, english));
      const rank = functionWords?.indexOf(wordKey(english)) ?? -1;
      if (rank >= 0) offer(j, EVIDENCE.functionWord - 0.02 * rank);
    });
    for (const [j, { score, span, group }] of evidence) {
      const net = score - DISTANCE_WEIGHT * distance(i, j);
      if (score > 0 && net > MIN_SCORE) out.push({ source: i, target: j, score: net, span, group });
    }
  });
  return out;
}

/**
 * Links between French words (`source`) and English words (`target`), as index pairs sorted by
 * source then target; a word may have several links (a multiword gloss) or none.
 */
export function alignWords(source: readonly string[], target: readonly string[], lexicon: AlignLexicon): Link[] {
  const all = candidates(source, target, lexicon).sort((a, b) => b.score - a.score || a.source - b.source || a.target - b.target);
  const sourceLinked = new Set<number>();
  const targetLinked = new Set<number>();
  const links: Link[] = [];
  const link = (i: number, j: number) => {
    links.push([i, j]);
    sourceLinked.add(i);
    targetLinked.add(j);
  };
  for (const { source: i, target: j, span, group } of all) {
    if (sourceLinked.has(i) || targetLinked.has(j)) continue;
    // An expression and a multiword gloss link whole: every free word of one to every free word of the other.
    const sources = range(group ?? [i, i + 1]).filter((s) => s === i || !sourceLinked.has(s));
    const targets = range(span ?? [j, j + 1]).filter((t) => t === j || !targetLinked.has(t));
    for (const s of sources) for (const t of targets) link(s, t);
  }
  return links.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

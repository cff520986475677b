/**
 * Each sentence as the aligner sees it: its length and a bag of weighted tokens, each token with the
 * keys under which the other language may show it. A French word's keys are its cognate key and
 * the keys of its dictionary glosses; an English word's, those of its lemmas; a number has its value as key
 * in both languages (`1 500` and `1,500` meet); `?` and `!` are keys of their own.
 */
import { englishLemmas } from '../lexicon/english.ts';
import { glossKeys, type GlossIndex } from './glosses.ts';
import {
  ENGLISH_NUMBER,
  FRENCH_NUMBER,
  englishKey,
  frenchKey,
  isEnglishFunctionWord,
  isFrenchFunctionWord,
  numberKey,
} from './words.ts';

export interface Bag {
  /** Characters other than spaces: what the length model counts. */
  length: number;
  /** Token `t` owns `keys[tokenEnds[t - 1] ?? 0 .. tokenEnds[t])`. */
  tokenEnds: Int32Array;
  keys: Int32Array;
  weights: Float64Array;
  /** Sum of `weights`. */
  total: number;
}

/** What a token weighs: a word 1, anchors more, since they are rarely left out of a translation. */
export const WEIGHTS = { word: 1, name: 2, number: 3, mark: 1 } as const;

/**
 * Interns keys as small integers so bags compare through one array lookup per key, and remembers
 * each word's keys: a text repeats its words, and folding and dictionary look-ups are the slow part.
 */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  private readonly words = new Map<string, readonly number[]>();

  /** The key ids of `word` in `language`, from `keysOf` the first time. */
  wordKeys(language: string, word: string, keysOf: () => readonly string[]): readonly number[] {
    const memo = `${language}${word}`;
    let ids = this.words.get(memo);
    if (!ids) {
      ids = keysOf().map((key) => this.id(key));
      this.words.set(memo, ids);
    }
    return ids;
  }

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}

const FRENCH_TOKEN = new RegExp(`(${FRENCH_NUMBER})|\\p{L}+|[?!]`, 'gu');
const ENGLISH_TOKEN = new RegExp(`(${ENGLISH_NUMBER})|\\p{L}+|[?!]`, 'gu');
const CAPITAL = /^\p{Lu}/u;

class BagBuilder {
  private readonly ends: number[] = [];
  private readonly keys: number[] = [];
  private readonly weights: number[] = [];

  constructor(readonly table: KeyTable) {}

  add(keys: readonly string[], weight: number): void {
    this.addIds(keys.map((key) => this.table.id(key)), weight);
  }

  addIds(ids: readonly number[], weight: number): void {
    for (const id of ids) this.keys.push(id);
    this.ends.push(this.keys.length);
    this.weights.push(weight);
  }

  build(text: string): Bag {
    return {
      length: text.replace(/\s+/g, '').length,
      tokenEnds: Int32Array.from(this.ends),
      keys: Int32Array.from(this.keys),
      weights: Float64Array.from(this.weights),
      total: this.weights.reduce((a, b) => a + b, 0),
    };
  }
}

function weightOf(word: string, first: boolean): number {
  return !first && CAPITAL.test(word) ? WEIGHTS.name : WEIGHTS.word;
}

/**
 * @example frenchBag('Il a payé 1 500 euros.', table, index).total // 1 + 3 + 1 (payé, 1 500, euros)
 */
export function frenchBag(text: string, table: KeyTable, index: GlossIndex | undefined, lemmas?: (word: string) => readonly string[]): Bag {
  const bag = new BagBuilder(table);
  let first = true;
  for (const match of text.matchAll(FRENCH_TOKEN)) {
    const token = match[0];
    if (match[1] !== undefined) bag.add([`#${numberKey(token, 'fr')}`], WEIGHTS.number);
    else if (token === '?' || token === '!') bag.add([token], WEIGHTS.mark);
    else if (!isFrenchFunctionWord(token.toLowerCase())) {
      const keys = () => (index ? [frenchKey(token), ...glossKeys(index, token, lemmas)] : [frenchKey(token)]);
      bag.addIds(table.wordKeys('fr', token, keys), weightOf(token, first));
    }
    first = false;
  }
  return bag.build(text);
}

/** The keys of an English word's every reading: `said` → say, `feet` → foot, `cried` → cry. */
function englishKeys(word: string): string[] {
  return [...new Set(englishLemmas(word).map(englishKey))];
}

/**
 * @example englishBag('He paid 1,500 euros.', table).total // 1 + 3 + 1
 */
export function englishBag(text: string, table: KeyTable): Bag {
  const bag = new BagBuilder(table);
  let first = true;
  for (const match of text.matchAll(ENGLISH_TOKEN)) {
    const token = match[0];
    if (match[1] !== undefined) bag.add([`#${numberKey(token, 'en')}`], WEIGHTS.number);
    else if (token === '?' || token === '!') bag.add([token], WEIGHTS.mark);
    else if (!isEnglishFunctionWord(token.toLowerCase())) bag.addIds(table.wordKeys('en', token, () => englishKeys(token)), weightOf(token, first));
    first = false;
  }
  return bag.build(text);
}

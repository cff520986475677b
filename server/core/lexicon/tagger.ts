/**
 * The part-of-speech tagger: an averaged perceptron (Collins 2002) read greedily left to right,
 * on the word, its affixes and shape, its neighbours, the two tags before it, and the tags Lefff
 * allows for it and its neighbours (their ambiguity classes). Weights come from
 * `scripts/train-tagger.ts`; this module only scores.
 */
import { UPOS, type Upos } from './lefff-tags.ts';

/** Trained weights: one row of `classes.length` weights per feature, in one array. */
export interface TaggerModel {
  classes: readonly Upos[];
  /** Feature name → row number in `weights`. */
  rows: ReadonlyMap<string, number>;
  weights: Float32Array;
}

/** What the tagger sees of a word: its form and the tags Lefff allows for it (`NOUN|VERB`, or `?`). */
export interface TaggerWord {
  form: string;
  ambiguity: string;
}

const START = { form: '<s>', ambiguity: '<s>' };
const END = { form: '</s>', ambiguity: '</s>' };

function shape(form: string): string {
  if (/^\p{N}+(?:[.,  ]\p{N}+)*$/u.test(form)) return 'num';
  if (/^\p{P}+$/u.test(form)) return 'punct';
  const upper = /^\p{Lu}/u.test(form);
  if (upper && form.length > 1 && form === form.toUpperCase()) return 'caps';
  return `${upper ? 'Cap' : 'low'}${form.includes('-') ? '-' : ''}${/\p{N}/u.test(form) ? '9' : ''}`;
}

/** The features of a word that depend on the word alone: the same wherever it occurs. */
function ownFeatures(word: TaggerWord): string[] {
  const w = word.form.toLowerCase();
  const a = word.ambiguity;
  return ['b', `w=${w}`, `s1=${w.slice(-1)}`, `s2=${w.slice(-2)}`, `s3=${w.slice(-3)}`, `s4=${w.slice(-4)}`, `p1=${w.slice(0, 1)}`, `sh=${shape(word.form)}`, `a=${a}`, `a.sh=${a}|${shape(word.form)}`];
}

/** The features of word `i` that depend on its neighbours and the two tags chosen before it. */
function contextFeatures(words: readonly TaggerWord[], i: number, prev: string, prev2: string): string[] {
  const at = (k: number) => (k < 0 ? START : (words[k] ?? END));
  const w = at(i).form.toLowerCase();
  const a = at(i).ambiguity;
  const p1 = at(i - 1).form.toLowerCase();
  const n1 = at(i + 1).form.toLowerCase();
  return [
    `t1=${prev}`,
    `t2=${prev2}|${prev}`,
    `t1.w=${prev}|${w}`,
    `t1.a=${prev}|${a}`,
    `w-1=${p1}`,
    `w-1.w=${p1}|${w}`,
    `w-2=${at(i - 2).form.toLowerCase()}`,
    `w+1=${n1}`,
    `w.w+1=${w}|${n1}`,
    `w.a+1=${w}|${at(i + 1).ambiguity}`,
    `w.a+2=${w}|${at(i + 2).ambiguity}`,
    `w+2=${at(i + 2).form.toLowerCase()}`,
    `s3+1=${n1.slice(-3)}`,
    `s3-1=${p1.slice(-3)}`,
    `a-1=${at(i - 1).ambiguity}`,
    `a+1=${at(i + 1).ambiguity}`,
    `a.a+1=${a}|${at(i + 1).ambiguity}`,
    `t1.a.a+1=${prev}|${a}|${at(i + 1).ambiguity}`,
    `a+2=${at(i + 2).ambiguity}`,
  ];
}

/**
 * The features of word `i` given the two tags chosen before it (what training sees).
 *
 * @example taggerFeatures(words, 0, '<s>', '<s>') // ['b', 'w=il', 's1=l', …]
 */
export function taggerFeatures(words: readonly TaggerWord[], i: number, prev: string, prev2: string): string[] {
  return [...ownFeatures(words[i] ?? END), ...contextFeatures(words, i, prev, prev2)];
}

/** The tags Lefff allows for a word, as one feature value: `AUX|NOUN|VERB`; `?` for none. */
export function ambiguityClass(tags: Iterable<string>): string {
  const sorted = [...new Set(tags)].sort();
  return sorted.length === 0 ? '?' : sorted.join('|');
}

/** Adds the weights of these features to `scores` (unknown features count nothing). */
function addScores(model: TaggerModel, features: readonly string[], scores: Float32Array): Float32Array {
  const n = model.classes.length;
  for (const feature of features) {
    const row = model.rows.get(feature);
    if (row === undefined) continue;
    for (let c = 0, base = row * n; c < n; c++) scores[c]! += model.weights[base + c]!;
  }
  return scores;
}

/**
 * The UPOS tag of every word, chosen left to right.
 *
 * @example tagWords(model, [{form:'Il', ambiguity:'PRON'}, {form:'est', ambiguity:'ADJ|AUX|NOUN|VERB'}]) // ['PRON', 'AUX']
 */
export function tagWords(model: TaggerModel, words: readonly TaggerWord[], memo = new Map<string, Float32Array>()): Upos[] {
  const n = model.classes.length;
  const tags: Upos[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // A word's own features score the same everywhere: they are added up once per form.
    let own = memo.get(word.form);
    if (!own) memo.set(word.form, (own = addScores(model, ownFeatures(word), new Float32Array(n))));
    const scores = addScores(model, contextFeatures(words, i, tags[i - 1] ?? '<s>', tags[i - 2] ?? '<s>'), Float32Array.from(own));
    let best = 0;
    for (let c = 1; c < n; c++) if (scores[c]! > scores[best]!) best = c;
    tags.push(model.classes[best] ?? 'X');
  }
  return tags;
}

/** Reads the weights file's text: one `feature\tclass:weight class:weight …` line per feature. */
export function parseTaggerModel(text: string): TaggerModel {
  const lines = text.split('\n');
  const classes = (lines[0] ?? '').split(' ').filter((c): c is Upos => (UPOS as readonly string[]).includes(c));
  const n = classes.length;
  const rows = new Map<string, number>();
  const weights = new Float32Array((lines.length - 1) * n);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    const row = rows.size;
    rows.set(line.slice(0, tab), row);
    for (const cell of line.slice(tab + 1).split(' ')) {
      const colon = cell.indexOf(':');
      weights[row * n + Number(cell.slice(0, colon))] = Number(cell.slice(colon + 1));
    }
  }
  return { classes, rows, weights: weights.slice(0, rows.size * n) };
}

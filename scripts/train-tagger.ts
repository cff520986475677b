/**
 * Trains the part-of-speech tagger and the lemma table from the UD French treebanks in
 * ../shared/train/ud/ (Sequoia train + dev, GSD dev; ParTUT is non-commercial and left out) and
 * writes models/tagger/upos-weights.tsv.gz and models/tagger/lemmas.tsv.gz.
 *
 * Usage: npx tsx scripts/train-tagger.ts [--iterations 10]
 *        npx tsx scripts/train-tagger.ts --holdout   # train without Sequoia dev, score on it, write nothing
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { taggerWord, type LexiconLookup } from '../server/core/lexicon/analysis.ts';
import { UPOS, type Upos } from '../server/core/lexicon/lefff-tags.ts';
import { parseTaggerModel, taggerFeatures, tagWords, type TaggerWord } from '../server/core/lexicon/tagger.ts';
import { loadConfig, projectRoot } from '../server/config.ts';
import { LEFFF_FILE, openLefffTable } from '../server/lexicon/lefff-table.ts';
import { cachedLookup, LEMMAS_FILE, TAGGER_DIR, WEIGHTS_FILE } from '../server/lexicon/lexicon-files.ts';
import { readConllu, type ConlluToken } from '../server/core/lexicon/conllu.ts';

const TRAIN_DIR = resolve(projectRoot, '../shared/train/ud');
const FILES = ['fr_sequoia-ud-train.conllu', 'fr_sequoia-ud-dev.conllu', 'fr_gsd-ud-dev.conllu'];
// Averaged weights smaller than this change almost no decision; dropping them keeps the file small.
const PRUNE = 0.02;

/** Surface words as the tokenizer sees them: a contraction (`du` = `de le`) tagged as its first part. */
function surface(sentence: ConlluToken[]): Array<{ form: string; upos: Upos; lemma: string }> {
  return sentence.flatMap((t, i) => {
    if (t.part) return [];
    const first = t.multiword ? sentence[i + 1]! : t;
    return [{ form: t.form, upos: first.upos, lemma: first.lemma }];
  });
}

/** An averaged perceptron: weights, and their running totals for the average (Collins 2002). */
class Perceptron {
  readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private step = 0;

  predict(features: readonly string[]): number {
    const scores = new Float64Array(UPOS.length);
    for (const f of features) {
      const w = this.weights.get(f);
      if (w) for (let c = 0; c < scores.length; c++) scores[c]! += w[c]!;
    }
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
    return best;
  }

  update(features: readonly string[], truth: number, guess: number): void {
    this.step++;
    if (truth === guess) return;
    for (const f of features) {
      if (!this.weights.has(f)) {
        this.weights.set(f, new Float64Array(UPOS.length));
        this.totals.set(f, new Float64Array(UPOS.length));
        this.stamps.set(f, new Float64Array(UPOS.length));
      }
      const w = this.weights.get(f)!;
      const totals = this.totals.get(f)!;
      const stamps = this.stamps.get(f)!;
      for (const [c, delta] of [[truth, 1], [guess, -1]] as const) {
        totals[c]! += (this.step - stamps[c]!) * w[c]!;
        stamps[c] = this.step;
        w[c]! += delta;
      }
    }
  }

  /** The averaged weights, as the weights file's lines. */
  averaged(): string[] {
    const lines = [UPOS.join(' ')];
    for (const [f, w] of this.weights) {
      const totals = this.totals.get(f)!;
      const stamps = this.stamps.get(f)!;
      const cells: string[] = [];
      for (let c = 0; c < UPOS.length; c++) {
        const average = (totals[c]! + (this.step - stamps[c]!) * w[c]!) / this.step;
        if (Math.abs(average) >= PRUNE) cells.push(`${c}:${Number(average.toFixed(3))}`);
      }
      if (cells.length > 0) lines.push(`${f}\t${cells.join(' ')}`);
    }
    return lines;
  }
}

/** A fixed shuffle, so the same data always gives the same weights. */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function train(sentences: Array<ReturnType<typeof surface>>, lookup: LexiconLookup, iterations: number): Perceptron {
  const model = new Perceptron();
  const words: TaggerWord[][] = sentences.map((s) => s.map((t) => taggerWord(t.form, lookup(t.form))));
  const order = sentences.map((_, i) => i);
  for (let it = 0; it < iterations; it++) {
    let correct = 0;
    let total = 0;
    for (const i of shuffle(order, it + 1)) {
      const sentence = sentences[i]!;
      let prev = '<s>';
      let prev2 = '<s>';
      sentence.forEach((token, k) => {
        const features = taggerFeatures(words[i]!, k, prev, prev2);
        const guess = model.predict(features);
        const truth = UPOS.indexOf(token.upos);
        model.update(features, truth, guess);
        correct += guess === truth ? 1 : 0;
        total++;
        prev2 = prev;
        prev = token.upos;
      });
    }
    console.log(`iteration ${it + 1}: ${((correct / total) * 100).toFixed(2)} % of training words tagged right`);
  }
  return model;
}

/** The most frequent lemma of every (lower-case form, tag) in the treebanks. */
function lemmaLines(sentences: Array<ReturnType<typeof surface>>): string[] {
  const counts = new Map<string, Map<string, number>>();
  for (const token of sentences.flat()) {
    const key = `${token.form.toLowerCase().replace(/’/g, "'")}\t${token.upos}`;
    const byLemma = counts.get(key) ?? new Map<string, number>();
    byLemma.set(token.lemma, (byLemma.get(token.lemma) ?? 0) + 1);
    counts.set(key, byLemma);
  }
  return [...counts].map(([key, byLemma]) => `${key}\t${[...byLemma].sort((a, b) => b[1] - a[1])[0]![0]}`);
}

const { values } = parseArgs({ options: { iterations: { type: 'string', default: '10' }, holdout: { type: 'boolean', default: false } } });
const HOLDOUT = 'fr_sequoia-ud-dev.conllu';
if (!existsSync(TRAIN_DIR)) {
  console.log(`skipped: ${TRAIN_DIR} is absent (the treebanks are not part of the project)`);
  process.exit(0);
}
const read = (file: string) => readConllu(readFileSync(join(TRAIN_DIR, file), 'utf8')).map((s) => surface(s.tokens));
const sentences = FILES.filter((file) => !values.holdout || file !== HOLDOUT).flatMap(read);
console.log(`${sentences.length} sentences, ${sentences.flat().length} words`);
const table = openLefffTable(join(loadConfig().dataDir, LEFFF_FILE));
const lookup = cachedLookup(table);
const model = train(sentences, lookup, Number(values.iterations));
if (values.holdout) {
  const tagger = parseTaggerModel(model.averaged().join('\n'));
  const held = read(HOLDOUT);
  const errors = new Map<string, number>();
  const right = held.flatMap((s) =>
    tagWords(tagger, s.map((t) => taggerWord(t.form, lookup(t.form)))).map((tag, k) => {
      const key = `${s[k]!.form} ${s[k]!.upos}→${tag}`;
      if (tag !== s[k]!.upos) errors.set(key, (errors.get(key) ?? 0) + 1);
      return tag === s[k]!.upos;
    }),
  );
  console.log(`held-out ${HOLDOUT}: UPOS accuracy ${(right.filter(Boolean).length / right.length).toFixed(4)} (punctuation included)`);
  console.log([...errors].sort((x, y) => y[1] - x[1]).slice(0, 30).map(([key, n]) => `${n}× ${key}`).join(', '));
  process.exit(0);
}
table.close();
mkdirSync(TAGGER_DIR, { recursive: true });
const weights = model.averaged();
writeFileSync(join(TAGGER_DIR, WEIGHTS_FILE), gzipSync(weights.join('\n'), { level: 9 }));
writeFileSync(join(TAGGER_DIR, LEMMAS_FILE), gzipSync(lemmaLines(sentences).join('\n'), { level: 9 }));
console.log(`wrote ${weights.length - 1} features to ${join(TAGGER_DIR, WEIGHTS_FILE)} and the lemmas to ${LEMMAS_FILE}`);

/**
 * Sentence-alignment strict link F1 on the data in ../shared/eval/alignment (absent from a user's
 * clone: then it says so and exits 0), with and without the fr→en dictionary of ../shared/data,
 * and the time to align a 3 000-sentence pair. French lemmas come from Lefff's table in the data
 * folder (`--no-lemmas`: guessed from endings only).
 *
 * Strict: a predicted link counts only when its source and draft index sets both equal a gold
 * link's; 1-0 and 0-1 links included. Sets:
 * - TransRead: 4 novels, hand-aligned; each book's sentences in gold order make the two arrays.
 *   The text stays tokenized (`c' était`): both sides are tokenized alike, the aligner's tokens
 *   ignore the spaces, and lengths grow by the same few percent on both sides.
 * - newstest2012/2013: each document's `fr[]` against `en[]`, gold `i ↔ i`.
 * - the same with one English segment deleted from a fifth of the documents (seeded): the gold
 *   link of the orphan French segment is then 1-0.
 *
 * @example npx tsx scripts/eval-align.ts
 * @example npx tsx scripts/eval-align.ts --fast --only TransRead --misses 10 --model '{"lexical": 0.8}'
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Link } from '../server/core/align/alignment.ts';
import { alignSegments, alignTexts, type TunedAlignOptions } from '../server/core/align/aligner.ts';
import { DEFAULT_MODEL, type CostModel } from '../server/core/align/bead-cost.ts';
import { parseWiktionary, type Dictionary } from '../server/core/lexicon/wiktionary.ts';
import { loadConfig } from '../server/config.ts';
import { LEFFF_FILE, openLefffTable } from '../server/lexicon/lefff-table.ts';
import { cachedLookup } from '../server/lexicon/lexicon-files.ts';

const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: resolve(import.meta.dirname, '../../shared') },
    misses: { type: 'string', default: '0' },
    model: { type: 'string', default: '{}' },
    only: { type: 'string', default: '' },
    fast: { type: 'boolean', default: false },
    'no-lemmas': { type: 'boolean', default: false },
  },
});

const SEED = 20121;
const FIFTH = 0.2;

interface Pair {
  name: string;
  source: string[];
  draft: string[];
  gold: Link[];
}

interface Score {
  tp: number;
  predicted: number;
  gold: number;
  /** Gold 1-0 links found exactly, of all gold 1-0 links. */
  omissions: { found: number; total: number };
}

function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

function transRead(file: string): Pair[] {
  const books = new Map<string, Record<string, unknown>[]>();
  for (const row of readJsonl(file)) {
    const book = row.book as string;
    books.set(book, [...(books.get(book) ?? []), row]);
  }
  return [...books].map(([name, rows]) => {
    rows.sort((a, b) => (a.order as number) - (b.order as number));
    const source: string[] = [];
    const draft: string[] = [];
    const gold = rows.map((row) => {
      const link = { source: indexes(source.length, (row.fr as string[]).length), draft: indexes(draft.length, (row.en as string[]).length) };
      source.push(...(row.fr as string[]));
      draft.push(...(row.en as string[]));
      return link;
    });
    return { name, source, draft, gold };
  });
}

function indexes(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}

function newstest(file: string): Pair[] {
  return readJsonl(file).map((row) => {
    const fr = row.fr as string[];
    return { name: row.docid as string, source: fr, draft: row.en as string[], gold: fr.map((_, i) => ({ source: [i], draft: [i] })) };
  });
}

/** Mulberry32: a small seeded generator, so the deleted segments are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deletes one English segment (not the first) from a fifth of the documents. */
function withDeletions(pairs: Pair[]): Pair[] {
  const next = random(SEED);
  return pairs.map((pair) => {
    if (next() >= FIFTH || pair.draft.length < 2) return pair;
    const k = 1 + Math.floor(next() * (pair.draft.length - 1));
    const draft = pair.draft.filter((_, i) => i !== k);
    const gold = pair.source.map((_, i) => ({ source: [i], draft: i < k ? [i] : i === k ? [] : [i - 1] }));
    return { ...pair, draft, gold };
  });
}

const key = (link: Link) => `${link.source.join(',')}|${link.draft.join(',')}`;

function score(pairs: Pair[], options: TunedAlignOptions, misses: string[]): Score {
  const total: Score = { tp: 0, predicted: 0, gold: 0, omissions: { found: 0, total: 0 } };
  for (const pair of pairs) {
    const links = alignSegments(pair.source, pair.draft, options).links;
    const predicted = new Set(links.map(key));
    for (const link of pair.gold) {
      const hit = predicted.has(key(link));
      if (hit) total.tp++;
      else if (misses.length < Number(values.misses)) misses.push(`${pair.name} ${show(pair, link)}  ≠  ${nearest(pair, links, link)}`);
      if (link.draft.length === 0) {
        total.omissions.total++;
        if (hit) total.omissions.found++;
      }
    }
    total.predicted += links.length;
    total.gold += pair.gold.length;
  }
  return total;
}

function show(pair: Pair, link: Link): string {
  const cut = (s: string) => (s.length > 50 ? `${s.slice(0, 50)}…` : s);
  return `[${link.source.join(',')}]${JSON.stringify(link.source.map((i) => cut(pair.source[i]!)))} ↔ [${link.draft.join(',')}]${JSON.stringify(link.draft.map((i) => cut(pair.draft[i]!)))}`;
}

function nearest(pair: Pair, links: Link[], gold: Link): string {
  const first = gold.source[0] ?? -1;
  const found = links.find((l) => l.source.includes(first)) ?? links.find((l) => l.draft.includes(gold.draft[0] ?? -1));
  return found ? `[${found.source.join(',')}]↔[${found.draft.join(',')}]` : '?';
}

function f1({ tp, predicted, gold }: Score): string {
  const p = tp / (predicted || 1);
  const r = tp / (gold || 1);
  return `${p.toFixed(4)}  ${r.toFixed(4)}  ${((2 * p * r) / (p + r || 1)).toFixed(4)}`;
}

const alignmentDir = join(values.shared, 'eval/alignment');
const dictionaryFile = join(values.shared, 'data/wiktionary-fr-en/frwiktionary-20140612-euradicfmt.csv');
if (!existsSync(alignmentDir)) {
  console.log(`skipped: ${alignmentDir} absent (evaluation data lives beside the project, not in it)`);
  process.exit(0);
}
let dictionary: Dictionary | undefined;
if (existsSync(dictionaryFile)) dictionary = parseWiktionary(readFileSync(dictionaryFile, 'utf8'));
else console.log(`skipped: ${dictionaryFile} absent, measuring without a dictionary only`);

// French lemmas, every reading, from Lefff's table in the data folder (opened, or built on first
// use) through the lexicon's cache, as the server looks words up.
const lookup = values['no-lemmas'] ? undefined : cachedLookup(openLefffTable(join(loadConfig(process.env).dataDir, LEFFF_FILE)));
const lemmas = lookup && ((word: string) => [...new Set(lookup(word).map((e) => e.lemma))]);

const model: CostModel = { ...DEFAULT_MODEL, ...(JSON.parse(values.model) as Partial<CostModel>) };
const sets: { name: string; pairs: Pair[] }[] = [];
const transReadFile = join(alignmentDir, 'transread-dev.jsonl');
if (existsSync(transReadFile)) {
  const books = transRead(transReadFile);
  for (const book of books) sets.push({ name: `TransRead ${book.name}`, pairs: [book] });
  sets.push({ name: 'TransRead (4 novels)', pairs: books });
}
const news = ['newstest2012', 'newstest2013'].map((s) => join(alignmentDir, `${s}.jsonl`)).filter(existsSync).flatMap(newstest);
if (news.length > 0) {
  sets.push({ name: `newstest2012+2013 (${news.length} docs)`, pairs: news });
  sets.push({ name: 'newstest, 1 EN deleted in 1/5', pairs: withDeletions(news) });
}

console.log('set                               links   P       R       F1      | no dictionary: F1 | 1-0 found');
for (const set of sets.filter((s) => s.name.includes(values.only))) {
  const misses: string[] = [];
  const withDictionary = score(set.pairs, { dictionary, lemmas, model }, misses);
  const without = values.fast ? withDictionary : score(set.pairs, { lemmas, model }, []);
  const omissions = withDictionary.omissions.total > 0 ? `${withDictionary.omissions.found}/${withDictionary.omissions.total}` : '';
  console.log(`${set.name.padEnd(33)} ${String(withDictionary.gold).padStart(5)}   ${f1(withDictionary)}  | ${f1(without).slice(-6)}            | ${omissions}`);
  for (const miss of misses) console.log(`    ${miss}`);
}

if (news.length > 0 && !values.fast) {
  const source = news.flatMap((p) => p.source).slice(0, 3000);
  const draft = news.flatMap((p) => p.draft).slice(0, 3000);
  const options = { dictionary, lemmas, model };
  alignSegments(source.slice(0, 50), draft.slice(0, 50), options);
  let started = performance.now();
  alignSegments(source, draft, options);
  const segments = performance.now() - started;
  const sourceText = source.join(' ');
  const draftText = draft.join(' ');
  started = performance.now();
  const texts = alignTexts(sourceText, draftText, options);
  const whole = performance.now() - started;
  console.log(`\n3 000-sentence pair: alignSegments ${segments.toFixed(0)} ms; alignTexts ${whole.toFixed(0)} ms (segmenting both, ${texts.source.length} × ${texts.draft.length} sentences)`);
}

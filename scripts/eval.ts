/**
 * Sentence-boundary precision, recall and F1 on the French data in ../shared/eval/ (absent from a
 * user's clone: then it says so and exits 0).
 *
 * Protocol, so figures compare across tools: per document, sentences of a paragraph are joined by
 * one space, or by a newline after a unit without final punctuation; paragraphs by a blank line.
 * A boundary is the end offset of a gold sentence after trimming whitespace, the document end
 * excluded; whitespace-only units are ignored.
 *
 * @example npm run eval               # this project's segmenter, per corpus
 * @example npm run eval -- --baseline # Intl.Segmenter('fr') alone, for comparison
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { segmentArticle } from '../server/core/text/article.ts';
import { FINAL_STOP } from '../server/core/text/punctuation.ts';

const { values } = parseArgs({
  options: {
    baseline: { type: 'boolean', default: false },
    misses: { type: 'string', default: '8' },
    eval: { type: 'string', default: resolve(import.meta.dirname, '../../shared/eval') },
  },
});

interface Doc {
  paragraphs: string[][];
}

interface Corpus {
  name: string;
  docs: Doc[];
}

function loadCorpora(root: string): Corpus[] {
  const corpora: Corpus[] = [];
  const seg = join(root, 'segmentation');
  if (existsSync(seg)) {
    for (const folder of readdirSync(seg).sort()) {
      for (const file of readdirSync(join(seg, folder)).filter((f) => f.endsWith('.jsonl'))) {
        const docs = readJsonl(join(seg, folder, file)).map((d) => ({ paragraphs: d.paragraphs as string[][] }));
        corpora.push({ name: folder, docs });
      }
    }
  }
  for (const set of ['newstest2012', 'newstest2013']) {
    const file = join(root, 'alignment', `${set}.jsonl`);
    if (!existsSync(file)) continue;
    const docs = readJsonl(file).map((d) => ({
      paragraphs: (d.paragraphs as number[][]).map((p) => p.map((i) => (d.fr as string[])[i]!)),
    }));
    corpora.push({ name: set, docs });
  }
  return corpora;
}

function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}


/** The document text and its gold boundaries, by the protocol above. */
function buildDocument(doc: Doc): { text: string; gold: Set<number> } {
  let text = '';
  const ends: number[] = [];
  doc.paragraphs.forEach((paragraph, p) => {
    const units = paragraph.map((s) => s.trim()).filter(Boolean);
    if (units.length === 0) return;
    if (p > 0 && text.length > 0) text += '\n\n';
    units.forEach((unit, i) => {
      if (i > 0) text += FINAL_STOP.test(units[i - 1]!) ? ' ' : '\n';
      text += unit;
      ends.push(text.length);
    });
  });
  return { text, gold: new Set(ends.filter((e) => e < text.length)) };
}

function predict(text: string): number[] {
  if (values.baseline) {
    const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
    return [...segmenter.segment(text)].filter((s) => s.segment.trim()).map((s) => s.index + s.segment.trimEnd().length);
  }
  return segmentArticle(text).flatMap((p) => p.sentences.map((s) => s.end));
}

function context(text: string, at: number): string {
  return JSON.stringify(`${text.slice(Math.max(0, at - 50), at)}⟂${text.slice(at, at + 40)}`);
}

const root = values.eval;
const corpora = existsSync(root) ? loadCorpora(root) : [];
if (corpora.length === 0) {
  console.log(`No evaluation data at ${root}: nothing to measure (it lives beside the project, not in it).`);
  process.exit(0);
}
console.log(`Segmenter: ${values.baseline ? "Intl.Segmenter('fr') alone" : 'Vis-à-vis segmentArticle'}\n`);
console.log('corpus              docs  gold   P       R       F1');
for (const corpus of corpora) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  for (const doc of corpus.docs) {
    const { text, gold } = buildDocument(doc);
    const predicted = new Set(predict(text).filter((e) => e < text.length && e > 0));
    for (const e of predicted) {
      if (gold.has(e)) tp++;
      else {
        fp++;
        extras.push(context(text, e));
      }
    }
    for (const e of gold) {
      if (!predicted.has(e)) {
        fn++;
        misses.push(context(text, e));
      }
    }
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  console.log(`${corpus.name.padEnd(19)} ${String(corpus.docs.length).padStart(4)} ${String(tp + fn).padStart(5)}   ${precision.toFixed(4)}  ${recall.toFixed(4)}  ${f1.toFixed(4)}`);
  const shown = Number(values.misses);
  for (const m of misses.slice(0, shown)) console.log(`    missed  ${m}`);
  for (const m of extras.slice(0, shown)) console.log(`    extra   ${m}`);
}

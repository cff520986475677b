/**
 * UPOS and lemma accuracy of POST /api/analyze on the UD French Sequoia and ParTUT test sets in
 * ../shared/eval/lexicon/, and its speed and memory (absent data: it says so and exits 0).
 *
 * Protocol: each sentence's text is rebuilt from its CoNLL-U forms (a space after each, except
 * `SpaceAfter=No`), sent to the route, and gold words are matched to answered tokens by offsets.
 * Punctuation is not scored; multiword tokens (`du` = `de le`) are skipped and counted; a gold
 * word with no token at its offsets (a tokenization difference) counts as wrong for both scores.
 *
 * @example npx tsx scripts/eval-lexicon.ts              # accuracy, speed, memory
 * @example npx tsx scripts/eval-lexicon.ts --misses 20  # and the most frequent errors
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { readConllu } from '../server/core/lexicon/conllu.ts';
import { createMarianTranslator } from '../server/engine/translator.ts';
import { createAnalyzer } from '../server/lexicon/analyzer.ts';
import type { AnalyzeResponse, AnalyzedWord } from '../server/schemas.ts';

const { values } = parseArgs({
  options: {
    misses: { type: 'string', default: '0' },
    eval: { type: 'string', default: resolve(import.meta.dirname, '../../shared/eval') },
  },
});
const LEXICON = join(values.eval, 'lexicon');
const SETS = ['fr_sequoia-ud-test.conllu', 'fr_partut-ud-test.conllu'];
const MEGABYTE = 1 << 20;

if (!existsSync(LEXICON)) {
  console.log(`skipped: ${LEXICON} is absent (evaluation data is not part of the project)`);
  process.exit(0);
}

const config = loadConfig({ ...process.env, VISAVIS_MAX_CHARS: String(2 * MEGABYTE) });
const analyzer = createAnalyzer({ dataDir: config.dataDir });
const app = createApp({ config, translator: createMarianTranslator(config), analyzer });

async function analyze(text: string): Promise<AnalyzedWord[]> {
  const res = await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
  if (res.status !== 200) throw new Error(`POST /api/analyze answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as AnalyzeResponse).tokens;
}

const megabytes = (bytes: number) => (bytes / MEGABYTE).toFixed(1);
const rssBefore = process.memoryUsage().rss;
let started = performance.now();
await analyze('Il est grand.');
const loadMs = performance.now() - started;
const rssAfter = process.memoryUsage().rss;
console.log(`lexicon load (Lefff table opened or built, tagger read): ${loadMs.toFixed(0)} ms; RSS ${megabytes(rssBefore)} → ${megabytes(rssAfter)} MB (+${megabytes(rssAfter - rssBefore)} MB)`);

for (const set of SETS) {
  const sentences = readConllu(readFileSync(join(LEXICON, set), 'utf8'));
  let words = 0;
  let uposRight = 0;
  let lemmaRight = 0;
  let unmatched = 0;
  let multiword = 0;
  const misses = new Map<string, number>();
  const miss = (key: string) => misses.set(key, (misses.get(key) ?? 0) + 1);
  for (const sentence of sentences) {
    const answered = new Map((await analyze(sentence.text)).map((t) => [`${t.start}:${t.end}`, t]));
    for (const gold of sentence.tokens) {
      if (gold.multiword) multiword++;
      if (gold.multiword || gold.part || gold.upos === 'PUNCT') continue;
      words++;
      const token = answered.get(`${gold.start}:${gold.end}`);
      if (!token) {
        unmatched++;
        miss(`token ${gold.form}`);
        continue;
      }
      if (token.upos === gold.upos) uposRight++;
      else miss(`upos ${gold.form} ${gold.upos}→${token.upos}`);
      if (token.lemma === gold.lemma) lemmaRight++;
      else miss(`lemma ${gold.form}/${gold.upos}${token.upos === gold.upos ? '' : `(${token.upos})`} ${gold.lemma}→${token.lemma}`);
    }
  }
  console.log(
    `${set}: ${sentences.length} sentences, ${words} words (punctuation excluded; ${multiword} multiword tokens skipped; ${unmatched} words tokenized differently)\n` +
      `  UPOS accuracy ${(uposRight / words).toFixed(4)}  lemma accuracy ${(lemmaRight / words).toFixed(4)}`,
  );
  const top = [...misses].sort((a, b) => b[1] - a[1]).slice(0, Number(values.misses));
  for (const [key, count] of top) console.log(`    ${count}× ${key}`);
}

const news = join(values.eval, 'alignment/newstest2012.jsonl');
if (existsSync(news)) {
  const lines = readFileSync(news, 'utf8').split('\n').filter((l) => l.trim()).flatMap((l) => (JSON.parse(l) as { fr: string[] }).fr);
  let text = '';
  for (let i = 0; text.length < MEGABYTE; i++) text += `${lines[i % lines.length]!} `;
  text = text.slice(0, MEGABYTE);
  started = performance.now();
  const cpu = process.cpuUsage();
  const tokens = await analyze(text);
  const wall = performance.now() - started;
  // CPU time says what the work costs on a machine shared with other processes.
  const cpuMs = process.cpuUsage(cpu).user / 1000;
  console.log(`POST /api/analyze on 1 MB of French (newstest2012): ${wall.toFixed(0)} ms (${cpuMs.toFixed(0)} ms CPU), ${tokens.length} tokens; RSS now ${megabytes(process.memoryUsage().rss)} MB`);
} else {
  console.log(`skipped the 1 MB timing: ${news} is absent`);
}
analyzer.dispose();

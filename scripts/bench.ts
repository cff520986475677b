/**
 * Engine benchmark on the full-size, project-made Marian model (random weights, opus-mt-fr-en's
 * dimensions). Each phase runs in its own process so its peak RSS is its own; figures are medians
 * of several runs with min and max, and comparisons are ratios within this one run.
 *
 * Random weights never emit EOS, so every output is forced to a realistic length (1.1 × its source
 * tokens; 30 tokens in the 30×30 workload) through the engine's own decode loop.
 *
 * @example npm run bench                  # all phases; writes bench/latest.json
 * @example npm run bench -- --runs 3
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.ts';
import { loadConfig, type Config } from '../server/config.ts';
import { segmentArticle } from '../server/core/text/article.ts';
import { greedyDecode } from '../server/engine/greedy.ts';
import { createMarianTranslator, type BatchDecoder, type Translator } from '../server/engine/translator.ts';
import { createReadingService } from '../server/reading/reading-service.ts';
import { translateSentences } from '../server/reading/sentence-batches.ts';
import { openDatabase } from '../server/store/db.ts';
import { TranslationCache } from '../server/store/translation-cache.ts';
import { readNdjson } from '../client/ndjson.ts';
import type { TranslateEvent } from '../server/schemas.ts';
import { makeModel, PRESETS } from '../models/make.ts';
import { featurePhases } from './bench-features.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const MODELS_DIR = join(root, 'models');
const MODEL_ID = PRESETS.full.id;
const SAMPLE = resolve(root, '../shared/samples/epoch-times-espions-2021-06-03.txt');
const NEWS = resolve(root, '../shared/eval/alignment');
const LONG_CHARS = 150_000;
const FIRST_SCREEN = 15;
const WORKLOAD_SENTENCES = 30;
const WORKLOAD_TOKENS = 30;

const { values } = parseArgs({
  options: {
    phase: { type: 'string' },
    runs: { type: 'string', default: '5' },
    config: { type: 'string', default: '{}' },
    /** Runs one phase and prints it, without touching bench/latest.json (e.g. --only long). */
    only: { type: 'string' },
  },
});
const RUNS = Number(values.runs);

interface Stat {
  median: number;
  min: number;
  max: number;
}

function stat(samples: number[]): Stat {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median), min: round(sorted[0]!), max: round(sorted.at(-1)!) };
}

const round = (n: number): number => Math.round(n * 100) / 100;

async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<Stat> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    samples.push(performance.now() - t0);
  }
  return stat(samples);
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** The bench's article: the sample beside the project, or a stand-in of the same shape. */
function articleText(): string {
  if (existsSync(SAMPLE)) return readFileSync(SAMPLE, 'utf8');
  const paragraph = 'Les services de renseignement russes et bélarusses ont annoncé jeudi accroître leur coopération face à « l’agressivité des Etats-Unis et des pays occidentaux », un nouveau signe de rapprochement.';
  return ['Espions russes et bélarusses vont renforcer leur coopération', 'Par Epoch Times avec AFP', ...Array(18).fill(paragraph)].join('\n\n');
}

/** Thirty sentences of about 27 source tokens, cut from real French text. */
function workloadSentences(tokenize: (s: string) => number): string[] {
  const words = articleText().replace(/\s+/g, ' ').split(' ');
  const sentences: string[] = [];
  for (let start = 0; sentences.length < WORKLOAD_SENTENCES; start += 11) {
    const picked: string[] = [];
    for (let i = start; tokenize(picked.join(' ')) < 27; i++) picked.push(words[i % words.length]!);
    sentences.push(picked.join(' '));
  }
  return sentences;
}

function benchConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ ...process.env, VISAVIS_MODELS_DIR: MODELS_DIR, VISAVIS_MODEL: MODEL_ID, VISAVIS_CACHE: 'off', ...overrides });
}

type OutputLength = (sourceTokens: number) => number;

/**
 * Greedy decoding with every output forced to `length.current(sourceTokens)` tokens, since random
 * weights never stop; one model serves every measurement, each setting its own length.
 */
function forcedLength(length: { current: OutputLength }): BatchDecoder {
  return (marian, batch, signal) =>
    greedyDecode(marian, batch.inputIds, batch.attentionMask, { maxNewTokens: batch.maxNewTokens, forcedLengths: batch.sourceTokens.map(length.current), signal });
}

/** The reading service's article translation, as a reader gets it (no cache). */
async function translateArticle(config: Config, translator: Translator, text: string, firstBatch: number): Promise<unknown> {
  const reading = createReadingService({ config, translator });
  const article = await reading.prepare(text);
  return (await reading.begin(article)).run({ firstBatch });
}

const realistic = (sourceTokens: number): number => Math.max(1, Math.round(1.1 * sourceTokens));

async function tokenCounter(translator: Translator): Promise<(s: string) => number> {
  const { AutoTokenizer } = await import('@huggingface/transformers');
  await translator.ready();
  const tokenizer = await AutoTokenizer.from_pretrained(MODEL_ID);
  return (s: string) => (s ? (tokenizer(s).input_ids.dims.at(-1) as number) : 0);
}

const phases: Record<string, (options: Record<string, string>) => Promise<object>> = {
  /** (a) the sample article end to end, (b) the 30×30 workload, (e) peak RSS. */
  async engine(options) {
    const config = benchConfig({ VISAVIS_MAX_CHARS: '1000000', ...options });
    const length = { current: realistic };
    const translator = createMarianTranslator(config, { decode: forcedLength(length) });
    const loadStarted = performance.now();
    await translator.ready();
    const loadMs = performance.now() - loadStarted;
    const count = await tokenCounter(translator);
    const sentences = workloadSentences(count);
    const article = await createReadingService({ config, translator }).prepare(articleText());
    await translateArticle(config, translator, articleText(), 1);
    const articleMs = await timeRuns(RUNS, () => translateArticle(config, translator, articleText(), 0));
    const generated = article.sentences.reduce((n, s) => n + realistic(count(s.text)), 0);
    const plan = { maxRows: config.batchSize, maxTokens: config.batchTokens };
    length.current = () => WORKLOAD_TOKENS;
    const workload = (firstBatch: number) => () => translateSentences(translator, sentences, { plan, firstBatch });
    await workload(0)();
    const workloadMs = await timeRuns(RUNS, workload(0));
    const workloadFirstAloneMs = await timeRuns(RUNS, workload(1));
    await translator.dispose();
    return {
      loadMs: round(loadMs),
      article: { sentences: article.sentences.length, generatedTokens: generated, ms: articleMs },
      workload: {
        sentences: sentences.length,
        sourceTokens: stat(sentences.map(count)),
        ms: workloadMs,
        msPerRowToken: round(workloadMs.median / (sentences.length * WORKLOAD_TOKENS)),
        firstBatchAloneMs: workloadFirstAloneMs,
      },
      peakRssMb: peakRssMb(),
    };
  },

  /** (c) the same workload through @xenova/transformers 2.17.2's pipeline on the same folder. */
  async xenova() {
    const v2 = await import('@xenova/transformers');
    v2.env.allowRemoteModels = false;
    v2.env.localModelPath = `${MODELS_DIR}/`;
    v2.env.cacheDir = MODELS_DIR;
    const pipe = await v2.pipeline('translation', MODEL_ID, { quantized: true });
    const tokenizer = (pipe as unknown as { tokenizer: (s: string) => { input_ids: { dims: number[] } } }).tokenizer;
    const sentences = workloadSentences((s) => (s ? tokenizer(s).input_ids.dims.at(-1)! : 0));
    // Greedy, like the engine; random weights never stop early, so each row makes 30 tokens.
    const run = () => (pipe as unknown as (t: string[], o: object) => Promise<unknown>)(sentences, { max_new_tokens: WORKLOAD_TOKENS, num_beams: 1 });
    await (pipe as unknown as (t: string, o: object) => Promise<unknown>)(sentences[0]!, { max_new_tokens: 2, num_beams: 1 });
    return { ms: await timeRuns(Math.min(RUNS, 3), run), peakRssMb: peakRssMb() };
  },

  /** (d) first translated sentence through the streaming API, and the cached re-translation. */
  async stream(options) {
    const text = articleText();
    const config = benchConfig(options);
    const translator = createMarianTranslator(config, { decode: forcedLength({ current: realistic }) });
    await translator.ready();
    const measure = async (store?: TranslationCache) => {
      const app = createApp({ config, translator, store });
      const server = await new Promise<ReturnType<typeof serve>>((ok) => {
        const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => ok(s));
      });
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const url = `${base}/api/translate`;
      /** Health answers while a translation runs: how long the event loop makes a request wait. */
      const probe = async (during: Promise<unknown>): Promise<number[]> => {
        const latencies: number[] = [];
        let running = true;
        void during.finally(() => (running = false));
        while (running) {
          const t0 = performance.now();
          await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
          latencies.push(performance.now() - t0);
          await new Promise((ok) => setTimeout(ok, 20));
        }
        return latencies;
      };
      const run = async () => {
        const t0 = performance.now();
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson' },
          body: JSON.stringify({ text }),
        });
        let first = 0;
        for await (const event of readNdjson<TranslateEvent>(res.body!)) {
          if (!first && event.type === 'sentence') first = performance.now() - t0;
        }
        return { first, total: performance.now() - t0 };
      };
      return { run, probe, close: () => new Promise((ok) => server.close(ok)) };
    };

    const plain = await measure();
    await plain.run();
    const firsts: number[] = [];
    const totals: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { first, total } = await plain.run();
      firsts.push(first);
      totals.push(total);
    }
    const during = plain.run();
    const healthMs = await plain.probe(during);
    await during;
    await plain.close();

    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      const db = openDatabase(':memory:');
      const cached = await measure(new TranslationCache(db, 10_000));
      cold.push((await cached.run()).total);
      warm.push((await cached.run()).total);
      await cached.close();
      db.close();
    }
    return {
      firstSentenceMs: stat(firsts),
      healthDuringTranslationMs: { ...stat(healthMs), p90: round([...healthMs].sort((a, b) => a - b)[Math.floor(healthMs.length * 0.9)]!), samples: healthMs.length },
      totalMs: stat(totals),
      cachedColdMs: stat(cold),
      cachedWarmMs: stat(warm),
      cachedSpeedup: round(stat(cold).median / stat(warm).median),
    };
  },

  /**
   * A 150 KB article (WMT news documents in a row): how long until its first screen (the first 15
   * sentences) is translated, and the whole, with batches planned over the whole text at once
   * against window by window from the top (the default).
   */
  async long() {
    if (!existsSync(NEWS)) return { skipped: `${NEWS} is missing` };
    const documents = readdirSync(NEWS).filter((f) => f.startsWith('newstest')).flatMap((f) =>
      readFileSync(join(NEWS, f), 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { fr: string[] }).fr.join('\n\n')));
    let text = '';
    for (const doc of documents) if (text.length < LONG_CHARS) text += `${doc}\n\n`;
    text = text.slice(0, LONG_CHARS);
    const results: Record<string, unknown> = {};
    for (const [name, window] of [['whole text', '1000000'], ['windows of 64 (default)', '64']] as const) {
      const config = benchConfig({ VISAVIS_MAX_CHARS: '1000000', VISAVIS_BATCH_WINDOW: window });
      const translator = createMarianTranslator(config, { decode: forcedLength({ current: realistic }) });
      await translator.ready();
      const reading = createReadingService({ config, translator });
      const article = await reading.prepare(text);
      const firstScreen = new Set(article.sentences.slice(0, FIRST_SCREEN).map((s) => `${s.paragraph}:${s.sentence}`));
      const started = performance.now();
      let firstScreenMs = 0;
      await (await reading.begin(article)).run({
        firstBatch: 1,
        onSentences: (done) => {
          for (const t of done) firstScreen.delete(`${t.paragraph}:${t.sentence}`);
          if (firstScreen.size === 0 && !firstScreenMs) firstScreenMs = performance.now() - started;
        },
      });
      results[name] = { sentences: article.sentences.length, firstScreenMs: round(firstScreenMs), totalMs: round(performance.now() - started) };
      await translator.dispose();
    }
    return { chars: text.length, ...results };
  },

  /**
   * Does a sentence's translation depend on the sentences batched with it? 100 news sentences
   * decoded alone and in length-sorted batches of 16 (greedy, capped at 1.1 × source tokens):
   * how many rows differ, for q8 (dynamic quantization takes one activation scale per batch) and
   * fp32.
   */
  async batchDependence() {
    if (!existsSync(NEWS)) return { skipped: `${NEWS} is missing` };
    const sentences = readFileSync(join(NEWS, 'newstest2013.jsonl'), 'utf8').split('\n').filter(Boolean)
      .flatMap((line) => (JSON.parse(line) as { fr: string[] }).fr).slice(0, 100);
    const result: Record<string, unknown> = {};
    for (const dtype of ['q8', 'fp32']) {
      const config = benchConfig({ VISAVIS_DTYPE: dtype });
      const translator = createMarianTranslator(config, { decode: forcedLength({ current: realistic }) });
      const alone: string[] = [];
      for (const s of sentences) alone.push((await translator.translateBatch([s]))[0]!.text);
      const batched = await translateSentences(translator, sentences, { plan: { maxRows: 16, maxTokens: 100_000 }, firstBatch: 0 });
      const differ = batched.filter((t) => t.text !== alone[t.index]).length;
      result[dtype] = { sentences: sentences.length, differ };
      await translator.dispose();
    }
    return result;
  },

  /** Segmenting 1 MB of French (budget: < 200 ms). */
  async segment() {
    const article = articleText();
    const text = article.repeat(Math.ceil(1_000_000 / article.length)).slice(0, 1_000_000);
    segmentArticle(text);
    let sentences = 0;
    const ms = await timeRuns(RUNS, async () => {
      sentences = segmentArticle(text).reduce((n, p) => n + p.sentences.length, 0);
    });
    return { chars: text.length, sentences, ms };
  },
};

/**
 * (e) Peak RSS of the built server (plain node, as `npm start` runs it) translating the article
 * three times. The server cannot force lengths, so rows run to their cap: an upper bound.
 */
async function serverPeakRss(): Promise<{ peakRssMb: number; afterLoadMb: number; runs: number }> {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
  const port = 18787;
  const child = spawn(process.execPath, [join(root, 'dist/server/index.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), VISAVIS_MODELS_DIR: MODELS_DIR, VISAVIS_MODEL: MODEL_ID, VISAVIS_CACHE: 'off' },
    stdio: 'ignore',
  });
  const hwm = (): number => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
  try {
    for (let i = 0; ; i++) {
      const health = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.json() as Promise<{ model: { state: string } }>, () => undefined);
      if (health?.model.state === 'ready') break;
      if (i > 300) throw new Error('the built server did not get ready');
      await new Promise((ok) => setTimeout(ok, 200));
    }
    const afterLoadMb = hwm();
    const runs = 3;
    for (let i = 0; i < runs; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/api/translate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: articleText() }),
      });
      if (!res.ok) throw new Error(`translate answered ${res.status}`);
      await res.arrayBuffer();
    }
    return { peakRssMb: Math.round(hwm()), afterLoadMb: Math.round(afterLoadMb), runs };
  } finally {
    child.kill();
  }
}

/** Settings tried beyond the defaults, each on the 30×30 workload. */
Object.assign(phases, featurePhases);

const VARIANTS: Record<string, Record<string, string>> = {
  'q8, batch 8, 1 thread': { VISAVIS_BATCH: '8' },
  'q8, batch 16, 1 thread (default)': { VISAVIS_BATCH: '16' },
  'q8, batch 32, 1 thread': { VISAVIS_BATCH: '32' },
  'q8, batch 16, 2 threads, no spinning': { VISAVIS_BATCH: '16', VISAVIS_THREADS: '2' },
  'fp32, batch 16, 1 thread': { VISAVIS_BATCH: '16', VISAVIS_DTYPE: 'fp32' },
};

function runPhase(phase: string, config: Record<string, string> = {}, runs = RUNS): Record<string, unknown> {
  const out = execFileSync(process.execPath, [
    '--import', 'tsx', fileURLToPath(import.meta.url), '--phase', phase, '--runs', String(runs), '--config', JSON.stringify(config),
  ], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

function machine(): object {
  const ort = JSON.parse(readFileSync(join(root, 'node_modules/onnxruntime-node/package.json'), 'utf8')) as { version: string };
  return { cpu: cpus()[0]?.model, cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, onnxruntime: ort.version };
}

async function main(): Promise<void> {
  if (values.phase) {
    const result = await phases[values.phase]!(JSON.parse(values.config!) as Record<string, string>);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const folder = join(MODELS_DIR, MODEL_ID, 'onnx');
  if (!existsSync(join(folder, 'decoder_model_merged_quantized.onnx')) || !existsSync(join(folder, 'decoder_model_merged.onnx'))) {
    console.log('Making the full-size model (once)…');
    makeModel('full', MODELS_DIR);
  }
  if (values.only) {
    console.log(JSON.stringify(runPhase(values.only, {}, 1)));
    return;
  }
  const log = (label: string, value: unknown) => console.log(`${label.padEnd(34)} ${JSON.stringify(value)}`);
  const engine = runPhase('engine') as { workload: { msPerRowToken: number; ms: Stat }; peakRssMb: number };
  log('engine (defaults: q8, batch 16)', engine);
  const xenova = runPhase('xenova') as { ms: Stat };
  log('@xenova/transformers 2.17.2', xenova);
  const stream = runPhase('stream') as { firstSentenceMs: Stat; cachedSpeedup: number };
  log('streaming API', stream);
  const segment = runPhase('segment');
  log('segmentation, 1 MB', segment);
  const long = runPhase('long', {}, 1);
  log('150 KB article, first screen', long);
  const server = await serverPeakRss();
  log('built server, peak RSS', server);
  const review = runPhase('review', {}, 1) as { withDictionary?: { totalMs: number }; withoutDictionary?: { totalMs: number } };
  log('align + review, 3 000 sentences', review);
  const analyze = runPhase('analyze', {}, 1) as { oneMegabyte?: { ms: number }; lexiconRssMb?: number };
  log('analyze (sample, 1 MB)', analyze);
  const lookup = runPhase('lookup', {}, 1) as { p95Ms?: number; lexiconAndDictionaryRssMb?: number };
  log('lookup, model loaded', lookup);
  const variants: Record<string, unknown> = {};
  for (const [name, config] of Object.entries(VARIANTS)) {
    const result = runPhase('engine', config, 3) as { workload: { msPerRowToken: number; ms: Stat }; peakRssMb: number };
    variants[name] = { msPerRowToken: result.workload.msPerRowToken, workloadMs: result.workload.ms, peakRssMb: result.peakRssMb };
    log(name, variants[name]);
  }
  const latest = {
    date: new Date().toISOString(),
    machine: machine(),
    ms_per_row_token: engine.workload.msPerRowToken,
    speedup_vs_xenova: round(xenova.ms.median / engine.workload.ms.median),
    first_sentence_ms: stream.firstSentenceMs.median,
    cached_speedup: stream.cachedSpeedup,
    peak_rss_mb: server.peakRssMb,
    segment_1mb_ms: (segment as { ms: Stat }).ms.median,
    review_3000_ms: (review.withDictionary ?? review.withoutDictionary)?.totalMs,
    analyze_1mb_ms: analyze.oneMegabyte?.ms,
    lookup_p95_ms: lookup.p95Ms,
    lexicon_rss_mb: lookup.lexiconAndDictionaryRssMb,
    phases: { engine, xenova, stream, segment, long, server, review, analyze, lookup, variants },
  };
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/latest.json'), `${JSON.stringify(latest, null, 2)}\n`);
  console.log('\nSummary (bench/latest.json):');
  for (const key of ['ms_per_row_token', 'speedup_vs_xenova', 'first_sentence_ms', 'cached_speedup', 'peak_rss_mb', 'segment_1mb_ms', 'review_3000_ms', 'analyze_1mb_ms', 'lookup_p95_ms', 'lexicon_rss_mb'] as const) {
    console.log(`  ${key.padEnd(20)} ${latest[key]}`);
  }
}

await main();

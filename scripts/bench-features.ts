/**
 * Bench phases of the translators' and learners' features (imported by scripts/bench.ts, each run
 * in a process of its own): aligning and reviewing a 3 000-sentence pair, /api/analyze on the
 * sample article and on 1 MB of French, word lookups with the full-size model loaded, and the
 * memory the lexicon and the dictionary add. Real text from ../shared when it is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignSegments } from '../server/core/align/aligner.ts';
import { parseWiktionary } from '../server/core/lexicon/wiktionary.ts';
import { reviewAlignment } from '../server/core/qa/review.ts';
import { loadConfig } from '../server/config.ts';
import { createMarianTranslator } from '../server/engine/translator.ts';
import { createAnalyzer } from '../server/lexicon/analyzer.ts';
import { createDictionarySource } from '../server/assets/dictionary.ts';
import { defaultWords } from '../server/services.ts';
import { tokenizeFrench } from '../server/core/lexicon/french-tokens.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const SHARED = resolve(root, '../shared');
const NEWS = join(SHARED, 'eval/alignment/newstest2012.jsonl');
const SAMPLE = join(SHARED, 'samples/epoch-times-espions-2021-06-03.txt');
const DICTIONARY = join(SHARED, 'data/wiktionary-fr-en/frwiktionary-20140612-euradicfmt.csv');
const PAIR_SENTENCES = 3000;

const round = (n: number): number => Math.round(n * 10) / 10;
const rssMb = (): number => round(process.memoryUsage().rss / 2 ** 20);

function newsPairs(): { fr: string[]; en: string[] } | undefined {
  if (!existsSync(NEWS)) return undefined;
  const docs = readFileSync(NEWS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { fr: string[]; en: string[] });
  return { fr: docs.flatMap((d) => d.fr), en: docs.flatMap((d) => d.en) };
}

function percentile(sorted: number[], p: number): number {
  return round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: round(performance.now() - started), value };
}

export const featurePhases: Record<string, (options: Record<string, string>) => Promise<object>> = {
  /** A 3 000-sentence pair (newstest2012) with every 100th English sentence dropped: align, then review. */
  async review() {
    const news = newsPairs();
    if (!news) return { skipped: `${NEWS} absent` };
    const fr = news.fr.slice(0, PAIR_SENTENCES);
    const en = news.en.slice(0, PAIR_SENTENCES).filter((_, i) => i % 100 !== 50);
    const dictionary = existsSync(DICTIONARY) ? parseWiktionary(readFileSync(DICTIONARY, 'utf8')) : undefined;
    const run = async (withDictionary: boolean) => {
      const options = withDictionary && dictionary ? { dictionary } : {};
      alignSegments(fr.slice(0, 50), en.slice(0, 50), options);
      const aligned = await timed(() => alignSegments(fr, en, options));
      const sourceText = fr.join('\n');
      const draftText = en.join('\n');
      const reviewed = await timed(() => reviewAlignment({ sourceText, draftText, alignment: aligned.value, ...(withDictionary && dictionary ? { dictionary } : {}) }));
      const omissions = aligned.value.links.filter((l) => l.draft.length === 0).length;
      return { alignMs: aligned.ms, reviewMs: reviewed.ms, totalMs: round(aligned.ms + reviewed.ms), links: aligned.value.links.length, omissionLinks: omissions, flags: reviewed.value.length };
    };
    return { sentences: { fr: fr.length, en: en.length }, withoutDictionary: await run(false), ...(dictionary ? { withDictionary: await run(true) } : {}) };
  },

  /** /api/analyze's work on the sample article and on 1 MB of French; the lexicon's memory. */
  async analyze() {
    const sample = existsSync(SAMPLE) ? readFileSync(SAMPLE, 'utf8') : undefined;
    const news = newsPairs();
    if (!sample || !news) return { skipped: `${SAMPLE} or ${NEWS} absent` };
    let big = '';
    for (let i = 0; big.length < 1_000_000; i++) big += `${news.fr[i % news.fr.length]!}\n`;
    const before = rssMb();
    const analyzer = createAnalyzer({ dataDir: loadConfig({}).dataDir });
    const first = await timed(() => analyzer.analyze('Le chat dort.'));
    const after = rssMb();
    const article = await timed(() => analyzer.analyze(sample));
    const megabyte = await timed(() => analyzer.analyze(big));
    return {
      firstLoadMs: first.ms,
      lexiconRssMb: round(after - before),
      sample: { chars: sample.length, tokens: article.value.length, ms: article.ms },
      oneMegabyte: { chars: big.length, tokens: megabyte.value.length, ms: megabyte.ms },
    };
  },

  /** Every word of the sample article looked up, with the full-size model loaded in the same process. */
  async lookup() {
    const sample = existsSync(SAMPLE) ? readFileSync(SAMPLE, 'utf8') : undefined;
    if (!sample || !existsSync(DICTIONARY)) return { skipped: `${SAMPLE} or ${DICTIONARY} absent` };
    const config = loadConfig({ VISAVIS_MODELS_DIR: join(root, 'models'), VISAVIS_MODEL: 'visavis/marian-full', VISAVIS_DICTIONARY: DICTIONARY });
    const translator = createMarianTranslator(config);
    await translator.ready();
    const withModel = rssMb();
    const analyzer = createAnalyzer({ dataDir: config.dataDir });
    const words = defaultWords(createDictionarySource(config), { config }, analyzer);
    await words.warm();
    await words.lookup({ text: 'Le chien dort.', offset: 3 });
    const withLexicon = rssMb();
    const times: number[] = [];
    for (const paragraph of sample.split(/\n\s*\n/).filter((p) => p.trim())) {
      for (const token of tokenizeFrench(paragraph).filter((t) => /\p{L}/u.test(paragraph.slice(t.start, t.end)))) {
        const started = performance.now();
        await words.lookup({ text: paragraph, offset: token.start });
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    await translator.dispose();
    return { lookups: times.length, p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), maxMs: round(times.at(-1)!), rssWithModelMb: withModel, lexiconAndDictionaryRssMb: round(withLexicon - withModel) };
  },
};

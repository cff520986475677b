/**
 * Dictionary coverage and lookup latency.
 * - Coverage: the share of content words (NOUN, VERB, ADJ, ADV, by the project's tagger) of
 *   newstest2012's French with at least one gloss once lemmatized, as POST /api/lookup finds them
 *   (under the lemma, else under the form).
 * - Latency: p50/p95 of lookups through the words service behind POST /api/lookup, warm, on every
 *   word of the sample article (no translation), and on newstest2012 words with their English.
 * Data from ../shared/ (absent: it says so and exits 0).
 *
 * @example npx tsx scripts/eval-dictionary.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDictionarySource } from '../server/assets/dictionary.ts';
import { loadConfig } from '../server/config.ts';
import { createAnalyzer } from '../server/lexicon/analyzer.ts';
import { TAGGER_DIR, WEIGHTS_FILE } from '../server/lexicon/lexicon-files.ts';
import { lefffReadings } from '../server/words/readings.ts';
import { wordLexicon } from '../server/words/word-lexicon.ts';
import { createWordsService } from '../server/words/words-service.ts';

const { values } = parseArgs({ options: { shared: { type: 'string', default: resolve(import.meta.dirname, '../../shared') } } });
const dictionaryFile = join(values.shared, 'data/wiktionary-fr-en/frwiktionary-20140612-euradicfmt.csv');
const newstest = join(values.shared, 'eval/alignment/newstest2012.jsonl');
const sample = join(values.shared, 'samples/epoch-times-espions-2021-06-03.txt');
for (const path of [dictionaryFile, newstest, sample, join(TAGGER_DIR, WEIGHTS_FILE)]) {
  if (!existsSync(path)) {
    console.log(`skipped: dictionary coverage and lookup latency, ${path} absent`);
    process.exit(0);
  }
}

const config = loadConfig({ ...process.env, VISAVIS_DICTIONARY: dictionaryFile });
const analyzer = createAnalyzer({ dataDir: config.dataDir });
const dictionary = createDictionarySource(config);
const words = createWordsService({ dictionary, readings: lefffReadings(config.dataDir), analyze: (text) => analyzer.analyze(text) });
const state = await dictionary.load();
if (state.state !== 'ready') throw new Error(state.reason);
const lexicon = wordLexicon(state.dictionary);

const pairs = readFileSync(newstest, 'utf8')
  .split('\n')
  .filter(Boolean)
  .flatMap((line) => {
    const doc = JSON.parse(line) as { fr: string[]; en: string[] };
    return doc.fr.map((fr, i) => ({ fr, en: doc.en[i] ?? '' }));
  });

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);
const byTag = new Map<string, { words: number; glossed: number }>();
const missed = new Map<string, number>();
for (const { fr } of pairs) {
  for (const token of await analyzer.analyze(fr)) {
    if (!CONTENT.has(token.upos)) continue;
    const form = fr.slice(token.start, token.end);
    const glossed = lexicon.entries([token.lemma]).length > 0 || lexicon.entries([form]).length > 0;
    const tag = byTag.get(token.upos) ?? { words: 0, glossed: 0 };
    tag.words++;
    if (glossed) tag.glossed++;
    else missed.set(token.lemma, (missed.get(token.lemma) ?? 0) + 1);
    byTag.set(token.upos, tag);
  }
}
const total = [...byTag.values()].reduce((a, t) => ({ words: a.words + t.words, glossed: a.glossed + t.glossed }), { words: 0, glossed: 0 });
console.log(`Dictionary coverage, newstest2012 French (${pairs.length} segments): ${(total.glossed / total.words).toFixed(3)} of ${total.words} content words have a gloss`);
console.log(`  ${[...byTag].map(([tag, t]) => `${tag} ${(t.glossed / t.words).toFixed(3)} (${t.words})`).join('  ')}`);
console.log(`  most frequent lemmas without one: ${[...missed].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([l, n]) => `${l} ${n}`).join(', ')}`);

/** Times a lookup of every word of every text, after one lookup to load everything. */
async function latency(texts: { text: string; translation?: string }[]): Promise<string> {
  const times: number[] = [];
  for (const { text, translation } of texts) {
    for (const token of await analyzer.analyze(text)) {
      if (!/\p{L}/u.test(text.slice(token.start, token.end))) continue;
      const started = performance.now();
      await words.lookup({ text, offset: token.start, ...(translation ? { translation } : {}) });
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  return `${times.length} lookups: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times.at(-1)!.toFixed(2)} ms`;
}

const article = readFileSync(sample, 'utf8');
await words.lookup({ text: 'Le chien dort.', offset: 3, translation: 'The dog sleeps.' });
console.log(`Lookup latency, warm (${config.threads} thread)`);
console.log(`  sample article, no translation: ${await latency([{ text: article }])}`);
console.log(`  newstest2012, 150 segments with their English: ${await latency(pairs.slice(0, 150).map((p) => ({ text: p.fr, translation: p.en })))}`);
analyzer.dispose();

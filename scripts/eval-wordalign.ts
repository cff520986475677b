/**
 * Word alignment quality: AER (Och & Ney), precision and recall on the 37 Hansards trial pairs of
 * the HLT-NAACL 2003 shared task in ../shared/eval/wordalign/, through the words service that
 * answers POST /api/word-align, with the Wiktionary dictionary in ../shared/data/. Absent data:
 * it says so and exits 0.
 *
 * AER = 1 − (|A∩S| + |A∩P|) / (|A| + |S|), P including S; precision = |A∩P|/|A|, recall = |A∩S|/|S|.
 *
 * @example npx tsx scripts/eval-wordalign.ts
 * @example npx tsx scripts/eval-wordalign.ts --no-dictionary   # forms, cognates and function words only
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDictionarySource } from '../server/assets/dictionary.ts';
import { loadConfig } from '../server/config.ts';
import { LEFFF_FILE, openLefffTable } from '../server/lexicon/lefff-table.ts';
import { cachedLookup } from '../server/lexicon/lexicon-files.ts';
import { createWordsService } from '../server/words/words-service.ts';

const { values } = parseArgs({
  options: {
    'no-dictionary': { type: 'boolean', default: false },
    shared: { type: 'string', default: resolve(import.meta.dirname, '../../shared') },
  },
});
const dir = join(values.shared, 'eval/wordalign');
const dictionaryFile = join(values.shared, 'data/wiktionary-fr-en/frwiktionary-20140612-euradicfmt.csv');
for (const path of [dir, dictionaryFile]) {
  if (!existsSync(path)) {
    console.log(`skipped: word alignment evaluation, ${path} absent`);
    process.exit(0);
  }
}

const lines = (file: string) => readFileSync(join(dir, file), 'utf8').split('\n').slice(0, -1);
const french = lines('dev.f');
const english = lines('dev.e');
const sure = new Set<string>();
const possible = new Set<string>();
for (const line of lines('dev.wa.nonullalign')) {
  const [sentence, en, fr, kind] = line.trim().split(/\s+/);
  const key = `${sentence} ${Number(fr) - 1} ${Number(en) - 1}`;
  possible.add(key);
  if (kind === 'S') sure.add(key);
}

const config = loadConfig({ ...process.env, VISAVIS_DICTIONARY: values['no-dictionary'] ? join(dir, 'absent') : dictionaryFile });
const table = openLefffTable(join(config.dataDir, LEFFF_FILE));
const words = createWordsService({ dictionary: createDictionarySource(config), readings: cachedLookup(table), analyze: () => [] });

const started = performance.now();
const found = new Set<string>();
for (const [i, fr] of french.entries()) {
  const { links } = await words.align(fr, english[i] ?? '');
  for (const [f, e] of links) found.add(`${i + 1} ${f} ${e}`);
}
const ms = performance.now() - started;
table.close();

const inter = (set: Set<string>) => [...found].filter((k) => set.has(k)).length;
const aer = 1 - (inter(sure) + inter(possible)) / (found.size + sure.size);
console.log(`Word alignment, Hansards trial (${french.length} pairs, ${sure.size} sure, ${possible.size} possible links)${values['no-dictionary'] ? ', no dictionary' : ''}`);
console.log(`  links ${found.size}  AER ${aer.toFixed(3)}  precision ${(inter(possible) / found.size).toFixed(3)}  recall ${(inter(sure) / sure.size).toFixed(3)}  (${ms.toFixed(0)} ms with loading)`);

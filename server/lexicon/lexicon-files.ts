/**
 * The lexicon's files: the tagger's weights and the treebank lemmas (project files made by
 * `scripts/train-tagger.ts`, gzipped text), and Lefff looked up through its SQLite table.
 *
 * @example const lookup = cachedLookup(openLefffTable(file)); lookup('L’') // readings of L' and l'
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { lexiconSpellings, type LexiconLookup, type LexiconModel } from '../core/lexicon/analysis.ts';
import type { LexiconEntry } from '../core/lexicon/lefff-tags.ts';
import { parseTaggerModel } from '../core/lexicon/tagger.ts';
import { projectRoot } from '../config.ts';
import { unaccented, type LefffTable } from './lefff-table.ts';

/** Where the trained tagger lives in the project. */
export const TAGGER_DIR = join(projectRoot, 'models/tagger');
export const WEIGHTS_FILE = 'upos-weights.tsv.gz';
export const LEMMAS_FILE = 'lemmas.tsv.gz';

/** Reads the tagger's weights and the treebank lemmas (`form\tUPOS\tlemma` lines). */
export function loadLexiconModel(dir = TAGGER_DIR): LexiconModel {
  const tagger = parseTaggerModel(gunzipSync(readFileSync(join(dir, WEIGHTS_FILE))).toString('utf8'));
  const lemmas = new Map<string, string>();
  for (const line of gunzipSync(readFileSync(join(dir, LEMMAS_FILE))).toString('utf8').split('\n')) {
    const [form, upos, lemma] = line.split('\t');
    if (form && upos && lemma !== undefined) lemmas.set(`${form}\t${upos}`, lemma);
  }
  return { tagger, lemmas };
}

// Enough for the distinct words of several long articles; past it the cache starts over.
const CACHE_LIMIT = 200_000;

/** Lefff lookups by every spelling of a form, remembered: a text repeats its words. */
export function cachedLookup(table: LefffTable): LexiconLookup {
  const cache = new Map<string, readonly LexiconEntry[]>();
  return (form) => {
    const hit = cache.get(form);
    if (hit) return hit;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    let entries = lexiconSpellings(form).flatMap((spelling) => table.lookup(spelling));
    // Capitals often drop their accents: `PRECAUTIONS` is `précautions`.
    if (entries.length === 0 && form.length > 1 && form === form.toUpperCase() && /\p{L}/u.test(form)) {
      entries = table.lookupUnaccented(unaccented(form.toLowerCase().replace(/’/g, "'")));
    }
    cache.set(form, entries);
    return entries;
  };
}

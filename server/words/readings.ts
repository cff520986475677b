/**
 * Lefff's readings of a form for the word aligner, from the analyzer's SQLite table opened on
 * first use (built then if missing, about 1 s), so a server that never aligns never opens it.
 *
 * @example const readings = lefffReadings(config.dataDir); readings('est') // être, est…
 */
import { join } from 'node:path';
import type { LexiconLookup } from '../core/lexicon/analysis.ts';
import { LEFFF_FILE, openLefffTable } from '../lexicon/lefff-table.ts';
import { cachedLookup } from '../lexicon/lexicon-files.ts';

export function lefffReadings(dataDir: string): LexiconLookup {
  let lookup: LexiconLookup | undefined;
  return (form) => {
    lookup ??= cachedLookup(openLefffTable(join(dataDir, LEFFF_FILE)));
    return lookup(form);
  };
}

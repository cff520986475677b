/**
 * The translator's glossary: pinned French terms with the English they want, one per French term,
 * in the order they were added. Replacing or merging is one transaction.
 *
 * @example const glossary = new GlossaryStore(db); glossary.merge([{ source: 'Assemblée nationale', target: 'National Assembly' }])
 */
import type Database from 'better-sqlite3';
import type { Db } from './db.ts';

export interface StoredTerm {
  source: string;
  target: string;
  note?: string;
}

interface Row {
  source: string;
  target: string;
  note: string | null;
}

export class GlossaryStore {
  private readonly statements: {
    all: Database.Statement<[], Row>;
    clear: Database.Statement<[]>;
    upsert: Database.Statement<[string, string, string | null]>;
  };

  constructor(private readonly db: Db) {
    this.statements = {
      all: db.prepare('SELECT source, target, note FROM glossary ORDER BY position'),
      clear: db.prepare('DELETE FROM glossary'),
      // A term already pinned keeps its place and takes the new English and note.
      upsert: db.prepare(
        `INSERT INTO glossary (source, target, note, position) VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM glossary))
         ON CONFLICT (source) DO UPDATE SET target = excluded.target, note = excluded.note`,
      ),
    };
  }

  all(): StoredTerm[] {
    return this.statements.all.all().map(({ source, target, note }) => (note === null ? { source, target } : { source, target, note }));
  }

  /** Adds the terms, updating those already pinned; a later duplicate in `terms` wins. */
  merge(terms: readonly StoredTerm[]): void {
    this.db.transaction(() => {
      for (const t of terms) this.statements.upsert.run(t.source, t.target, t.note ?? null);
    })();
  }

  /** The glossary becomes exactly `terms`. */
  replace(terms: readonly StoredTerm[]): void {
    this.db.transaction(() => {
      this.statements.clear.run();
      for (const t of terms) this.statements.upsert.run(t.source, t.target, t.note ?? null);
    })();
  }
}

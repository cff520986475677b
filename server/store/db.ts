/**
 * The one SQLite connection (WAL) to the user's database, brought up to date by numbered
 * migrations, each applied once in a transaction. Every table of the user's data lives here.
 *
 * @example const db = openDatabase(config.databaseFile); // or ':memory:' in tests
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Append only: a migration that has shipped is never edited, the next number fixes it. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE translations (
     model TEXT NOT NULL, source TEXT NOT NULL, text TEXT NOT NULL, score REAL NOT NULL, used INTEGER NOT NULL,
     PRIMARY KEY (model, source)) WITHOUT ROWID;
   CREATE INDEX translations_used ON translations (used);`,
  `CREATE TABLE documents (
     id INTEGER PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL, source TEXT NOT NULL,
     source_lang TEXT NOT NULL DEFAULT 'fr', target_lang TEXT NOT NULL DEFAULT 'en',
     position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, read_at TEXT NOT NULL, deleted_at TEXT);
   CREATE INDEX documents_read ON documents (read_at);
   CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
   CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
     INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text); END;
   CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
     INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END;
   CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
     INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
     INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text); END;`,
];

export class StoreError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
}

export function openDatabase(file: string): Db {
  let db: Db;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  } catch (error) {
    throw new StoreError(`Cannot open the database ${file}: ${error instanceof Error ? error.message : String(error)}. Check that VISAVIS_DATA_DIR is a writable folder.`, { cause: error });
  }
  migrate(db);
  return db;
}

/** Applies the migrations the database has not seen; returns the schema version. */
export function migrate(db: Db): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  MIGRATIONS.slice(current).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + i + 1}`);
    })();
  });
  return MIGRATIONS.length;
}

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
  // Reviews keep their texts (and, when given as sentence arrays, the arrays as JSON) and what the
  // translator did (glossary terms, corrections, dismissed flag keys) as JSON; the alignment and
  // the QA are recomputed on every read, so they always follow the current aligner and rules.
  `CREATE TABLE reviews (
     id INTEGER PRIMARY KEY, title TEXT NOT NULL, source TEXT NOT NULL, draft TEXT NOT NULL,
     source_items TEXT, draft_items TEXT,
     glossary TEXT NOT NULL DEFAULT '[]', corrections TEXT NOT NULL DEFAULT '[]', dismissed TEXT NOT NULL DEFAULT '[]',
     created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
   CREATE INDEX reviews_updated ON reviews (updated_at);
   CREATE TABLE glossary (
     source TEXT PRIMARY KEY, target TEXT NOT NULL, note TEXT, position INTEGER NOT NULL) WITHOUT ROWID;`,
  // The learner's vocabulary (4): saved words with their sentence; statuses keyed on the lemma;
  // lookups and reveals; the count of known lemmas at the end of each day it changed.
  `CREATE TABLE vocabulary (
     id INTEGER PRIMARY KEY, word TEXT NOT NULL, lemma TEXT NOT NULL, upos TEXT NOT NULL, features TEXT NOT NULL DEFAULT '{}',
     gloss TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', sentence TEXT NOT NULL, word_start INTEGER NOT NULL, word_end INTEGER NOT NULL,
     translation TEXT NOT NULL DEFAULT '', in_translation TEXT NOT NULL DEFAULT '[]', document_id INTEGER, source TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (lemma, sentence));
   CREATE INDEX vocabulary_document ON vocabulary (document_id);
   CREATE TABLE word_statuses (lemma TEXT PRIMARY KEY, status TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID;
   CREATE TABLE word_events (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, lemma TEXT, sentence TEXT NOT NULL, document_id INTEGER, at TEXT NOT NULL);
   CREATE INDEX word_events_lemma ON word_events (kind, lemma);
   CREATE INDEX word_events_sentence ON word_events (kind, sentence);
   CREATE TABLE known_history (day TEXT PRIMARY KEY, known INTEGER NOT NULL) WITHOUT ROWID;`,
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

/**
 * The user's library: every article opened, with where they were in it. Writes are single
 * statements or transactions, so a crash leaves each document either saved or not, never half.
 * Deleting keeps the row for an undo; `purgeDeleted` forgets them a week later.
 *
 * @example const docs = new DocumentStore(db); const id = docs.insert({ title, text, source })
 */
import type Database from 'better-sqlite3';
import type { Db } from './db.ts';

export interface DocumentRow {
  id: number;
  title: string;
  text: string;
  source: string;
  /** Index of the sentence the reader last focused, in document order. */
  position: number;
  createdAt: string;
  readAt: string;
}

export type DocumentSummary = Omit<DocumentRow, 'text'> & { chars: number };

const COLUMNS = 'id, title, text, source, position, created_at AS createdAt, read_at AS readAt';
const SUMMARY = 'id, title, source, position, created_at AS createdAt, read_at AS readAt, length(text) AS chars';
const PURGE_AFTER = '-7 days';

/** An FTS5 query that matches every word of `q` as a prefix, accents and case ignored. */
function ftsQuery(q: string): string {
  return q
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => `"${word}"*`)
    .join(' ');
}

export class DocumentStore {
  private readonly statements: {
    insert: Database.Statement<[string, string, string, string, string]>;
    get: Database.Statement<[number], DocumentRow>;
    list: Database.Statement<[number], DocumentSummary>;
    search: Database.Statement<[string, number], DocumentSummary>;
    setPosition: Database.Statement<[number, string, number]>;
    setTitle: Database.Statement<[string, number]>;
    remove: Database.Statement<[string, number]>;
    restore: Database.Statement<[number]>;
  };

  constructor(private readonly db: Db) {
    this.statements = {
      insert: db.prepare('INSERT INTO documents (title, text, source, created_at, read_at) VALUES (?, ?, ?, ?, ?)'),
      get: db.prepare(`SELECT ${COLUMNS} FROM documents WHERE id = ? AND deleted_at IS NULL`),
      list: db.prepare(`SELECT ${SUMMARY} FROM documents WHERE deleted_at IS NULL ORDER BY read_at DESC, id DESC LIMIT ?`),
      search: db.prepare(
        `SELECT ${SUMMARY} FROM documents WHERE deleted_at IS NULL AND id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)
         ORDER BY read_at DESC, id DESC LIMIT ?`,
      ),
      setPosition: db.prepare('UPDATE documents SET position = ?, read_at = ? WHERE id = ? AND deleted_at IS NULL'),
      setTitle: db.prepare('UPDATE documents SET title = ? WHERE id = ? AND deleted_at IS NULL'),
      remove: db.prepare('UPDATE documents SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
      restore: db.prepare('UPDATE documents SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL'),
    };
  }

  /** Forgets documents deleted more than a week ago (their undo is long past); returns how many. */
  purgeDeleted(): number {
    return this.db.prepare(`DELETE FROM documents WHERE deleted_at IS NOT NULL AND deleted_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '${PURGE_AFTER}')`).run().changes;
  }

  insert(doc: { title: string; text: string; source: string }, now = new Date()): DocumentRow {
    const at = now.toISOString();
    const { lastInsertRowid } = this.statements.insert.run(doc.title, doc.text, doc.source, at, at);
    return this.get(Number(lastInsertRowid))!;
  }

  get(id: number): DocumentRow | undefined {
    return this.statements.get.get(id);
  }

  /** Most recently read first; `q` keeps those whose title or text has every word of it. */
  list(q = '', limit = 500): DocumentSummary[] {
    const query = ftsQuery(q);
    return query ? this.statements.search.all(query, limit) : this.statements.list.all(limit);
  }

  /** Applies the changes given; false when there is no such document. */
  update(id: number, change: { position?: number; title?: string }, now = new Date()): boolean {
    let found = this.get(id) !== undefined;
    this.db.transaction(() => {
      if (change.title !== undefined) found = this.statements.setTitle.run(change.title, id).changes > 0;
      if (change.position !== undefined) found = this.statements.setPosition.run(change.position, now.toISOString(), id).changes > 0;
    })();
    return found;
  }

  remove(id: number, now = new Date()): boolean {
    return this.statements.remove.run(now.toISOString(), id).changes > 0;
  }

  restore(id: number): boolean {
    return this.statements.restore.run(id).changes > 0;
  }
}

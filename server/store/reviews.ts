/**
 * Saved reviews: a French source, an English draft, and what the translator did to them (their
 * own glossary terms, alignment corrections, dismissed flags). Every write is one statement, so a
 * crash leaves a review either saved or not, never half. The alignment and the QA are not stored:
 * they are recomputed on read.
 *
 * @example const reviews = new ReviewStore(db); const row = reviews.insert({ title, source, draft, … })
 */
import type Database from 'better-sqlite3';
import type { Db } from './db.ts';

/** A side as the client gave it: a text, or its sentences (kept as given). */
export type StoredSide = string | string[];

export interface ReviewRecord {
  id: number;
  title: string;
  source: StoredSide;
  draft: StoredSide;
  glossary: unknown[];
  corrections: unknown[];
  dismissed: string[];
  createdAt: string;
  updatedAt: string;
}

export type ReviewFields = Pick<ReviewRecord, 'title' | 'source' | 'draft' | 'glossary' | 'corrections' | 'dismissed'>;

export interface ReviewSummaryRow {
  id: number;
  title: string;
  createdAt: string;
  updatedAt: string;
  sourceChars: number;
  draftChars: number;
}

interface Row {
  id: number;
  title: string;
  source: string;
  draft: string;
  source_items: string | null;
  draft_items: string | null;
  glossary: string;
  corrections: string;
  dismissed: string;
  created_at: string;
  updated_at: string;
}

const SUMMARY = 'id, title, created_at AS createdAt, updated_at AS updatedAt, length(source) AS sourceChars, length(draft) AS draftChars';

/** The text the offsets index into, and the sentence array when one was given. */
function columnsOf(side: StoredSide): [string, string | null] {
  return typeof side === 'string' ? [side, null] : [side.join('\n'), JSON.stringify(side)];
}

function recordOf(row: Row): ReviewRecord {
  return {
    id: row.id,
    title: row.title,
    source: row.source_items === null ? row.source : (JSON.parse(row.source_items) as string[]),
    draft: row.draft_items === null ? row.draft : (JSON.parse(row.draft_items) as string[]),
    glossary: JSON.parse(row.glossary) as unknown[],
    corrections: JSON.parse(row.corrections) as unknown[],
    dismissed: JSON.parse(row.dismissed) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class ReviewStore {
  private readonly statements: {
    insert: Database.Statement<unknown[]>;
    get: Database.Statement<[number], Row>;
    list: Database.Statement<[number], ReviewSummaryRow>;
    update: Database.Statement<unknown[]>;
    remove: Database.Statement<[number]>;
  };

  constructor(db: Db) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO reviews (title, source, draft, source_items, draft_items, glossary, corrections, dismissed, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      get: db.prepare('SELECT * FROM reviews WHERE id = ?'),
      list: db.prepare(`SELECT ${SUMMARY} FROM reviews ORDER BY updated_at DESC, id DESC LIMIT ?`),
      update: db.prepare(
        `UPDATE reviews SET title = ?, source = ?, draft = ?, source_items = ?, draft_items = ?, glossary = ?, corrections = ?, dismissed = ?, updated_at = ?
         WHERE id = ?`,
      ),
      remove: db.prepare('DELETE FROM reviews WHERE id = ?'),
    };
  }

  insert(fields: ReviewFields, now = new Date()): ReviewRecord {
    const at = now.toISOString();
    const { lastInsertRowid } = this.statements.insert.run(fields.title, ...this.bodyOf(fields), at, at);
    return this.get(Number(lastInsertRowid))!;
  }

  get(id: number): ReviewRecord | undefined {
    const row = this.statements.get.get(id);
    return row && recordOf(row);
  }

  /** Most recently changed first. */
  list(limit = 500): ReviewSummaryRow[] {
    return this.statements.list.all(limit);
  }

  /** Writes the changes given over the saved review in one statement; false when there is none. */
  update(id: number, change: Partial<ReviewFields>, now = new Date()): boolean {
    const saved = this.get(id);
    if (!saved) return false;
    const next = { ...saved, ...change };
    return this.statements.update.run(next.title, ...this.bodyOf(next), now.toISOString(), id).changes > 0;
  }

  remove(id: number): boolean {
    return this.statements.remove.run(id).changes > 0;
  }

  private bodyOf(fields: Omit<ReviewFields, 'title'>): unknown[] {
    const [source, sourceItems] = columnsOf(fields.source);
    const [draft, draftItems] = columnsOf(fields.draft);
    return [source, draft, sourceItems, draftItems, JSON.stringify(fields.glossary), JSON.stringify(fields.corrections), JSON.stringify(fields.dismissed)];
  }
}

/**
 * The learner's vocabulary: saved words with their sentence, and statuses keyed on the lemma (so
 * `opère` and `opéré` share one). Every write is one transaction, and each status change also
 * records the day's count of known lemmas, so the history never disagrees with the statuses.
 *
 * @example const vocabulary = new VocabularyStore(db); vocabulary.insert({ word: 'opéré', lemma: 'opérer', … })
 */
import type Database from 'better-sqlite3';
import type { SentenceSpan, VocabularyEntry, WordStatus } from '../schemas.ts';
import type { Db } from './db.ts';

/** What a new entry holds; its status, counts and dates come from the store. */
export interface NewEntry {
  word: string;
  lemma: string;
  upos: string;
  features: Record<string, string>;
  gloss: string;
  sentence: string;
  wordStart: number;
  wordEnd: number;
  translation: string;
  inTranslation: SentenceSpan[];
  documentId: number | null;
  source: string;
}

export interface EntryFilter {
  /** A status, or `learning` for any of the four levels. */
  status?: WordStatus | 'learning';
  documentId?: number;
}

interface Row extends Omit<VocabularyEntry, 'features' | 'inTranslation'> {
  features: string;
  inTranslation: string;
}

const SELECT = `SELECT v.id, v.word, v.lemma, v.upos, v.features, v.gloss, v.note, coalesce(s.status, 'new') AS status,
  v.sentence, v.word_start AS wordStart, v.word_end AS wordEnd, v.translation, v.in_translation AS inTranslation,
  v.document_id AS documentId, v.source, v.created_at AS createdAt, v.updated_at AS updatedAt,
  (SELECT count(*) FROM word_events e WHERE e.kind = 'lookup' AND e.lemma = v.lemma) AS lookups,
  (SELECT count(*) FROM word_events e WHERE e.kind = 'reveal' AND e.sentence = v.sentence) AS reveals
  FROM vocabulary v LEFT JOIN word_statuses s ON s.lemma = v.lemma`;

const entryOf = (row: Row): VocabularyEntry => ({ ...row, features: JSON.parse(row.features), inTranslation: JSON.parse(row.inTranslation) });

export class VocabularyStore {
  private readonly statements: {
    insert: Database.Statement<unknown[]>;
    get: Database.Statement<[number], Row>;
    find: Database.Statement<[string, string], { id: number }>;
    list: Database.Statement<{ status: string | null; documentId: number | null }, Row>;
    setStatus: Database.Statement<[string, string, string]>;
    keepStatus: Database.Statement<[string, string, string]>;
    statuses: Database.Statement<[], { lemma: string; status: WordStatus }>;
    setText: Database.Statement<[string, string, string, number]>;
    remove: Database.Statement<[number]>;
    forget: Database.Statement<{ lemma: string }>;
    known: Database.Statement<[], { n: number }>;
    lastKnown: Database.Statement<[], { known: number }>;
    record: Database.Statement<[string, number]>;
    history: Database.Statement<[], { day: string; known: number }>;
  };

  constructor(private readonly db: Db) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO vocabulary (word, lemma, upos, features, gloss, sentence, word_start, word_end, translation, in_translation, document_id, source, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      get: db.prepare(`${SELECT} WHERE v.id = ?`),
      find: db.prepare('SELECT id FROM vocabulary WHERE lemma = ? AND sentence = ?'),
      list: db.prepare(
        `${SELECT} WHERE (:status IS NULL OR coalesce(s.status, 'new') = :status OR (:status = 'learning' AND s.status LIKE 'learning-_')) AND (:documentId IS NULL OR v.document_id = :documentId)
         ORDER BY v.created_at DESC, v.id DESC`,
      ),
      setStatus: db.prepare(
        `INSERT INTO word_statuses (lemma, status, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (lemma) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at WHERE status <> excluded.status`,
      ),
      keepStatus: db.prepare('INSERT INTO word_statuses (lemma, status, updated_at) VALUES (?, ?, ?) ON CONFLICT (lemma) DO NOTHING'),
      statuses: db.prepare('SELECT lemma, status FROM word_statuses'),
      setText: db.prepare('UPDATE vocabulary SET gloss = ?, note = ?, updated_at = ? WHERE id = ?'),
      remove: db.prepare('DELETE FROM vocabulary WHERE id = ?'),
      // A word saved and then deleted goes back to unknown, unless the learner said they know it or ignore it.
      forget: db.prepare(
        `DELETE FROM word_statuses WHERE lemma = @lemma AND status NOT IN ('known', 'ignored') AND NOT EXISTS (SELECT 1 FROM vocabulary WHERE lemma = @lemma)`,
      ),
      known: db.prepare(`SELECT count(*) AS n FROM word_statuses WHERE status = 'known'`),
      lastKnown: db.prepare('SELECT known FROM known_history ORDER BY day DESC LIMIT 1'),
      record: db.prepare('INSERT INTO known_history (day, known) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET known = excluded.known'),
      history: db.prepare('SELECT day, known FROM known_history ORDER BY day'),
    };
  }

  /**
   * Saves the word in its sentence, or finds it saved already (same lemma, same sentence). The
   * lemma takes `status` when given, else keeps its own, else becomes `new`.
   */
  save(entry: NewEntry, status: WordStatus | undefined, now = new Date()): { entry: VocabularyEntry; created: boolean } {
    const at = now.toISOString();
    return this.db.transaction(() => {
      const existing = this.statements.find.get(entry.lemma, entry.sentence);
      const id = existing
        ? existing.id
        : Number(
            this.statements.insert.run(
              entry.word, entry.lemma, entry.upos, JSON.stringify(entry.features), entry.gloss, entry.sentence, entry.wordStart, entry.wordEnd,
              entry.translation, JSON.stringify(entry.inTranslation), entry.documentId, entry.source, at, at,
            ).lastInsertRowid,
          );
      if (status) this.setStatuses([entry.lemma], status, true, now);
      else this.statements.keepStatus.run(entry.lemma, 'new', at);
      return { entry: this.get(id)!, created: !existing };
    })();
  }

  get(id: number): VocabularyEntry | undefined {
    const row = this.statements.get.get(id);
    return row && entryOf(row);
  }

  /** Newest first. */
  list(filter: EntryFilter = {}): VocabularyEntry[] {
    return this.statements.list.all({ status: filter.status ?? null, documentId: filter.documentId ?? null }).map(entryOf);
  }

  /** Applies the changes given (a status goes to the entry's lemma); undefined when there is no such entry. */
  update(id: number, change: { status?: WordStatus; gloss?: string; note?: string }, now = new Date()): VocabularyEntry | undefined {
    return this.db.transaction(() => {
      const entry = this.get(id);
      if (!entry) return undefined;
      if (change.gloss !== undefined || change.note !== undefined) {
        this.statements.setText.run(change.gloss ?? entry.gloss, change.note ?? entry.note, now.toISOString(), id);
      }
      if (change.status !== undefined) this.setStatuses([entry.lemma], change.status, true, now);
      return this.get(id);
    })();
  }

  remove(id: number, now = new Date()): boolean {
    return this.db.transaction(() => {
      const entry = this.get(id);
      if (!entry) return false;
      this.statements.remove.run(id);
      if (this.statements.forget.run({ lemma: entry.lemma }).changes > 0) this.recordKnown(now);
      return true;
    })();
  }

  /** Gives `status` to each lemma (only to those without one unless `overwrite`); returns how many changed. */
  setStatuses(lemmas: readonly string[], status: WordStatus, overwrite: boolean, now = new Date()): number {
    const at = now.toISOString();
    const statement = overwrite ? this.statements.setStatus : this.statements.keepStatus;
    return this.db.transaction(() => {
      const changed = [...new Set(lemmas)].reduce((n, lemma) => n + statement.run(lemma, status, at).changes, 0);
      if (changed > 0) this.recordKnown(now);
      return changed;
    })();
  }

  statuses(): Map<string, WordStatus> {
    return new Map(this.statements.statuses.all().map((r) => [r.lemma, r.status]));
  }

  /** Lemmas known at the end of each day a status changed, oldest first. */
  knownHistory(): { day: string; known: number }[] {
    return this.statements.history.all();
  }

  /** Today's count of known lemmas, when it differs from the last one recorded. */
  private recordKnown(now: Date): void {
    const known = this.statements.known.get()!.n;
    if (known !== (this.statements.lastKnown.get()?.known ?? 0)) this.statements.record.run(now.toISOString().slice(0, 10), known);
  }
}

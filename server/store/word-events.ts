/**
 * What the learner found hard: each lookup of a word (its lemma, in its sentence) and each reveal
 * of a hidden sentence. Kept apart from the vocabulary: a word is looked up long before it is
 * saved, and its saved entries count these events by lemma and by sentence.
 *
 * @example new WordEvents(db).record({ kind: 'lookup', lemma: 'opérer', sentence: 'Il a opéré.', documentId: null })
 */
import type Database from 'better-sqlite3';
import type { WordEventResponse } from '../schemas.ts';
import type { Db } from './db.ts';

export interface NewWordEvent {
  kind: 'lookup' | 'reveal';
  /** The word's lemma for a lookup; null for a reveal (it concerns the whole sentence). */
  lemma: string | null;
  sentence: string;
  documentId: number | null;
}

export class WordEvents {
  private readonly insert: Database.Statement<[string, string | null, string, number | null, string]>;

  constructor(db: Db) {
    this.insert = db.prepare('INSERT INTO word_events (kind, lemma, sentence, document_id, at) VALUES (?, ?, ?, ?, ?)');
  }

  record(event: NewWordEvent, now = new Date()): WordEventResponse {
    const { lastInsertRowid } = this.insert.run(event.kind, event.lemma, event.sentence, event.documentId, now.toISOString());
    return { id: Number(lastInsertRowid), kind: event.kind, lemma: event.lemma, sentence: event.sentence };
  }
}

/**
 * What the learner's words look like to the components: the word open in the panel, and the
 * reader's share of the words (tokens, statuses, glosses, the lit English).
 *
 * @example glossKey('1:0', 3) // '1:0@3'
 */
import type { LookupResponse, SentenceSpan, VocabularyEntry, WordStatus } from '../../server/schemas.ts';
import type { AnalyzedWord } from './word-tokens.ts';

/** The word open in the panel. */
export interface OpenWord {
  key: string;
  start: number;
  form: string;
  sentence: string;
  translation: string;
  result?: LookupResponse;
  entry?: VocabularyEntry;
  /** The lookup or the last save failed: the server's code and message. */
  error?: { code: string; message: string };
}

/**
 * What the reader shows of the words. A row renders again only when its share changes: its
 * sentences' tokens (a new array when they arrive), `statusRev` (any status: every row), its
 * paragraph's `glossRev`, or the lit English in it.
 */
export interface WordView {
  tokens: ReadonlyMap<string, readonly AnalyzedWord[]>;
  statusRev: number;
  glossRev: ReadonlyMap<number, number>;
  statuses: Readonly<Record<string, WordStatus>>;
  /** `key@start` → the top in-context gloss. */
  glosses: ReadonlyMap<string, string>;
  /** The English lit for the open word: its sentence's key and spans. */
  lit?: { key: string; spans: readonly SentenceSpan[] };
}

export const glossKey = (key: string, start: number): string => `${key}@${start}`;

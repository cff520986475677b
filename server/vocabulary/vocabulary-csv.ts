/**
 * The vocabulary as CSV (RFC 4180): a header row, CRLF line ends, every field that holds a comma,
 * a quote or a line break quoted, quotes doubled. Plain text, not HTML: for spreadsheets.
 *
 * @example vocabularyCsv(entries).split('\r\n')[0] // 'word,lemma,part of speech,…'
 */
import type { VocabularyEntry } from '../schemas.ts';
import { partOfSpeech } from './note-fields.ts';

const HEADER = ['word', 'lemma', 'part of speech', 'gloss', 'status', 'sentence', 'translation', 'source', 'note', 'saved', 'lookups', 'reveals'];

/** One RFC 4180 field. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function vocabularyCsv(entries: readonly VocabularyEntry[]): string {
  const rows = entries.map((e) => [
    e.word, e.lemma, partOfSpeech(e.upos, e.features), e.gloss, e.status, e.sentence, e.translation, e.source, e.note, e.createdAt,
    String(e.lookups), String(e.reveals),
  ]);
  return [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

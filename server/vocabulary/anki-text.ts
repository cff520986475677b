/**
 * Anki's text import format (Anki 2.1.55+ reads its `#` headers): one note a line, tab-separated,
 * HTML fields, the GUID in the first column and the tags in the last, so importing it after the
 * `.apkg` (which brings the note type) updates the same notes.
 *
 * @example writeFileSync('words.txt', ankiText(entries))
 */
import type { VocabularyEntry } from '../schemas.ts';
import { DECK_NAME, FIELD_NAMES, NOTE_TYPE_NAME, noteFields, noteGuid, noteTags } from './note-fields.ts';

const COLUMNS = ['GUID', ...FIELD_NAMES, 'Tags'];

/** The header lines, each `#key:value`. */
export const ANKI_TEXT_HEADERS = [
  '#separator:tab',
  '#html:true',
  `#notetype:${NOTE_TYPE_NAME}`,
  `#deck:${DECK_NAME}`,
  '#guid column:1',
  `#tags column:${COLUMNS.length}`,
  `#columns:${COLUMNS.join('\t')}`,
];

/** The file's text: headers, then one line per entry (fields never hold a tab or a line break: escapeHtml made them spaces). */
export function ankiText(entries: readonly VocabularyEntry[]): string {
  const lines = entries.map((entry) => [noteGuid(entry), ...noteFields(entry), noteTags(entry).join(' ')].join('\t'));
  return `${[...ANKI_TEXT_HEADERS, ...lines].join('\n')}\n`;
}

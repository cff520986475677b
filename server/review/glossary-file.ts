/**
 * The glossary as a TSV or CSV file: one term a line, `source`, `target`, then an optional `note`;
 * a first line naming the columns is optional on import and always written on export. CSV follows
 * RFC 4180 (fields with commas, quotes or line breaks are quoted, quotes doubled).
 *
 * @example parseGlossary('source\ttarget\nAssemblée nationale\tNational Assembly\n', 'tsv')
 * // [{ source: 'Assemblée nationale', target: 'National Assembly' }]
 */
import { BadRequestError } from '../errors.ts';
import type { GlossaryTerm } from '../schemas.ts';

export type GlossaryFormat = 'tsv' | 'csv';

const HEADER = ['source', 'target', 'note'];
const HEADER_NAMES = new Set(['source', 'target', 'note', 'french', 'english', 'fr', 'en', 'term', 'translation', 'notes', 'comment']);

/** TSV when the first line holds a tab, else CSV. */
export function guessFormat(text: string): GlossaryFormat {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes('\t') ? 'tsv' : 'csv';
}

function tsvRows(text: string): string[][] {
  return text.split(/\r?\n/).map((line) => line.split('\t'));
}

/** RFC 4180 records; a quoted field may hold commas, doubled quotes and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"' && (quoted || field === '')) quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c === '\r') {
      if (text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (quoted) throw new BadRequestError('The CSV file ends inside a quoted field: a closing " is missing.');
  endRow();
  return rows;
}

const isHeader = (fields: string[]): boolean => fields.length >= 2 && fields.slice(0, 2).every((f) => HEADER_NAMES.has(f.trim().toLowerCase()));

/** The terms of a glossary file; a line without both a French term and its English is an error naming it. */
export function parseGlossary(text: string, format: GlossaryFormat = guessFormat(text)): GlossaryTerm[] {
  const rows = (format === 'tsv' ? tsvRows : csvRows)(text.replace(/^\ufeff/, ''));
  const terms: GlossaryTerm[] = [];
  rows.forEach((fields, i) => {
    if (fields.every((f) => f.trim() === '') || (i === 0 && isHeader(fields))) return;
    const [source = '', target = '', note = ''] = fields.map((f) => f.trim());
    if (!source || !target) {
      throw new BadRequestError(`Line ${i + 1} of the ${format.toUpperCase()} file needs a French term and its English, separated by ${format === 'tsv' ? 'a tab' : 'a comma'}.`);
    }
    terms.push(note ? { source, target, note } : { source, target });
  });
  return terms;
}

const csvField = (f: string): string => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
// A tab or line break inside a TSV field would start another column or term.
const tsvField = (f: string): string => f.replace(/[\t\r\n]+/g, ' ');

/** The file, with a header line, ending with a line break. */
export function formatGlossary(terms: readonly GlossaryTerm[], format: GlossaryFormat): string {
  const field = format === 'tsv' ? tsvField : csvField;
  const separator = format === 'tsv' ? '\t' : ',';
  const lines = [HEADER, ...terms.map((t) => [t.source, t.target, t.note ?? ''])].map((fields) => fields.map(field).join(separator));
  return `${lines.join(format === 'csv' ? '\r\n' : '\n')}${format === 'csv' ? '\r\n' : '\n'}`;
}

/**
 * A reviewed pair as tab-separated values: a header line, then one line per link with its number,
 * French, English, state and open flags (`severity rule: message`, joined by " · "). A backslash,
 * tab or line break inside a field is written `\\`, `\t`, `\n` (`\r`), so no text is lost and
 * every line stays one link.
 *
 * @example tsv(pair) // 'link\tsource\tdraft\tstate\tflags\n1\tBonjour.\tHello.\treviewed\t\n'
 */
import { exportRows, flagLine, type ReviewedPair } from './export-rows.ts';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export const tsvField = (text: string): string => text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!);

export function tsv(pair: ReviewedPair): string {
  const lines = [['link', 'source', 'draft', 'state', 'flags']];
  for (const row of exportRows(pair)) {
    lines.push([String(row.id), row.source, row.draft, row.state, row.flags.map(flagLine).join(' · ')]);
  }
  return lines.map((fields) => fields.map(tsvField).join('\t')).join('\n') + '\n';
}

/**
 * The aligned result as a file: TSV (French, tab, English: one sentence pair a line), JSON,
 * bilingual HTML (a two-column table) or Markdown (a two-column table). Pure: text in, text out.
 */
import type { ParagraphKind } from '../server/schemas.ts';

export const FORMATS = ['tsv', 'json', 'html', 'md'] as const;
export type Format = (typeof FORMATS)[number];

export interface Pair {
  french: string;
  english: string;
  /** Mean log-probability per token of the translation (0 is certain); absent for a given draft. */
  score?: number;
}

export interface BilingualParagraph {
  kind: ParagraphKind;
  pairs: Pair[];
}

export interface Bilingual {
  /** The input's name (`-` for standard input). */
  source: string;
  model?: string;
  paragraphs: BilingualParagraph[];
}

/** One line of a cell: TSV and Markdown tables have no room for tabs or line breaks. */
const oneLine = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const escapeCell = (text: string): string => oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** Four decimals: enough to rank sentences, and the same on every machine. */
const rounded = (score: number): number => Math.round(score * 1e4) / 1e4;

const HEADS = new Set<ParagraphKind>(['title', 'heading']);

function tsv(doc: Bilingual): string {
  return doc.paragraphs.flatMap((p) => p.pairs.map((s) => `${oneLine(s.french)}\t${oneLine(s.english)}\n`)).join('');
}

function json(doc: Bilingual): string {
  const paragraphs = doc.paragraphs.map((p) => ({
    kind: p.kind,
    sentences: p.pairs.map((s) => ({ french: s.french, english: s.english, ...(s.score === undefined ? {} : { score: rounded(s.score) }) })),
  }));
  return `${JSON.stringify({ source: doc.source, ...(doc.model ? { model: doc.model } : {}), paragraphs }, null, 2)}\n`;
}

function html(doc: Bilingual): string {
  const first = doc.paragraphs[0];
  const title = first?.kind === 'title' ? first.pairs.map((s) => s.french).join(' ') : doc.source;
  const rows = doc.paragraphs.map((p) => {
    const cells = p.pairs.map((s) => `<tr><td lang="fr">${escapeHtml(s.french)}</td><td lang="en">${escapeHtml(s.english)}</td></tr>`);
    return `<tbody class="${p.kind}">\n${cells.join('\n')}\n</tbody>`;
  });
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}td{vertical-align:top;padding:.25rem .75rem;width:50%}tbody+tbody td{border-top:1px solid #ddd}.title td,.heading td{font-weight:bold}</style>',
    '</head>',
    '<body>',
    '<table>',
    '<thead><tr><th lang="fr">Français</th><th>English</th></tr></thead>',
    ...rows,
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function markdown(doc: Bilingual): string {
  const rows = doc.paragraphs.flatMap((p) =>
    p.pairs.map((s) => {
      const [fr, en] = [escapeCell(s.french), escapeCell(s.english)];
      return HEADS.has(p.kind) ? `| **${fr}** | **${en}** |` : `| ${fr} | ${en} |`;
    }),
  );
  return ['| Français | English |', '| --- | --- |', ...rows, ''].join('\n');
}

/**
 * @example render({ source: 'a.txt', paragraphs: [{ kind: 'body', pairs: [{ french: 'Oui.', english: 'Yes.' }] }] }, 'tsv')
 * // 'Oui.\tYes.\n'
 */
export function render(doc: Bilingual, format: Format): string {
  switch (format) {
    case 'tsv':
      return tsv(doc);
    case 'json':
      return json(doc);
    case 'html':
      return html(doc);
    case 'md':
      return markdown(doc);
  }
}

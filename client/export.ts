/**
 * The article as a standalone bilingual HTML file: French and English side by side (stacked on a
 * narrow screen), readable offline and printable, with no script. Every piece of the user's text
 * is escaped: an article that contains `<script>` shows it, never runs it.
 *
 * @example download(fileName(title), bilingualHtml({ title, source, paragraphs }));
 */
import type { ReaderParagraph } from './reader-model.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const STYLE = `
body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; font: 1.05rem/1.6 Georgia, 'DejaVu Serif', serif; color: #1d1b18; background: #fff; }
.source { font: 0.85rem system-ui, sans-serif; color: #5f584e; overflow-wrap: anywhere; }
.row { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2.5rem; margin: 0 0 0.8rem; break-inside: avoid; }
.en { color: #3d382f; }
h1.row { font-size: 1.7rem; line-height: 1.25; }
h2.row { font-size: 1.25rem; }
ul { padding: 0; list-style: none; }
li.row > span::before { content: '• '; }
.byline, .dateline, .caption, .credit { font: 0.9rem/1.5 system-ui, sans-serif; color: #5f584e; }
@media (max-width: 40rem) { .row { display: block; } .en { display: block; margin-top: 0.3rem; padding-left: 0.8rem; border-left: 3px solid #d9d2c5; } }
`;

const TAG: Partial<Record<ReaderParagraph['kind'], string>> = { title: 'h1', heading: 'h2', item: 'li' };

function side(p: ReaderParagraph, lang: 'fr' | 'en'): string {
  const text = p.sentences.map((s) => (lang === 'fr' ? s.fr : s.en ?? '')).join(' ');
  return `<span class="${lang}" lang="${lang}">${escapeHtml(text)}</span>`;
}

export interface ExportedArticle {
  title: string;
  /** Where it came from: "pasted", a file name or a URL. */
  source: string;
  paragraphs: readonly ReaderParagraph[];
}

export function bilingualHtml({ title, source, paragraphs }: ExportedArticle): string {
  const rows: string[] = [];
  paragraphs.forEach((p, i) => {
    const tag = TAG[p.kind] ?? 'p';
    // Consecutive list items share one list, as in the reader.
    if (tag === 'li' && paragraphs[i - 1]?.kind !== 'item') rows.push('<ul>');
    rows.push(`<${tag} class="row ${p.kind}">${side(p, 'fr')}${side(p, 'en')}</${tag}>`);
    if (tag === 'li' && paragraphs[i + 1]?.kind !== 'item') rows.push('</ul>');
  });
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<p class="source">${escapeHtml(source)}</p>`,
    '<article>',
    ...rows,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A file name from the title: `Espions russes` → `espions-russes.html`. */
export function fileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'vis-a-vis'}.html`;
}

/** Hands the browser a file to save, as a link the user clicked would. */
export function download(name: string, html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

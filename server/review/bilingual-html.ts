/**
 * A reviewed pair as a standalone bilingual HTML file: a table of links, French beside English,
 * with each link's state and open QA flags; an omission or an addition leaves its empty side as a
 * visible gap. No script, no external resource; every piece of the user's text is escaped by the
 * builder, so a draft that contains `<script>` shows it, never runs it.
 *
 * @example const page = bilingualHtml(pair); // '<!doctype html>\n<html lang="en">…'
 */
import { XMLBuilder } from 'fast-xml-parser';
import { exportRows, xmlSafe, type ExportRow, type ReviewedPair } from './export-rows.ts';

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, indentBy: '  ', suppressEmptyNode: false, unpairedTags: ['meta'], suppressUnpairedNode: false });

// The builder escapes text, so this sheet avoids the characters it would turn into entities.
const STYLE = `
body { margin: 2rem auto; max-width: 80rem; padding: 0 1rem; font: 1rem/1.55 Georgia, serif; color: #1d1b18; background: #fff; }
table { border-collapse: collapse; width: 100%; }
th, td { vertical-align: top; text-align: left; padding: 0.45rem 0.6rem; border-bottom: 1px solid #e3ddd2; }
th { font: 600 0.85rem system-ui, sans-serif; color: #5f584e; }
td.n, td.state { font: 0.8rem system-ui, sans-serif; color: #7a7265; white-space: nowrap; }
td.gap { background: repeating-linear-gradient(45deg, #fbf3e6, #fbf3e6 6px, #fff 6px, #fff 12px); }
ul { margin: 0; padding-left: 1rem; font: 0.85rem/1.4 system-ui, sans-serif; }
li.error { color: #a1260d; }
li.warning { color: #8a5a00; }
li.info { color: #5f584e; }
@media print { td.gap { background: none; border-left: 3px solid #d9a441; } }
`;

function cell(text: string, lang: 'fr' | 'en', present: boolean) {
  return present ? { '@_lang': lang, '#text': xmlSafe(text) } : { '@_class': 'gap', '#text': '' };
}

function row(r: ExportRow) {
  return {
    '@_id': `link-${r.id}`,
    td: [
      { '@_class': 'n', '#text': String(r.id) },
      cell(r.source, 'fr', r.link.source.length > 0),
      cell(r.draft, 'en', r.link.draft.length > 0),
      { '@_class': 'state', '#text': r.state },
      r.flags.length > 0 ? { ul: { li: r.flags.map((f) => ({ '@_class': f.severity, '#text': xmlSafe(`${f.severity} · ${f.rule}: ${f.message}`) })) } } : { '#text': '' },
    ],
  };
}

export function bilingualHtml(pair: ReviewedPair): string {
  const title = xmlSafe(pair.title);
  const page = builder.build({
    html: {
      '@_lang': 'en',
      head: {
        meta: [{ '@_charset': 'utf-8' }, { '@_name': 'viewport', '@_content': 'width=device-width, initial-scale=1' }],
        title,
        style: STYLE,
      },
      body: {
        h1: title,
        table: {
          thead: { tr: { th: ['#', 'Source (French)', 'Draft (English)', 'State', 'QA'] } },
          tbody: { tr: exportRows(pair).map(row) },
        },
      },
    },
  }) as string;
  return `<!doctype html>\n${page}`;
}

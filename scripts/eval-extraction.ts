/**
 * Article extraction measured the way trafilatura's evaluation does it: per page, snippets that
 * must be kept as article text and boilerplate that must not be (absent, or labelled aside/credit).
 *
 * Pages: the hand-written ones in tests/fixtures/html/ (their snippets in snippets.json), then the
 * real pages in ../shared/eval/html/ when present (absent from a user's clone: then it says so).
 * For a real page, the snippets to keep are the blocks of its expected.html (Readability's own
 * reference output) but for its promotions of other articles (`Lire aussi : …`, `Lire : …`), which
 * count as boilerplate with every other block of its source.html (date lines set aside).
 *
 * @example npx tsx scripts/eval-extraction.ts            # figures per page and in total
 * @example npx tsx scripts/eval-extraction.ts --misses   # and every snippet lost or leaked
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { prepareArticle } from '../server/reading/prepare.ts';

const { values } = parseArgs({
  options: {
    misses: { type: 'boolean', default: false },
    fixtures: { type: 'string', default: resolve(import.meta.dirname, '../tests/fixtures/html') },
    eval: { type: 'string', default: resolve(import.meta.dirname, '../../shared/eval/html') },
  },
});

interface Page {
  name: string;
  html: string;
  with: string[];
  without: string[];
}

/** Kinds that say "not the article": what is labelled so counts as excluded. */
const NOT_ARTICLE = new Set(['aside', 'credit']);
/** A block promoting another article, as news sites open it. */
const PROMOTION = /^(?:(?:à|a) )?(?:lire|voir)(?: aussi| également)?\s*:/iu;
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, figcaption, blockquote, td, dd, dt';

/** Every run of spaces as one. */
const spaced = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Snippets are visible text: without invisible characters. The extracted text keeps its own, so
 * a soft hyphen left inside a word (`prélè\u00advements`) fails the snippet it breaks. */
const normalise = (s: string): string => spaced(s.replace(/[\u00ad\u200b\u2060\ufeff]/g, ''));

function leafBlocks(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => normalise(el.textContent ?? ''))
    .filter(Boolean);
}

function fixturePages(folder: string): Page[] {
  const snippets = JSON.parse(readFileSync(join(folder, 'snippets.json'), 'utf8')) as Record<string, { with: string[]; without: string[] }>;
  return Object.entries(snippets)
    .filter(([name]) => name.endsWith('.html'))
    .map(([name, s]) => ({ name, html: readFileSync(join(folder, name), 'utf8'), with: s.with, without: s.without }));
}

function realPages(folder: string): Page[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(folder, d.name, 'source.html')))
    .map((d) => {
      const html = readFileSync(join(folder, d.name, 'source.html'), 'utf8');
      const reference = leafBlocks(readFileSync(join(folder, d.name, 'expected.html'), 'utf8'));
      const expected = reference.filter((b) => !PROMOTION.test(b));
      const promotions = reference.filter((b) => PROMOTION.test(b));
      const meta = JSON.parse(readFileSync(join(folder, d.name, 'expected-metadata.json'), 'utf8')) as { title: string; byline: string };
      const kept = [normalise(meta.title), normalise(meta.byline ?? ''), ...expected].join('\n');
      const { document } = parseHTML(html);
      document.querySelectorAll('script, style, noscript, template, time').forEach((el) => el.remove());
      const body = document.body?.innerHTML ?? '';
      // Boilerplate: blocks of three words or more found nowhere in what the article keeps.
      const without = [...new Set(leafBlocks(body))].filter((b) => b.split(' ').length >= 3 && !kept.includes(b));
      return { name: `${d.name} (shared)`, html, with: expected, without: [...new Set([...promotions, ...without])] };
    });
}

interface Score {
  kept: number;
  with: number;
  excluded: number;
  without: number;
  lost: string[];
  leaked: string[];
}

function score(page: Page): Score {
  let paragraphs: { text: string; kind: string }[] = [];
  try {
    const article = prepareArticle(page.html, 10_000_000);
    paragraphs = article.paragraphs.map((p) => ({ text: spaced(article.source.slice(p.start, p.end)), kind: p.kind }));
  } catch (error) {
    console.log(`  ${page.name}: ${(error as { code?: string }).code ?? String(error)}`);
  }
  const asArticle = (snippet: string): boolean => paragraphs.some((p) => !NOT_ARTICLE.has(p.kind) && p.text.includes(normalise(snippet)));
  const lost = page.with.filter((s) => !asArticle(s));
  const leaked = page.without.filter((s) => asArticle(s));
  return { kept: page.with.length - lost.length, with: page.with.length, excluded: page.without.length - leaked.length, without: page.without.length, lost, leaked };
}

const pages = fixturePages(values.fixtures);
if (existsSync(values.eval)) pages.push(...realPages(values.eval));
else console.log(`No real pages at ${values.eval} (they live beside the project, not in it): hand-written pages only.\n`);

const pct = (a: number, b: number): string => `${((100 * a) / (b || 1)).toFixed(1).padStart(5)} %`;
console.log('page                          kept as article        boilerplate excluded');
const total = { kept: 0, with: 0, excluded: 0, without: 0 };
for (const page of pages) {
  const s = score(page);
  total.kept += s.kept;
  total.with += s.with;
  total.excluded += s.excluded;
  total.without += s.without;
  console.log(`${page.name.padEnd(29)} ${`${s.kept}/${s.with}`.padStart(7)} ${pct(s.kept, s.with)}   ${`${s.excluded}/${s.without}`.padStart(7)} ${pct(s.excluded, s.without)}`);
  if (values.misses) {
    for (const m of s.lost) console.log(`    lost    ${JSON.stringify(m.slice(0, 100))}`);
    for (const m of s.leaked) console.log(`    leaked  ${JSON.stringify(m.slice(0, 100))}`);
  }
}
console.log(`${'total'.padEnd(29)} ${`${total.kept}/${total.with}`.padStart(7)} ${pct(total.kept, total.with)}   ${`${total.excluded}/${total.without}`.padStart(7)} ${pct(total.excluded, total.without)}`);

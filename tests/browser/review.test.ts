/**
 * The review screen in Chromium, as a translator meets it: paste a French text and an English
 * draft with a dropped sentence, a changed number and a misspelled name; see the three flagged in
 * three columns and in the list that jumps to each; detach and merge a link by hand (the request
 * sent and the rows that result); dismiss a flag; export; at desktop width and at 390 px, in
 * English and French, with axe finding nothing serious. Screenshots go to /tmp/shots-review/.
 *
 * The UI tests answer the review API in the page (`fakeReviewServer`: an alignment and flags as
 * the server gives them, corrections replayed with the client's own rules), so their assertions
 * do not move with the aligner; one test runs the whole review on the real server, with its
 * database. The machine column comes from the real segmenter through `fakeTranslations`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import type { BrowserContextOptions, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corrected } from '../../client/state/review-links.ts';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import type { AlignResponse, Correction, QaFlag, ReviewResponse, SavedReview } from '../../server/schemas.ts';
import { openDatabase } from '../../server/store/db.ts';
import { DocumentStore } from '../../server/store/documents.ts';
import { GlossaryStore } from '../../server/store/glossary.ts';
import { ReviewStore } from '../../server/store/reviews.ts';
import { buildClient, chromiumSuite, fakeTranslations } from '../support/browser.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const SHOTS = '/tmp/shots-review';
mkdirSync(SHOTS, { recursive: true });

const FRENCH = [
  'Emmanuel Macron a visité jeudi une usine de Lyon.',
  'Il y a rencontré 250 ouvriers et leurs délégués syndicaux.',
  'La visite, prévue depuis des semaines, a duré trois heures et s’est achevée par un long discours sur l’emploi industriel dans la région.',
  'Le maire de Lyon l’a accueilli à la gare.',
  'Le président repart vendredi pour Bruxelles.',
];
/** The third sentence dropped, 250 become 350, Macron misspelled. */
const ENGLISH = [
  'Emmanuel Macorn visited a factory in Lyon on Thursday.',
  'He met 350 workers and their union representatives there.',
  'The mayor of Lyon welcomed him at the station.',
  'The president leaves for Brussels on Friday.',
];
const SOURCE = `${FRENCH[0]} ${FRENCH[1]} ${FRENCH[2]}\n\n${FRENCH[3]} ${FRENCH[4]}`;
const DRAFT = `${ENGLISH[0]} ${ENGLISH[1]}\n\n${ENGLISH[2]} ${ENGLISH[3]}`;

const spans = (text: string, sentences: string[]) => sentences.map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }));
const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
const ALIGNMENT: AlignResponse = {
  source: spans(SOURCE, FRENCH),
  draft: spans(DRAFT, ENGLISH),
  links: [{ source: [0], draft: [0] }, { source: [1], draft: [1] }, { source: [2], draft: [] }, { source: [3], draft: [2] }, { source: [4], draft: [3] }],
};
const FLAGS: QaFlag[] = [
  { rule: 'name', severity: 'warning', link: 0, message: 'The name Macron appears as Macorn in the draft: check the spelling.', params: { name: 'Macron', found: 'Macorn' }, source: at(SOURCE, 'Macron'), draft: at(DRAFT, 'Macorn'), key: 'name|0|0|9', dismissed: false },
  { rule: 'number', severity: 'error', link: 1, message: 'The number 250 of the source reads 350 in the draft: write 250.', params: { value: '250', expected: '250', found: '350' }, source: at(SOURCE, '250'), draft: at(DRAFT, '350'), key: 'number|1|1|15', dismissed: false },
  { rule: 'omission', severity: 'error', link: 2, message: 'This source sentence has no translation in the draft: translate it.', source: spans(SOURCE, FRENCH)[2], key: 'omission|2|', dismissed: false },
];

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

/** The review routes as the server answers them for this pair; every request is written down. */
async function fakeReviewServer(page: Page): Promise<Sent[]> {
  const sent: Sent[] = [];
  const answer = (body: { corrections?: Correction[]; dismissed?: string[] } = {}): ReviewResponse => {
    const links = corrected(ALIGNMENT.links, body.corrections ?? []);
    // The flags of a link that changed go with it; the others keep their link, found by its sentences.
    const flags = FLAGS.flatMap((f) => {
      const old = ALIGNMENT.links[f.link]!;
      const link = links.findIndex((l) => l.source.join() === old.source.join() && l.draft.join() === old.draft.join());
      return link === -1 ? [] : [{ ...f, link, dismissed: (body.dismissed ?? []).includes(f.key) }];
    });
    return { alignment: { ...ALIGNMENT, links }, flags, staleCorrections: [] };
  };
  let saved: { corrections: Correction[]; dismissed: string[] } = { corrections: [], dismissed: [] };
  await page.route(/\/api\/(review|reviews|glossary)(\/|\?|$)/, (route) =>
    handle(route).catch((error: unknown) => {
      // A test that closes its page while a request is still being answered needs no answer.
      if (!page.isClosed()) throw error;
    }),
  );
  return sent;

  async function handle(route: Route): Promise<void> {
    const request = route.request();
    const url = new URL(request.url());
    const body: unknown = request.postData() ? JSON.parse(request.postData()!) : undefined;
    sent.push({ method: request.method(), path: url.pathname + url.search, body });
    const full = () => ({ ...answer(saved), id: 1, title: FRENCH[0], createdAt: '', updatedAt: '', sourceChars: SOURCE.length, draftChars: DRAFT.length, source: SOURCE, draft: DRAFT, glossary: [], ...saved });
    if (url.pathname === '/api/glossary') return route.fulfill({ json: { terms: [{ source: 'usine', target: 'factory', note: 'pas « plant »' }] } });
    if (url.pathname.endsWith('/export')) {
      return route.fulfill({ body: '<xliff version="2.1"/>', contentType: 'application/xliff+xml', headers: { 'Content-Disposition': 'attachment; filename="macron-a-lyon.xlf"' } });
    }
    if (url.pathname === '/api/review') return route.fulfill({ json: answer(body as object) });
    if (url.pathname === '/api/reviews' && request.method() === 'POST') return route.fulfill({ status: 201, json: full() });
    if (request.method() === 'PATCH') saved = { ...saved, ...(body as object) };
    return route.fulfill({ json: full() });
  }
}

const suite = chromiumSuite();

/** The app with a database of its own for reviews and the glossary (the suite's app has neither). */
async function startReviewApp(): Promise<{ url: string; close(): Promise<void> }> {
  const config = { ...tinyConfig({ VISAVIS_DTYPE: 'q8' }), clientDir: buildClient() };
  const translator = createMarianTranslator(config);
  const db = openDatabase(':memory:');
  const app = createApp({ config, translator, documents: new DocumentStore(db), reviews: new ReviewStore(db), glossary: new GlossaryStore(db) });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await translator.dispose();
      db.close();
    },
  };
}

let real: Awaited<ReturnType<typeof startReviewApp>> | undefined;
beforeAll(async () => {
  if (suite.enabled) real = await startReviewApp();
}, 120_000);
afterAll(async () => real?.close());

async function open(options: BrowserContextOptions = {}, server: 'fake' | 'real' = 'fake'): Promise<{ page: Page; sent: Sent[] }> {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', acceptDownloads: true, ...options });
  const page = await context.newPage();
  const url = server === 'real' ? real!.url : suite.running.url;
  await fakeTranslations(page, url);
  const sent = server === 'fake' ? await fakeReviewServer(page) : [];
  await page.goto(`${url}#/review`);
  return { page, sent };
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

/** Pastes the pair and runs the review, waiting for its rows and every machine line. */
async function review(page: Page, button: string): Promise<void> {
  await page.locator('review-input textarea#source').fill(SOURCE);
  await page.locator('review-input textarea#draft').fill(DRAFT);
  await page.getByRole('button', { name: button }).click();
  await expect.poll(() => page.locator('review-columns .row').count()).toBeGreaterThan(0);
  await expect.poll(() => page.locator('review-columns .cell.machine .none').count()).toBe(0);
}

const rowShapes = (page: Page) => page.locator('review-columns .shape').allTextContents();
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** The light theme's hover and highlight colours (tokens.ts), and no background. */
const [HOVER, LIT, NONE] = ['rgb(238, 243, 248)', 'rgb(253, 240, 196)', 'rgba(0, 0, 0, 0)'];
const background = (page: Page, id: string) => page.locator(`review-columns #${id}`).evaluate((e) => getComputedStyle(e).backgroundColor);

/** The id of the focused cell of the columns. */
const focused = (page: Page) =>
  page.evaluate(() => document.querySelector('visavis-app')!.shadowRoot!.querySelector('review-view')!.shadowRoot!.querySelector('review-columns')!.shadowRoot!.activeElement?.id);

/** The list's lines, spaces (no-break ones too) collapsed. */
const flagItems = (page: Page) => page.locator('review-flags li').allTextContents().then((all) => all.map((s) => s.replace(/\s+/g, ' ').trim()));

describe.skipIf(!suite.enabled)('the review screen in Chromium', () => {
  it('flags the dropped sentence, the changed number and the misspelled name, jumps to them, corrects links and exports', async () => {
    const { page, sent } = await open();
    expect(await page.getByRole('link', { name: 'Review' }).getAttribute('aria-current')).toBe('page');
    expect(await violations(page)).toEqual([]);
    await shoot(page, 'input-en');
    // An opened HTML draft becomes its text, one paragraph per block.
    await page.locator('review-input #file-draft').setInputFiles({ name: 'draft.html', mimeType: 'text/html', buffer: Buffer.from('<p>He met <b>350</b> workers.</p><p>The mayor.</p>') });
    await expect.poll(() => page.locator('review-input textarea#draft').inputValue()).toBe('He met 350 workers.\n\nThe mayor.');
    await review(page, 'Align and check');
    expect(sent.find((s) => s.path === '/api/reviews')).toEqual({ method: 'POST', path: '/api/reviews', body: { source: SOURCE, draft: DRAFT, corrections: [], dismissed: [] } });
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/review/1');

    expect(await rowShapes(page)).toEqual(['1-1', '1-1', '1-0', '1-1', '1-1']);
    expect(await page.locator('review-columns .row').nth(2).locator('.cell.draft').textContent()).toContain('Missing from the draft');
    expect(await page.locator('review-columns .row').nth(1).locator('.badge').textContent()).toMatch(/^\s*✖\s*Error:\s*Number\s*$/);
    expect(await page.locator('review-columns .row').nth(1).locator('.cell.machine').textContent()).toContain(`EN: ${FRENCH[1]}`);
    expect(await page.locator('review-columns mark.term').first().textContent()).toBe('usine');
    expect(await flagItems(page)).toEqual([
      '▲ Warning Link 1 · Name The name Macron appears as Macorn in the draft: check the spelling. Dismiss',
      '✖ Error Link 2 · Number The number 250 of the source reads 350 in the draft: write 250. Dismiss',
      '✖ Error Link 3 · Omission This source sentence has no translation in the draft: translate it. Dismiss',
    ]);
    await shoot(page, 'desktop-en');

    // Hovering a source cell lights its partners; the list jumps to a flag's cell and focuses it.
    await page.locator('review-columns #c-3-source').hover();
    expect([await background(page, 'c-3-draft'), await background(page, 'c-3-machine'), await background(page, 'c-0-draft')]).toEqual([HOVER, HOVER, NONE]);
    await page.locator('review-flags button.jump').nth(1).click();
    expect(await focused(page)).toBe('c-1-draft');
    expect([await background(page, 'c-1-source'), await background(page, 'c-1-machine')]).toEqual([LIT, LIT]);
    expect(await page.locator('review-columns #c-1-draft').getAttribute('aria-describedby')).toBe('c-1-source c-1-machine');
    // The keyboard walks the cells: ↓ to the next link, ← to the source column.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toBe('c-2-source');
    expect([await background(page, 'c-2-machine'), await background(page, 'c-1-machine')]).toEqual([LIT, NONE]);

    // Detach link 2 (He met 350…): it becomes a 1-0 and a 0-1; the correction is saved and the QA reruns with it.
    await page.getByRole('button', { name: 'Detach link 2: source and draft apart' }).click();
    await expect.poll(() => rowShapes(page)).toEqual(['1-1', '1-0', '0-1', '1-0', '1-1', '1-1']);
    const detach = { op: 'detach', link: { source: [1], draft: [1] } };
    expect(sent.filter((s) => s.method === 'PATCH')).toEqual([{ method: 'PATCH', path: '/api/reviews/1', body: { corrections: [detach] } }]);
    expect(sent.at(-1)).toEqual({ method: 'POST', path: '/api/review', body: { source: SOURCE, draft: DRAFT, corrections: [detach], dismissed: [] } });
    expect(await page.locator('review-columns .row').nth(2).locator('.cell.source').textContent()).toContain('Not in the source');

    // Merge the addition with the omission after it: 0-1 + 1-0 → one 1-1 row.
    await page.getByRole('button', { name: 'Merge link 3 with the next' }).click();
    await expect.poll(() => rowShapes(page)).toEqual(['1-1', '1-0', '1-1', '1-1', '1-1']);
    expect(sent.filter((s) => s.method === 'PATCH').at(-1)!.body).toEqual({ corrections: [detach, { op: 'merge', link: { source: [], draft: [1] } }] });
    expect(await page.locator('review-columns .row').nth(2).locator('.cell.source').textContent()).toContain(FRENCH[2]);
    expect(await page.locator('review-columns .row').nth(2).locator('.cell.draft').textContent()).toContain(ENGLISH[1]);

    // Dismiss the name warning: it leaves the list and the margin, and the review remembers it.
    await page.getByRole('button', { name: /^Dismiss: The name Macron/ }).click();
    await expect.poll(() => flagItems(page)).toEqual([]);
    expect(await page.locator('review-columns .badge').count()).toBe(0);
    expect(sent.filter((s) => s.method === 'PATCH').at(-1)!.body).toEqual({ dismissed: ['name|0|0|9'] });
    expect(await page.getByRole('button', { name: 'Show 1 dismissed flag' }).count()).toBe(1);

    // A pinned term: saved with the whole glossary, and the QA runs again with it.
    await page.locator('review-view details summary').click();
    await page.getByLabel('French term').fill('maire');
    await page.getByLabel('English term').fill('mayor');
    await page.getByRole('button', { name: 'Add term' }).click();
    await expect.poll(() => sent.find((s) => s.method === 'PUT')).toEqual({
      method: 'PUT',
      path: '/api/glossary',
      body: { terms: [{ source: 'usine', target: 'factory', note: 'pas « plant »' }, { source: 'maire', target: 'mayor' }] },
    });
    await expect.poll(() => page.locator('review-columns mark.term').allTextContents()).toEqual(['usine', 'factory', 'maire', 'mayor']);
    await shoot(page, 'glossary-en');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'XLIFF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('macron-a-lyon.xlf');
    // Saved whole: the file is what the server sent (reading it also settles the download before the page closes).
    expect(readFileSync((await file.path())!, 'utf8')).toBe('<xliff version="2.1"/>');
    expect(sent.at(-1)!.path).toBe('/api/reviews/1/export?format=xliff');
    expect(await violations(page)).toEqual([]);
    await shoot(page, 'desktop-en-corrected');
    await page.context().close();
  }, 90_000);

  it('stacks each link on a phone, in French, with the messages in French and no axe violation, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'fr-FR', colorScheme });
      await review(page, 'Aligner et vérifier');
      expect(await flagItems(page)).toEqual([
        '▲ Avertissement Lien 1 · Nom propre Le nom Macron devient Macorn dans la traduction : vérifiez l’orthographe. Ignorer',
        '✖ Erreur Lien 2 · Nombre Le nombre 250 de la source devient 350 dans la traduction : écrivez 250. Ignorer',
        '✖ Erreur Lien 3 · Omission Cette phrase de la source n’a pas de traduction : traduisez-la. Ignorer',
      ]);
      // Source, draft and machine one under the other, each as wide as the row.
      const boxes = await page.locator('review-columns .row').nth(1).locator('.cell').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect()).map((r) => ({ left: Math.round(r.left), top: r.top, width: r.width })));
      expect(new Set(boxes.map((b) => b.left)).size).toBe(1);
      expect(boxes[0]!.top < boxes[1]!.top && boxes[1]!.top < boxes[2]!.top).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
      expect(await violations(page)).toEqual([]);
      await shoot(page, `phone-fr-${colorScheme}`);
      await page.getByRole('button', { name: 'Détacher le lien 2\u00a0: séparer source et traduction' }).click();
      await expect.poll(() => rowShapes(page)).toEqual(['1-1', '1-0', '0-1', '1-0', '1-1', '1-1']);
      await page.context().close();
    }
  }, 120_000);

  it('reviews on the real server: its links and flags shown, a detach saved and checked again, kept on reload, exported as XLIFF', async () => {
    const { page } = await open({}, 'real');
    // A glossary imported before the first run: the server reads the TSV, and the QA and the columns use it.
    await page.locator('review-view details summary').click();
    await page.locator('glossary-panel input[type=file]').setInputFiles({ name: 'terms.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from('usine\tfactory\tpas « plant »\n') });
    await expect.poll(() => page.locator('glossary-panel [role=status]').textContent()).toBe('1 term imported.');
    expect(await page.locator('review-view details summary').textContent()).toBe('Glossary · 1 term');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/reviews') && r.request().method() === 'POST');
    await review(page, 'Align and check');
    const saved = (await (await created).json()) as SavedReview;
    const shapes = (links: AlignResponse['links']) => links.map((l) => `${l.source.length}-${l.draft.length}`);
    await expect.poll(() => rowShapes(page)).toEqual(shapes(saved.alignment.links));
    // Where the aligner puts the second sentence decides how the changed 250 shows: a number error, or its sentence left without a translation.
    const text = (span?: { start: number; end: number }) => (span ? SOURCE.slice(span.start, span.end) : '');
    const name = saved.flags.find((f) => f.rule === 'name');
    expect([name?.severity, name?.params]).toEqual(['warning', { name: 'Macron', found: 'Macorn' }]);
    expect(saved.flags.some((f) => f.severity === 'error' && ((f.rule === 'number' && f.params?.value === '250') || (f.rule === 'omission' && text(f.source).includes('250'))))).toBe(true);
    expect((await flagItems(page)).length).toBe(saved.flags.length);

    // Detach the first link: the server replays the correction, and flags the omission and the addition it makes.
    const checked = page.waitForResponse((r) => r.url().endsWith('/api/review') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Detach link 1: source and draft apart' }).click();
    const after = (await (await checked).json()) as ReviewResponse;
    const expected = corrected(saved.alignment.links, [{ op: 'detach', link: saved.alignment.links[0]! }]);
    expect(after.alignment.links).toEqual(expected);
    await expect.poll(() => rowShapes(page)).toEqual(shapes(expected));
    expect(after.flags.filter((f) => f.link < 2).map((f) => [f.rule, f.link])).toEqual([
      ['omission', 0],
      ['addition', 1],
    ]);
    await expect.poll(() => page.locator('review-columns .row').first().locator('.badge').textContent()).toMatch(/Omission/);

    // The saved review opens again with its correction.
    await page.reload();
    await expect.poll(() => rowShapes(page)).toEqual(shapes(expected));
    expect(await page.evaluate(() => location.hash)).toBe(`#/review/${saved.id}`);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'XLIFF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('emmanuel-macron-a-visite-jeudi-une-usine-de-lyon.xlf');
    const xliff = readFileSync((await file.path())!, 'utf8');
    expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    expect(xliff.match(/<unit /g)?.length).toBe(expected.length);
    expect(await page.locator('review-columns mark.term').allTextContents()).toEqual(['usine', 'factory']);
    await page.locator('review-view details summary').click();
    const tsv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export TSV' }).click();
    expect(readFileSync((await (await tsv).path())!, 'utf8')).toContain('usine\tfactory\tpas « plant »');
    await shoot(page, 'desktop-en-real');
    await page.context().close();
  }, 90_000);
});

/**
 * The learner in Chromium, on the real analyzer and lookup (Lefff, the project's tagger) with the
 * dictionary fixture: open an article, click and key through its words, read the word panel, save
 * a word and find it coloured after a reload, hide the English and reveal a sentence by keyboard,
 * gloss mode, the vocabulary page and its exports; desktop and a 390 px phone, English and
 * French, axe on every screen. Screenshots go to /tmp/shots-learner/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import type { SegmentResponse, TranslateEvent } from '../../server/schemas.ts';
import { openDatabase } from '../../server/store/db.ts';
import { DocumentStore } from '../../server/store/documents.ts';
import { VocabularyStore } from '../../server/store/vocabulary.ts';
import { WordEvents } from '../../server/store/word-events.ts';
import { browserSuiteEnabled, buildClient, launchChromium } from '../support/browser.ts';
import { tinyConfig } from '../support/tiny-model.ts';
import { FIXTURE_DICTIONARY } from '../words/stand-ins.ts';

const SHOTS = '/tmp/shots-learner';
const ARTICLE = 'Les ventes s’accroissent de plus en plus vite.\n\nIl a opéré une mise à jour aujourd’hui. L’Occident s’efforce de suivre.';
/** The English each sentence gets (a stand-in for the model, whose tiny test weights write nonsense). */
const ENGLISH: Record<string, string> = {
  'Les ventes s’accroissent de plus en plus vite.': 'Sales are increasing more and more quickly.',
  'Il a opéré une mise à jour aujourd’hui.': 'He carried out an update today.',
  'L’Occident s’efforce de suivre.': 'The West strives to follow.',
};
const FRENCH = Object.keys(ENGLISH);

const enabled = browserSuiteEnabled();
let browser: Browser;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  if (!enabled) return;
  mkdirSync(SHOTS, { recursive: true });
  const clientDir = buildClient();
  browser = await launchChromium();
  const config = { ...tinyConfig({ VISAVIS_DTYPE: 'q8', VISAVIS_DICTIONARY: FIXTURE_DICTIONARY }), clientDir };
  const translator = createMarianTranslator(config);
  const db = openDatabase(':memory:');
  const app = createApp({ config, translator, documents: new DocumentStore(db), vocabulary: new VocabularyStore(db), wordEvents: new WordEvents(db) });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await translator.dispose();
    db.close();
  };
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await close?.();
});

/** Answers /api/translate from the app's segmentation with the English above. */
async function translations(page: Page): Promise<void> {
  await page.route('**/api/translate', async (route) => {
    const body = route.request().postData() ?? '{}';
    const res = await fetch(new URL('api/segment', url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const segmented = (await res.json()) as SegmentResponse;
    const text = (JSON.parse(body) as { text: string }).text;
    const total = segmented.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
    const events: TranslateEvent[] = [{ type: 'segmentation', paragraphs: segmented.paragraphs, sentences: total, model: 'fake' }];
    segmented.paragraphs.forEach((p, paragraph) =>
      p.sentences.forEach((s, sentence) => events.push({ type: 'sentence', paragraph, sentence, translation: ENGLISH[text.slice(s.start, s.end)] ?? 'EN', score: -0.2 })),
    );
    events.push({ type: 'done', sentences: total, translated: total, ms: { total: 10, firstSentence: 5 } });
    await route.fulfill({ body: events.map((e) => JSON.stringify(e)).join('\n') + '\n', contentType: 'application/x-ndjson' });
  });
}

async function open(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', ...options });
  const page = await context.newPage();
  page.on('close', () => void context.close());
  await translations(page);
  return page;
}

/** Reads the article (a new document) and waits for its words. */
async function read(page: Page): Promise<void> {
  await page.goto(url);
  await page.locator('source-input textarea').fill(ARTICLE);
  await page.locator('source-input button.primary').click();
  await waitForWords(page);
}

async function waitForWords(page: Page): Promise<void> {
  await expect.poll(() => page.locator('aligned-reader .s.en:not(.pending)').count(), { timeout: 30_000 }).toBe(3);
  await expect.poll(() => page.locator('aligned-reader .w').count(), { timeout: 30_000 }).toBeGreaterThan(20);
}

const word = (page: Page, text: string) => page.locator('aligned-reader .s.fr .w').getByText(text, { exact: true });
const panel = (page: Page) => page.locator('word-panel');
/** The text of the element the keyboard is on, through the shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.textContent ?? '';
  });

/** axe's serious and critical findings (as screens.test.ts counts them), as "rule: target" lines. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
}

describe.skipIf(!enabled)('the learner in Chromium', () => {
  it('opens words by click and keyboard, saves one, colours it by status, and keeps it after a reload', async () => {
    const page = await open();
    await read(page);
    // Every character of each sentence is still there, as text.
    expect((await page.locator('aligned-reader .s.fr').allTextContents()).map((s) => s.trim())).toEqual(FRENCH);
    expect(await word(page, 'opéré').getAttribute('class')).toBe('w st-unknown');
    expect(await page.locator('learner-controls').first().locator('.counts').textContent()).toMatch(/^\s*\d+ unknown\s+0 learning\s+0 known\s*$/);

    await word(page, 'opéré').click();
    await expect.poll(() => panel(page).locator('.grammar').textContent()).toMatch(/^\s*opéré → opérer, verb, past participle\s*$/);
    expect(await panel(page).locator('h2').textContent()).toBe('opéré');
    expect(await panel(page).locator('ol li').allTextContents()).toEqual(['carry out', 'work', 'operate']);
    expect(await panel(page).locator('mark').allTextContents()).toEqual(['carried out']);
    expect(await page.locator('aligned-reader .s.en mark').allTextContents()).toEqual(['carried out']);
    await page.screenshot({ path: `${SHOTS}/desktop-panel-en.png` });
    expect(await violations(page)).toEqual([]);

    // A status on a word not saved yet saves it; the word and the counts change at once.
    await panel(page).getByRole('button', { name: 'Learning, level 1' }).click();
    await expect.poll(() => panel(page).getByRole('status').textContent()).toBe('Saved with its sentence.');
    expect(await word(page, 'opéré').getAttribute('class')).toContain('st-learning-1');
    expect(await panel(page).getByRole('button', { name: 'Learning, level 1' }).getAttribute('aria-pressed')).toBe('true');

    // Escape closes the panel and gives the keyboard back to the word; → goes on to the next word, Enter opens it.
    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page).isHidden()).toBe(true);
    expect(await focused(page)).toBe('opéré');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('une');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel(page).locator('h2').textContent()).toBe('une');
    await page.keyboard.press('Escape');

    // An expression and a name.
    await word(page, 'plus').first().click();
    await expect.poll(() => panel(page).locator('h2').textContent()).toBe('de plus en plus');
    expect(await panel(page).locator('ol li').first().textContent()).toBe('more and more');
    await word(page, 'accroissent').click();
    await expect.poll(() => panel(page).locator('.grammar').textContent()).toMatch(/accroissent → accroître, verb, present, 3rd person plural/);
    expect(await panel(page).locator('ol li').first().textContent()).toBe('increase');
    await panel(page).getByRole('button', { name: 'Known' }).click();
    await expect.poll(() => word(page, 'accroissent').getAttribute('class')).toBe('w st-known');

    await page.reload();
    await waitForWords(page);
    await expect.poll(() => word(page, 'opéré').getAttribute('class')).toBe('w st-learning-1');
    expect(await word(page, 'accroissent').getAttribute('class')).toBe('w st-known');
    expect(await page.locator('learner-controls').first().locator('.counts').textContent()).toMatch(/^\s*\d+ unknown\s+1 learning\s+1 known\s*$/);
    await page.close();
  }, 90_000);

  it('hides the English and reveals a sentence by keyboard; gloss mode puts the top gloss above words to learn', async () => {
    const page = await open();
    await read(page);
    await page.locator('learner-controls').first().getByLabel('Hide').selectOption('english');
    const en = page.locator('aligned-reader .s.en');
    expect(await en.nth(1).evaluate((el) => getComputedStyle(el).filter)).toContain('blur');
    await page.locator('aligned-reader .s.fr').first().focus();
    await page.keyboard.press('j');
    await expect.poll(() => page.locator('aligned-reader').getAttribute('active')).toBe('1:0');
    // Moving there does not reveal it: Enter does, and leaving blurs it again.
    expect(await en.nth(1).evaluate((el) => getComputedStyle(el).filter)).toContain('blur');
    const reveal = page.waitForRequest((r) => r.url().endsWith('/api/vocabulary/events') && r.postDataJSON().kind === 'reveal');
    await page.keyboard.press('Enter');
    await expect.poll(() => en.nth(1).evaluate((el) => getComputedStyle(el).filter)).toBe('none');
    expect((await reveal).postDataJSON()).toEqual({ kind: 'reveal', text: FRENCH[1], offset: 0, documentId: expect.any(Number) });
    // Enter also took the keyboard into the sentence's words.
    expect(await focused(page)).toBe('Il');
    await page.screenshot({ path: `${SHOTS}/desktop-hide-english.png` });
    await page.keyboard.press('j');
    await expect.poll(() => en.nth(1).evaluate((el) => getComputedStyle(el).filter)).toContain('blur');

    await page.locator('learner-controls').first().getByLabel('Hide').selectOption('none');
    await page.locator('learner-controls').first().getByRole('button', { name: 'Glosses' }).click();
    await expect.poll(() => page.locator('aligned-reader .w', { hasText: 'ventes' }).locator('rt').textContent(), { timeout: 15_000 }).toBe('sale');
    await page.screenshot({ path: `${SHOTS}/desktop-glosses.png` });
    expect(await violations(page)).toEqual([]);
    await page.locator('learner-controls').first().getByRole('button', { name: 'Glosses' }).click();

    // At the end of the article: every word still without a status becomes known, the learner's own stay.
    const end = page.locator('learner-controls[placement=end]');
    await end.getByRole('button', { name: 'Mark the rest as known' }).click();
    await expect.poll(() => end.getByRole('status').textContent()).toMatch(/^\d+ words marked as known\.$/);
    expect(await page.locator('learner-controls').first().locator('.counts').textContent()).toMatch(/^\s*0 unknown\s+1 learning\s+\d+ known\s*$/);
    expect(await word(page, 'opéré').getAttribute('class')).toBe('w st-learning-1');
    expect(await word(page, 'ventes').getAttribute('class')).toBe('w st-known');
    expect(await end.getByRole('button', { name: 'Mark the rest as known' }).isDisabled()).toBe(true);
    await page.close();
  }, 90_000);

  it('lists the saved words on the vocabulary page, edits a meaning, and offers the exports', async () => {
    const page = await open();
    await page.goto(`${url}#/vocabulary`);
    const entries = page.locator('vocabulary-view li.entry');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.locator('h3').allTextContents()).toEqual(['accroissent → accroître', 'opéré → opérer']);
    const opere = entries.filter({ hasText: 'opéré' });
    expect(await opere.locator('.sentence mark').textContent()).toBe('opéré');
    await opere.getByLabel('Meaning').fill('carry out (an operation)');
    await opere.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => opere.getByRole('status').textContent()).toBe('Saved.');
    const csv = await (await fetch(new URL('api/vocabulary/export?format=csv', url))).text();
    expect(csv).toContain('carry out (an operation)');
    expect(await page.locator('vocabulary-view a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/api/vocabulary/export?format=apkg',
      '/api/vocabulary/export?format=anki-text',
      '/api/vocabulary/export?format=csv',
    ]);
    await page.locator('vocabulary-view select').first().selectOption('known');
    await expect.poll(() => entries.locator('h3').allTextContents()).toEqual(['accroissent → accroître']);
    await page.locator('vocabulary-view select').first().selectOption('');
    await expect.poll(() => entries.count()).toBe(2);
    await page.screenshot({ path: `${SHOTS}/desktop-vocabulary.png`, fullPage: true });
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('reads the sentence in focus and the open word aloud in a French voice, and shows no Listen button without one', async () => {
    const page = await open();
    // A browser with one French voice; what it is asked to say is written down.
    await page.addInitScript(() => {
      const said: { text: string; lang: string }[] = ((window as unknown as { said: unknown }).said = []);
      class Utterance {
        voice: unknown = null;
        lang = '';
        constructor(readonly text: string) {}
      }
      Object.assign(window, { SpeechSynthesisUtterance: Utterance });
      Object.assign(speechSynthesis, {
        getVoices: () => [{ lang: 'en-US', name: 'English' }, { lang: 'fr_FR', name: 'Amélie' }],
        speak: (u: Utterance) => said.push({ text: u.text, lang: u.lang }),
        cancel: () => undefined,
      });
    });
    await read(page);
    await page.locator('aligned-reader .s.fr').nth(1).focus();
    await page.locator('learner-controls').first().getByRole('button', { name: 'Listen to the sentence in focus' }).click();
    await word(page, 'opéré').click();
    await panel(page).getByRole('button', { name: 'Listen to “opéré”' }).click();
    expect(await page.evaluate(() => (window as unknown as { said: unknown }).said)).toEqual([
      { text: FRENCH[1], lang: 'fr_FR' },
      { text: 'opéré', lang: 'fr_FR' },
    ]);
    await page.close();

    const silent = await open();
    await read(silent);
    await word(silent, 'opéré').click();
    await expect.poll(() => panel(silent).locator('h2').textContent()).toBe('opéré');
    expect(await silent.getByRole('button', { name: /^Listen/ }).count()).toBe(0);
    await silent.close();
  }, 60_000);

  it('works on a 390 px phone in French, light and dark: a bottom sheet, every control inside the screen', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open({ viewport: { width: 390, height: 844 }, locale: 'fr-FR', colorScheme, isMobile: true, hasTouch: true });
      await read(page);
      await word(page, 'opéré').tap();
      await expect.poll(() => panel(page).locator('.grammar').textContent()).toMatch(/^\s*opéré → opérer, verbe, participe passé\s*$/);
      // Saved from another article: the lemma's status shows, and this sentence can be saved too.
      expect(await panel(page).getByRole('button', { name: 'En cours, niveau 1' }).getAttribute('aria-pressed')).toBe('true');
      expect(await panel(page).getByRole('button', { name: 'Enregistrer' }).count()).toBe(1);
      const box = (await panel(page).boundingBox())!;
      expect(box.x).toBe(0);
      expect(Math.round(box.width)).toBe(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
      await page.screenshot({ path: `${SHOTS}/phone-panel-fr-${colorScheme}.png` });
      expect(await violations(page)).toEqual([]);
      await page.goto(`${url}#/vocabulary`);
      await expect.poll(() => page.locator('vocabulary-view li.entry').count()).toBe(2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
      await page.screenshot({ path: `${SHOTS}/phone-vocabulary-fr-${colorScheme}.png`, fullPage: true });
      expect(await violations(page)).toEqual([]);
      await page.close();
    }
  }, 120_000);
});

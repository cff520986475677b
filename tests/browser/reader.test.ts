import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ErrorBody, HealthResponse } from '../../server/schemas.ts';
import { browserSuiteEnabled, buildClient, launchChromium, startApp, type RunningApp } from '../support/browser.ts';
import { hasSample, readSample } from '../support/sample.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const ARTICLE = hasSample
  ? readSample()
  : 'Espions russes et bélarusses\n\nPar Epoch Times avec AFP\n\nM. Loukachenko a parlé. Il repart demain.';
const SENTENCES = hasSample ? 22 : 4;
if (!hasSample) console.warn('The reference article in ../shared/samples/ is missing: the reader is checked on a four-sentence stand-in.');

const enabled = browserSuiteEnabled();
let browser: Browser;
let running: RunningApp;
let missing: RunningApp;

beforeAll(async () => {
  if (!enabled) return;
  // The page is the built client: build it once so the test sees the current source.
  const client = buildClient();
  browser = await launchChromium();
  running = await startApp(tinyConfig({ VISAVIS_DTYPE: 'q8' }), client);
  missing = await startApp(tinyConfig({ VISAVIS_MODEL: 'Xenova/opus-mt-fr-en', VISAVIS_DTYPE: 'q8' }), client);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
  await missing?.close();
});

/** What /api/health says while the server downloads the model: 63 of 140 MB. */
const DOWNLOADING: HealthResponse = {
  status: 'ok',
  model: { id: 'Xenova/opus-mt-fr-en', dtype: 'q8', state: 'downloading', download: { received: 63e6, total: 140e6, file: 'onnx/decoder_model_merged_quantized.onnx' } },
  cache: { state: 'on' },
  limits: { maxChars: 50_000 },
};
const UNAVAILABLE: ErrorBody = { error: { code: 'MODEL_UNAVAILABLE', message: 'It is downloading: 45 % (63 of 140 MB).' } };

/** A page whose server says the model is downloading (and refuses to translate) until `ready()`. */
async function whileDownloading(page: Page): Promise<{ ready(): Promise<void> }> {
  await page.route('**/api/health', (route) => route.fulfill({ json: DOWNLOADING }));
  await page.route('**/api/translate', (route) => route.fulfill({ status: 503, json: UNAVAILABLE }));
  return {
    async ready() {
      await page.unroute('**/api/health');
      await page.unroute('**/api/translate');
    },
  };
}

async function openAndRead(url: string, prepare?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await prepare?.(page);
  await page.goto(url);
  await page.locator('source-input textarea').fill(ARTICLE);
  await page.getByRole('button', { name: 'Read with English' }).click();
  return page;
}

describe.skipIf(!enabled)('the reader in Chromium', () => {
  it('shows one English element per French sentence and lights up the pair on hover and keys', async () => {
    const page = await openAndRead(running.url);
    await expect.poll(() => page.locator('[role=progressbar]').getAttribute('aria-valuenow'), { timeout: 30_000 }).toBe(String(SENTENCES));
    const french = page.locator('aligned-reader .s.fr');
    const english = page.locator('aligned-reader .s.en');
    expect(await french.count()).toBe(SENTENCES);
    expect(await english.count()).toBe(SENTENCES);
    expect(await page.locator('aligned-reader .s.en.pending').count()).toBe(0);
    const frKeys = await french.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    const enKeys = await english.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(enKeys).toEqual(frKeys);

    // The text is rendered as text: the French of each element is exactly a slice of the input.
    for (const text of await french.allTextContents()) expect(ARTICLE).toContain(text.trim());

    // An article opens with the keyboard on its first sentence; the mouse lights a pair up without taking its place.
    await expect.poll(() => page.locator('aligned-reader').getAttribute('active')).toBe(frKeys[0]);
    const third = french.nth(2);
    await third.hover();
    const key = await third.getAttribute('data-key');
    await expect.poll(() => page.locator(`aligned-reader .s.en[data-key="${key}"]`).getAttribute('class')).toContain('hover');
    expect(await page.locator('aligned-reader .s.hover').count()).toBe(2);
    expect(await page.locator('aligned-reader').getAttribute('active')).toBe(frKeys[0]);

    await third.focus();
    await expect.poll(() => page.locator('aligned-reader').getAttribute('active')).toBe(key);
    expect(await page.locator('aligned-reader .s.active').count()).toBe(2);
    await page.keyboard.press('j');
    const next = frKeys[3];
    await expect.poll(() => page.locator('aligned-reader').getAttribute('active')).toBe(next);
    expect(await page.locator(`aligned-reader .s.en[data-key="${next}"]`).getAttribute('class')).toContain('active');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('aligned-reader').getAttribute('active')).toBe(key);

    await page.getByRole('button', { name: 'Interleaved' }).click();
    expect(await page.locator('aligned-reader').getAttribute('layout')).toBe('interleaved');
    await page.close();
  });

  it('switches the interface to French', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(running.url);
    await page.getByRole('button', { name: 'FR' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Lire avec l’anglais' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.close();
  });

  it('shows the model-missing banner with the command, and still the French in sentences', async () => {
    const page = await openAndRead(missing.url);
    const banner = page.locator('model-banner [role=alert]');
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(1);
    expect(await banner.locator('code').textContent()).toBe('VISAVIS_MODELS_DIR=tests/fixtures/models npm run models:fetch');
    await expect.poll(() => page.locator('aligned-reader .s.fr').count()).toBe(SENTENCES);
    await page.close();
  });

  it('shows the download progress as an accessible bar while the server downloads the model', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await whileDownloading(page);
    await page.goto(running.url);
    const bar = page.locator('model-banner [role=progressbar]');
    await expect.poll(() => bar.count()).toBe(1);
    expect(await bar.getAttribute('aria-valuenow')).toBe('45');
    expect(await bar.getAttribute('aria-valuemin')).toBe('0');
    expect(await bar.getAttribute('aria-valuemax')).toBe('100');
    expect(await bar.getAttribute('aria-label')).toBe('Translation model download');
    expect(await page.locator('model-banner strong').textContent()).toBe('Downloading the translation model… 45% (63 of 140 MB)');
    await page.close();
  });

  it('translates the article shown in French once the model is ready, without a reload', async () => {
    let server: { ready(): Promise<void> } | undefined;
    const page = await openAndRead(running.url, async (p) => (server = await whileDownloading(p)));
    await expect.poll(() => page.locator('aligned-reader .s.fr').count()).toBe(SENTENCES);
    expect(await page.locator('aligned-reader .s.en.missing').count()).toBe(SENTENCES);
    await server!.ready();
    const progress = page.locator('reading-progress [role=progressbar]');
    await expect.poll(() => progress.getAttribute('aria-valuenow'), { timeout: 30_000 }).toBe(String(SENTENCES));
    expect(await page.locator('model-banner [role=status], model-banner [role=alert]').count()).toBe(0);
    expect(await page.locator('aligned-reader .s.en.pending').count()).toBe(0);
    await page.close();
  });

  it('reads an opened .txt file (UTF-8 or Windows-1252), and refuses other files with a message', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(running.url);
    const input = page.locator('source-input input[type=file]');
    await input.setInputFiles({ name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from('Un titre\n\nUne phrase. Une autre.') });
    await expect.poll(() => page.locator('source-input textarea').inputValue()).toBe('Un titre\n\nUne phrase. Une autre.');
    // Saved on Windows: "élève" in Windows-1252, not UTF-8.
    await input.setInputFiles({ name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0xe9, 0x6c, 0xe8, 0x76, 0x65, 0x2e]) });
    await expect.poll(() => page.locator('source-input textarea').inputValue()).toBe('élève.');
    await input.setInputFiles({ name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from('Un titre\n\nUne phrase. Une autre.') });
    await input.setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) });
    await expect.poll(() => page.locator('source-input [role=alert]').textContent()).toContain('photo.jpg is not a text file');
    expect(await page.locator('source-input textarea').inputValue()).toBe('Un titre\n\nUne phrase. Une autre.');
    await page.close();
  });

  it('renders user HTML as text, never as markup', async () => {
    const page = await browser.newPage();
    await page.goto(running.url);
    await page.locator('source-input textarea').fill('Un titre <img src=x onerror="window.pwned=1">\n\nLe texte <b>gras</b> reste du texte.');
    await page.getByRole('button', { name: 'Read with English' }).click();
    await expect.poll(() => page.locator('aligned-reader .s.fr').count()).toBe(2);
    expect(await page.locator('aligned-reader img, aligned-reader b').count()).toBe(0);
    expect(await page.locator('aligned-reader .s.fr').nth(1).textContent()).toContain('<b>gras</b>');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.close();
  });
});

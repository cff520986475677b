/**
 * `<visavis-reader>` on a page of another origin, in Chromium: the module comes from the
 * Vis-à-vis server, the element translates its own text through the API (CORS for the origins
 * VISAVIS_ALLOWED_ORIGINS lists) and says what it does through events; a page from an origin not
 * listed gets no translation.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuiteEnabled, buildClient, buildEmbed, launchChromium, startApp, type RunningApp } from '../support/browser.ts';
import { pageServer, type PageServer } from '../support/page-server.ts';
import { TINY_FP32, tinyConfig } from '../support/tiny-model.ts';

const TEXT = 'Bonjour. Au revoir.';
const enabled = browserSuiteEnabled();
let browser: Browser;
let app: RunningApp;
let allowed: PageServer;
let other: PageServer;

function host(appUrl: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog</title>
<style>p, span { color: red !important; font-size: 40px !important; }</style>
<script>window.seen = []; for (const type of ['visavis-ready', 'visavis-sentence-focus', 'visavis-error']) document.addEventListener(type, (e) => window.seen.push({ type, detail: e.detail }));</script>
<script type="module" src="${appUrl}embed/visavis-reader.js"></script></head>
<body><h1>Mon blog</h1><visavis-reader src="${appUrl}" lang="fr" hide="english">${TEXT}</visavis-reader></body></html>`;
}

beforeAll(async () => {
  if (!enabled) return;
  const serve = (body: () => string) => pageServer((_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body()));
  allowed = await serve(() => host(app.url));
  other = await serve(() => host(app.url));
  const config = { ...tinyConfig({ VISAVIS_ALLOWED_ORIGINS: allowed.origin }), embedDir: buildEmbed() };
  app = await startApp(config, buildClient());
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await allowed?.close();
  await other?.close();
});

const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: { type: string; detail: unknown }[] }).seen);

describe.skipIf(!enabled)('<visavis-reader> on another site', () => {
  it('renders the aligned sentences from the server, in its own styles, and reports focus', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    await page.goto(allowed.url('/'));
    await expect.poll(() => seen(page).then((events) => events.map((e) => e.type)), { timeout: 30_000 }).toContain('visavis-ready');
    const reader = page.locator('visavis-reader aligned-reader');
    expect(await reader.locator('.s.fr').allTextContents()).toEqual(['Bonjour.', 'Au revoir.']);
    expect(await reader.locator('.s.en').allTextContents()).toEqual([TINY_FP32['Bonjour.'], TINY_FP32['Au revoir.']]);
    // The host page's !important rules do not reach inside.
    expect(await reader.locator('.s.fr').first().evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 0, 0)');
    // English hidden until its sentence has the focus.
    expect(await reader.locator('.s.en').first().evaluate((el) => getComputedStyle(el).filter)).toContain('blur');
    await reader.locator('.s.fr').nth(1).click();
    expect(await reader.locator('.s.en').nth(1).evaluate((el) => getComputedStyle(el).filter)).toBe('none');
    const focus = (await seen(page)).filter((e) => e.type === 'visavis-sentence-focus').at(-1);
    expect(focus?.detail).toEqual({ index: 1, paragraph: 0, sentence: 1, french: 'Au revoir.', english: TINY_FP32['Au revoir.'] });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(warnings).toEqual([]);
    await page.close();
  }, 60_000);

  it('gets no translation on a page whose origin the server does not list', async () => {
    const page = await browser.newPage();
    await page.goto(other.url('/'));
    await expect.poll(() => seen(page).then((events) => events.map((e) => e.type)), { timeout: 30_000 }).toEqual(['visavis-error']);
    expect(await page.locator('visavis-reader aligned-reader .s.en').count()).toBe(0);
    expect(await page.locator('visavis-reader [part=status]').textContent()).not.toBe('');
    // The server answered the preflight or request without a CORS header for this origin.
    const res = await fetch(`${app.url}api/health`, { headers: { Origin: other.origin } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    await page.close();
  }, 60_000);
});

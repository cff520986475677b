/**
 * The API reference page in Chromium: it renders the document's operations from files this server
 * serves, under the page's CSP, and asks nothing of any other host (it works offline).
 */
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from '../support/browser.ts';

const suite = chromiumSuite();

describe.skipIf(!suite.enabled)('the API reference at /api/docs', () => {
  it('renders every tag of the API with nothing fetched from elsewhere', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const elsewhere: string[] = [];
    const blocked: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(suite.running.url)) elsewhere.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && m.text().includes('Content Security Policy')) blocked.push(m.text());
    });
    await page.goto(`${suite.running.url}api/docs`);
    await expect.poll(() => page.getByRole('heading', { name: 'Vis-à-vis API' }).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole('heading', { name: 'Reading', exact: true }).count()).toBe(1);
    // The sidebar lists every tag (later sections render as they scroll into view).
    const sidebar = await page.locator('aside, nav').first().innerText();
    for (const tag of ['Reading', 'Library', 'Reference']) expect(sidebar).toContain(tag);
    expect(elsewhere).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });
});

/**
 * The machine's word on the sentence the reader is on, in Chromium with the tiny model: its
 * confidence as a meter, the checks (the tiny model's noise loses the year), a quiet mark on the
 * English, and other wordings on demand from the beam search.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from '../support/browser.ts';

const suite = chromiumSuite();

describe.skipIf(!suite.enabled)('the sentence details', () => {
  it('show confidence, what the checks found, and other wordings', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await page.goto(suite.running.url);
    await page.locator('source-input textarea').fill('Bonjour. Il est né en 1952.');
    await page.getByRole('button', { name: 'Read with English' }).click();
    await expect.poll(() => page.locator('reading-progress [role=progressbar]').getAttribute('aria-valuenow'), { timeout: 30_000 }).toBe('2');
    expect(await page.locator('aligned-reader .s.en.checked').count()).toBe(1);

    await page.locator('aligned-reader .s.en').nth(1).click();
    const info = page.locator('sentence-info');
    await expect.poll(() => info.locator('meter').count()).toBe(1);
    const value = Number(await info.locator('meter').evaluate((m) => (m as HTMLMeterElement).value));
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
    expect(await info.locator('.check').allTextContents()).toEqual(['The number 1952 is not in the English.']);

    await info.getByRole('button', { name: 'Other wordings' }).click();
    await expect.poll(() => info.locator('ol li').count(), { timeout: 30_000 }).toBeGreaterThan(0);

    const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: '/tmp/sentence-info.png' });
    await page.close();
  }, 90_000);
});

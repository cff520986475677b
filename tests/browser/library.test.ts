/**
 * The library in Chromium: every article opened is saved, listed, searched, deleted with an undo
 * and reopened where the reader left it; the address bar names each screen; web addresses are
 * imported and markup becomes text before it reaches the box.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from '../support/browser.ts';

const ARTICLE = 'Espions russes et bélarusses\n\nPar Epoch Times avec AFP\n\nM. Loukachenko a parlé. Il repart demain.';
const TITLE = 'Espions russes et bélarusses';

const suite = chromiumSuite();

async function open(hash = '', locale = 'en-US'): Promise<Page> {
  const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 }, locale, acceptDownloads: true });
  await page.goto(`${suite.running.url}${hash}`);
  return page;
}

/** Pastes the article, reads it, and waits for every English sentence. */
async function readArticle(page: Page, text = ARTICLE): Promise<void> {
  await page.locator('source-input textarea').fill(text);
  await page.getByRole('button', { name: 'Read with English' }).click();
  await expect.poll(() => page.locator('reading-progress [role=progressbar]').getAttribute('aria-valuenow'), { timeout: 30_000 }).toBe('4');
}

const titles = (page: Page) => page.locator('library-view a.title').allTextContents();
const active = (page: Page) => page.locator('aligned-reader').getAttribute('active');

describe.skipIf(!suite.enabled)('the library in Chromium', () => {
  it('saves a pasted article, lists, searches, deletes with undo, and reopens it where the reader left it, after a reload too', async () => {
    const page = await open();
    await readArticle(page);
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/doc\/\d+$/);
    const docHash = new URL(page.url()).hash;
    await expect.poll(() => page.title()).toBe(`${TITLE} — Vis-à-vis`);

    // The keyboard moves to the fourth sentence; the position reaches the server once it settles.
    const patched = page.waitForRequest((r) => r.method() === 'PATCH' && r.postDataJSON()?.position === 3);
    await page.locator('aligned-reader .s.fr').nth(1).click();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await active(page)).toBe('2:1');
    await patched;

    await page.getByRole('link', { name: 'Library' }).click();
    await expect.poll(() => titles(page)).toContain(TITLE);
    expect(new URL(page.url()).hash).toBe('#/library');
    expect(await page.title()).toBe('Library — Vis-à-vis');
    expect(await page.locator('library-view .meta').first().textContent()).toBe('Pasted · Read just now · 97 characters');

    const search = page.getByRole('searchbox', { name: 'Search the library' });
    await search.fill('belarus');
    await expect.poll(() => titles(page)).toEqual([TITLE]);
    await search.fill('belarus zzz');
    await expect.poll(() => page.locator('library-view .empty').textContent()).toBe('No article has every word of “belarus zzz”.');
    await search.fill('');
    await expect.poll(() => titles(page)).toContain(TITLE);

    const before = (await titles(page)).length;
    await page.getByRole('button', { name: `Delete “${TITLE}”` }).first().click();
    await expect.poll(() => titles(page)).toHaveLength(before - 1);
    expect(await page.locator('library-view .toast .message').textContent()).toBe(`“${TITLE}” deleted.`);
    // The keyboard lands on Undo, so Enter undoes.
    await page.keyboard.press('Enter');
    await expect.poll(() => titles(page)).toHaveLength(before);
    expect(await page.locator('library-view .toast').count()).toBe(0);

    await page.locator(`library-view a.title[href="${docHash}"]`).click();
    await expect.poll(() => active(page), { timeout: 15_000 }).toBe('2:1');
    const focused = () => page.evaluate(() => document.querySelector('visavis-app')?.shadowRoot?.querySelector('aligned-reader')?.shadowRoot?.activeElement?.textContent);
    expect(await focused()).toBe('Il repart demain.');

    await page.reload();
    await expect.poll(() => active(page), { timeout: 15_000 }).toBe('2:1');
    expect(await focused()).toBe('Il repart demain.');

    // A move the debounce has not sent yet leaves with the page (pagehide, keepalive).
    await page.keyboard.press('k');
    expect(await active(page)).toBe('2:0');
    await page.reload();
    await expect.poll(() => active(page), { timeout: 15_000 }).toBe('2:0');

    // Back goes to the library, Forward to the document again.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/library');
    await expect.poll(() => titles(page)).toContain(TITLE);
    await page.goForward();
    await expect.poll(() => active(page), { timeout: 15_000 }).toBe('2:0');
    await page.close();
  });

  it('says so in the UI language when the address names no document', async () => {
    const page = await open('#/doc/999999', 'fr-FR');
    await expect.poll(() => page.locator('visavis-app [role=alert]').textContent()).toBe(
      'Cet article n’est pas dans la bibliothèque\u00a0: il a peut-être été supprimé.',
    );
    await page.close();
  });

  it('imports a web address through the server, and says why in the UI language when it cannot', async () => {
    const page = await open();
    const asked: unknown[] = [];
    await page.route('**/api/import', async (route) => {
      const body = route.request().postDataJSON() as { url: string };
      asked.push(body);
      if (body.url.includes('vide')) {
        await route.fulfill({ status: 422, json: { error: { code: 'URL_NOT_ARTICLE', message: 'No article at this address.' } } });
        return;
      }
      const text = 'Un titre importé\n\nLa première phrase. La seconde phrase.';
      await route.fulfill({ json: { text, title: 'Un titre importé', url: body.url, paragraphs: [] } });
    });
    const box = page.locator('source-input textarea');
    await box.fill('https://www.example.fr/vide.html');
    await page.getByRole('button', { name: 'Fetch and read' }).click();
    await expect.poll(() => page.locator('visavis-app [role=alert]').textContent()).toBe(
      'No article was found at this address. Copy the article’s text instead.',
    );
    await page.getByRole('button', { name: 'FR' }).click();
    await expect.poll(() => page.locator('visavis-app [role=alert]').textContent()).toBe(
      'Aucun article trouvé à cette adresse. Copiez plutôt le texte de l’article.',
    );
    await page.getByRole('button', { name: 'EN' }).click();

    await box.fill('  https://www.example.fr/article.html ');
    expect(await page.locator('source-input .status').textContent()).toBe('A web address: the article will be fetched from www.example.fr.');
    await page.getByRole('button', { name: 'Fetch and read' }).click();
    await expect.poll(() => page.locator('aligned-reader .s.fr').allTextContents()).toEqual(['Un titre importé', 'La première phrase.', 'La seconde phrase.']);
    expect(asked).toEqual([{ url: 'https://www.example.fr/vide.html' }, { url: 'https://www.example.fr/article.html' }]);

    await page.getByRole('link', { name: 'Library' }).click();
    const item = page.locator('library-view li', { hasText: 'Un titre importé' });
    await expect.poll(() => item.locator('.meta span').first().textContent()).toBe('www.example.fr');
    expect(await item.locator('.meta span').first().getAttribute('title')).toBe('https://www.example.fr/article.html');
    await page.close();
  });

  it('turns pasted markup and an opened .html page into the French they hold', async () => {
    const page = await open();
    const box = page.locator('source-input textarea');
    await box.focus();
    await page.evaluate(() => {
      const area = document.querySelector('visavis-app')!.shadowRoot!.querySelector('source-input')!.shadowRoot!.querySelector('textarea')!;
      const data = new DataTransfer();
      data.setData('text/plain', '<h1>Le titre</h1>\n<p>Une phrase <b>grasse</b>.</p><script>window.pwned = 1</script>');
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => box.inputValue()).toBe('Le titre\n\nUne phrase grasse.');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

    const pageHtml = `<!doctype html><html><head><title>Le site</title></head><body><nav>Menu Accueil</nav><article><h1>Un accord</h1>
      <p>Les services de renseignement russes ont annoncé jeudi un accord de coopération avec leurs voisins.</p>
      <p>Il entre en vigueur demain, selon un communiqué publié par les deux pays.</p></article></body></html>`;
    await page.locator('source-input input[type=file]').setInputFiles({ name: 'accord.html', mimeType: 'text/html', buffer: Buffer.from(pageHtml) });
    // The server extracts the page on a worker thread, which takes a moment to start.
    await expect.poll(() => box.inputValue(), { timeout: 15_000 }).toContain('Les services de renseignement russes ont annoncé jeudi');
    const text = await box.inputValue();
    expect(text).not.toContain('<');
    expect(text).not.toContain('Menu Accueil');
    await page.close();
  });

  it('downloads the article as a standalone bilingual HTML file with the text escaped, and prints it in two columns without the chrome', async () => {
    const page = await open();
    await readArticle(page, 'Un titre <b>gras</b>\n\nPar Epoch Times avec AFP\n\nM. Dupont est arrivé. Il repart demain.');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('un-titre-b-gras-b.html');
    const html = readFileSync((await file.path())!, 'utf8');
    expect(html).toContain('<h1 class="row title"><span class="fr" lang="fr">Un titre &lt;b&gt;gras&lt;/b&gt;</span>');
    expect(html).toContain('<span class="fr" lang="fr">M. Dupont est arrivé. Il repart demain.</span>');
    expect(html).not.toContain('<b>');
    expect(html.match(/<span class="en" lang="en">/g)).toHaveLength(3);

    await page.getByRole('button', { name: 'Interleaved' }).click();
    expect(await page.locator('aligned-reader article').getAttribute('class')).toBe('pairs');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('aligned-reader article').getAttribute('class')).toBe('side');
    for (const chrome of ['visavis-header', 'reading-progress', 'model-banner', 'visavis-app .hint']) {
      expect(await page.locator(chrome).evaluate((e) => getComputedStyle(e).display), chrome).toBe('none');
    }
    await page.close();
  });
});

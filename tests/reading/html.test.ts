import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, looksLikeHtml } from '../../server/reading/html.ts';
import { prepareArticle } from '../../server/reading/prepare.ts';
import { missingShared, sharedPath } from '../support/shared.ts';

const HTML_EVAL = sharedPath('eval/html/');
const PAGES = ['lemonde-1', 'liberation-1'];

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>Un</p></body></html>', true],
    ['  <html lang="fr"><p>Un</p></html>', true],
    ['<p>Un.</p><p>Deux.</p><p>Trois.</p><h2>Quatre</h2><p>Cinq.</p>', true],
    ['Le texte <b>gras</b> reste du texte.', false],
    ['Il a écrit « <p> » dans son message, puis est parti.', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});

describe('prepareArticle on HTML', () => {
  it('extracts headings and paragraphs, and segments the extracted text', () => {
    const html = `<!doctype html><html><head><title>Le titre</title></head><body>
      <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
      <article><h1>Le titre</h1><p class="byline">Par Jeanne Martin</p>
      <p>M. Dupont est arrivé lundi à Paris. Il repart demain pour Lyon, où il doit rencontrer des élus locaux et des chefs d’entreprise.</p>
      <h2>Un accueil chaleureux</h2>
      <p>La foule l’attendait depuis le matin devant la mairie. Plusieurs centaines de personnes avaient fait le déplacement malgré la pluie.</p>
      <figure><img src="x.jpg"><figcaption>La mairie, lundi matin. Photo AFP</figcaption></figure>
      </article><footer>© Journal</footer></body></html>`;
    const article = prepareArticle(html, 100_000);
    const text = article.text!;
    expect(text).not.toContain('<');
    expect(text).not.toContain('Accueil');
    expect(article.paragraphs.map((p) => [p.kind, text.slice(p.start, p.end).slice(0, 24)])).toEqual([
      ['title', 'Le titre'],
      ['byline', 'Par Jeanne Martin'],
      ['body', 'M. Dupont est arrivé lun'],
      ['heading', 'Un accueil chaleureux'],
      ['body', 'La foule l’attendait dep'],
      ['caption', 'La mairie, lundi matin. '],
    ]);
    expect(article.sentences[2]!.text).toBe('M. Dupont est arrivé lundi à Paris.');
  });

  it('rejects a page with no article', () => {
    expect(() => prepareArticle('<!doctype html><html><body><nav><a href="/">x</a></nav></body></html>', 10_000)).toThrow(
      expect.objectContaining({ code: 'NO_ARTICLE' }),
    );
  });
});

/** Readability's reference output for each page, and where ours differs from it on purpose. */
const REAL_PAGES = [
  // Le Monde: the two promotions of other articles (`Lire aussi : …`, `Lire : …`) are dropped.
  { page: 'lemonde-1', byline: 'Martin Untersinger (avec Damien Leloup et Morgane Tual)', dateline: '04.05.2015 à 13h36', dropped: 2 },
  // Libération: the reference byline, `Par Sébastien Farcis`, signs an article of the page's
  // "Sur le même sujet" list, which is dropped; the page gives AFP as the author (itemprop).
  { page: 'liberation-1', byline: 'AFP', dateline: '30 avril 2015 à 07:19', dropped: 0 },
];
const PROMOTION = /^(?:lire|lire aussi)\s*:/iu;

describe.skipIf(missingShared(HTML_EVAL, 'real news pages'))('real news pages (../shared/eval/html)', () => {
  it.each(REAL_PAGES)('$page: the reference article, headed by its title, byline and date of publication', ({ page, byline, dateline, dropped }) => {
    const source = readFileSync(`${HTML_EVAL}${page}/source.html`, 'utf8');
    const expectedHtml = readFileSync(`${HTML_EVAL}${page}/expected.html`, 'utf8');
    const metadata = JSON.parse(readFileSync(`${HTML_EVAL}${page}/expected-metadata.json`, 'utf8')) as { title: string };
    const { document } = parseHTML(`<html><body>${expectedHtml}</body></html>`);
    const reference = [...document.querySelectorAll('p, h2, h3, h4, li, figcaption, blockquote')]
      .filter((el) => !el.querySelector('p, h2, h3, h4, li, figcaption, blockquote'))
      .map((el) => (el.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim())
      .filter(Boolean);
    const expected = reference.filter((p) => !PROMOTION.test(p));
    expect(reference.length - expected.length).toBe(dropped);

    const article = extractArticle(source)!;
    expect(article.title).toBe(metadata.title);
    expect(article.byline).toBe(byline);
    expect(article.dateline).toBe(dateline);
    expect(article.text.split('\n\n')).toEqual([metadata.title, byline, dateline, ...expected]);
  });
});

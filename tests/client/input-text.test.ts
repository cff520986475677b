import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { looksLikeMarkup, markupToText, singleUrl } from '../../client/input-text.ts';

describe('what the input box holds', () => {
  it.each([
    ['https://www.lemonde.fr/international/article/2021/06/03/espions.html', 'https://www.lemonde.fr/international/article/2021/06/03/espions.html'],
    ['  http://example.fr/a?b=c#d \n', 'http://example.fr/a?b=c#d'],
    ['HTTPS://EXAMPLE.FR', 'https://example.fr/'],
    ['https://example.fr/a https://example.fr/b', undefined],
    ['Lisez https://example.fr/a', undefined],
    ['ftp://example.fr/a', undefined],
    ['javascript:alert(1)', undefined],
    ['https://', undefined],
    ['', undefined],
  ])('reads %j as the address %j', (text, url) => {
    expect(singleUrl(text)).toBe(url);
  });

  it.each([
    ['<p>Bonjour.</p><p>Au revoir.</p>', true],
    ['  <!DOCTYPE html><html><body>x</body></html>', true],
    ['<div>Une ligne<br>une autre', true],
    ['<html lang="fr">', true],
    ['Le texte <b>gras</b> reste du texte.', false],
    ['<3 les vacances', false],
    ['Bonjour.', false],
  ])('tells markup %j: %s', (text, markup) => {
    expect(looksLikeMarkup(text)).toBe(markup);
  });

  it('turns markup into its text, one paragraph per block, without scripts or styles', () => {
    const { DOMParser } = parseHTML('<!doctype html><html><body></body></html>');
    // linkedom builds no <body> around a bare fragment as browsers do, so the test gives it one.
    const html = `<!doctype html><html><body><style>p { color: red }</style><h1>Le  titre</h1>
      <p>Une phrase <b>grasse</b>.<br>Une autre ligne.</p><script>alert(1)</script>
      <ul><li>Un</li><li>Deux</li></ul>Texte final</body></html>`;
    expect(markupToText(html, new DOMParser() as unknown as globalThis.DOMParser)).toBe(
      'Le titre\n\nUne phrase grasse.\n\nUne autre ligne.\n\nUn\n\nDeux\n\nTexte final',
    );
  });
});

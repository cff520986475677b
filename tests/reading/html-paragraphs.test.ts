/**
 * The walk from HTML blocks to paragraphs: every text node in exactly one paragraph, in document
 * order, whatever nests in what; in time linear in the page.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlParagraphs } from '../../server/reading/html.ts';

const texts = (fragment: string): string[] => htmlParagraphs(fragment).map((p) => p.text);

describe('htmlParagraphs', () => {
  it.each([
    ['a block’s own text before, between and after its child blocks', '<p><font>Un.<br><br>Deux.</font><p>Trois.</p>Quatre.</p>', ['Un.', 'Deux.', 'Trois.', 'Quatre.']],
    ['text loose in a <td> beside a <p> and a <div>', '<table><tr><td>Avant.<p>Dedans.</p>Après.<div>Encore.</div>Fin.</td></tr></table>', ['Avant.', 'Dedans.', 'Après.', 'Encore.', 'Fin.']],
    ['<br><br> splits a paragraph, one <br> breaks a line, spaces between them do not count', '<p>Par Jean Dupont<br>Le 3 juin 2021<br> \n <br>Le texte.</p>', ['Par Jean Dupont\nLe 3 juin 2021', 'Le texte.']],
    ['HTML spaces collapse, no-break spaces stay', '<p>Il a dit\n   «\u00a0oui\u00a0»\t !</p>', ['Il a dit «\u00a0oui\u00a0» !']],
    ['soft hyphens, zero-width spaces, word joiners and BOMs go', '<p>terri\u00adtorial,\u200b le\u2060 \ufeffpont</p>', ['territorial, le pont']],
    ['words split by inline tags stay joined, words apart stay apart', '<p>L’<b>État</b> <i>paie</i></p>', ['L’État paie']],
    ['scripts, styles and navigation are no text', '<p>Un<script>var x = 1;</script> deux</p><style>p {}</style><nav><a href="/">Accueil</a></nav>', ['Un deux']],
    ['a promotion of another article goes, the same words without a link stay', '<p>Lire aussi : <a href="/x">Un autre article</a></p><p>À lire aussi, le rapport du Sénat.</p>', ['À lire aussi, le rapport du Sénat.']],
  ])('%s', (_name, fragment, expected) => {
    expect(texts(fragment)).toEqual(expected);
  });

  it('marks list items, numbered from the list’s start, and keeps an item’s text around its blocks', () => {
    expect(htmlParagraphs('<ul><li>Un<p>Deux.</p>Trois</li></ul><ol start="3"><li>Trois</li><li>Quatre<ul><li>sous-point</li></ul></li></ol>')).toEqual([
      { text: '• Un', kind: 'item' },
      { text: 'Deux.', kind: 'item' },
      { text: 'Trois', kind: 'item' },
      { text: '3. Trois', kind: 'item' },
      { text: '4. Quatre', kind: 'item' },
      { text: '• sous-point', kind: 'item' },
    ]);
  });

  it('gives headings, captions and quotations their kind', () => {
    expect(htmlParagraphs('<h2>Un accueil</h2><figure><img src="x.jpg"><figcaption>La mairie</figcaption></figure><blockquote>« Oui. »</blockquote>')).toEqual([
      { text: 'Un accueil', kind: 'heading' },
      { text: 'La mairie', kind: 'caption' },
      { text: '« Oui. »', kind: 'body' },
    ]);
  });
});

/** Nested markup of blocks, inline elements and line breaks around French words. */
const word = fc.constantFrom('Le', 'chat', 'dort.', 'Il', 'part,', 'à', 'Paris', 'Mme', '«\u00a0oui\u00a0»', 'vite ?');
const TAGS = ['p', 'div', 'font', 'span', 'b', 'a href="/x"', 'td', 'tr', 'table', 'li', 'ul', 'ol', 'section', 'blockquote', 'h2', 'figcaption', 'time'];
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('text'), fc.constant('<br>'), tie('element')),
  text: fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' ')),
  element: fc
    .tuple(fc.constantFrom(...TAGS), fc.array(tie('tree'), { maxLength: 4 }), fc.constantFrom('', ' ', '\n'))
    .map(([tag, children, space]) => `<${tag}>${(children as string[]).join(space)}</${tag.split(' ')[0]}>`),
}));
const visible = (s: string): string => s.replace(/\s/g, '');

describe('no text is lost', () => {
  it('the paragraphs hold every visible character of the fragment once, in order', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (trees) => {
        const fragment = (trees as string[]).join('');
        const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
        const paragraphs = texts(fragment).map((t) => t.replace(/^(?:• |\d+\. )/, ''));
        expect(visible(paragraphs.join(''))).toBe(visible(document.body.textContent ?? ''));
        for (const p of paragraphs) expect(p.trim()).toBe(p);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('1 MB of markup built to hurt, in linear time', () => {
  const MB = 1_000_000;
  // Parsing 1 MB takes linkedom a few seconds; a walk quadratic in the page would take minutes.
  const LINEAR_MS = 15_000;
  const repeat = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length));

  it.each([
    ['one paragraph of 200 000 lines', `<p>${repeat('a<br>')}`, 1],
    ['200 000 list items', `<ul>${repeat('<li>x')}`, 200_000],
    ['paragraphs nested in <p><font> with <br><br>, never closed', repeat('<p><font>Le chat dort.<br><br>'), 33_334],
    ['soft hyphens between every letter', `<p>${repeat('a\u00ad')}`, 1],
  ])('%s', (_name, fragment, count) => {
    expect(htmlParagraphs(fragment)).toHaveLength(count);
  }, LINEAR_MS);
});

import { describe, expect, it } from 'vitest';
import { bilingualHtml, escapeHtml, fileName } from '../../client/export.ts';
import type { ReaderParagraph } from '../../client/reader-model.ts';

const PARAGRAPHS: ReaderParagraph[] = [
  { kind: 'title', sentences: [{ key: '0:0', fr: 'Le <titre> & co', en: 'The <title> & co' }] },
  { kind: 'body', sentences: [{ key: '1:0', fr: 'Il dit « <script>alert(1)</script> ».', en: 'He says "<script>".' }, { key: '1:1', fr: 'Fin.' }] },
  { kind: 'item', sentences: [{ key: '2:0', fr: 'Un', en: 'One' }] },
  { kind: 'item', sentences: [{ key: '3:0', fr: 'Deux', en: 'Two' }] },
];

describe('the bilingual HTML export', () => {
  it('escapes every character that could open markup', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('writes the article as rows of French and English, headings and lists as such, all text escaped', () => {
    const html = bilingualHtml({ title: 'Le <titre>', source: 'https://example.fr/?a=1&b=<2>', paragraphs: PARAGRAPHS });
    expect(html).toContain('<title>Le &lt;titre&gt;</title>');
    expect(html).toContain('<p class="source">https://example.fr/?a=1&amp;b=&lt;2&gt;</p>');
    expect(html).toContain('<h1 class="row title"><span class="fr" lang="fr">Le &lt;titre&gt; &amp; co</span><span class="en" lang="en">The &lt;title&gt; &amp; co</span></h1>');
    expect(html).toContain(
      '<p class="row body"><span class="fr" lang="fr">Il dit « &lt;script&gt;alert(1)&lt;/script&gt; ». Fin.</span><span class="en" lang="en">He says &quot;&lt;script&gt;&quot;. </span></p>',
    );
    expect(html).toContain('<ul>\n<li class="row item"><span class="fr" lang="fr">Un</span><span class="en" lang="en">One</span></li>\n<li class="row item">');
    expect(html.match(/<ul>/g)).toHaveLength(1);
    expect(html).not.toContain('<script');
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
  });

  it('names the file after the title, without accents or punctuation', () => {
    expect(fileName('Espions russes et bélarusses : « l’Occident »')).toBe('espions-russes-et-belarusses-l-occident.html');
    expect(fileName('???')).toBe('vis-a-vis.html');
    expect(fileName('a'.repeat(100))).toBe(`${'a'.repeat(60)}.html`);
  });
});

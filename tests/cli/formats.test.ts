import { describe, expect, it } from 'vitest';
import { render, type Bilingual } from '../../cli/formats.ts';
import { progressBar } from '../../cli/progress.ts';

const DOC: Bilingual = {
  source: 'a.txt',
  model: 'm',
  paragraphs: [
    { kind: 'title', pairs: [{ french: 'Le «\u00a0titre\u00a0» | x', english: 'The <title>', score: -1.234567 }] },
    { kind: 'body', pairs: [{ french: 'Il part.\tVite.', english: 'He\nleaves.', score: 0 }] },
  ],
};

describe('render', () => {
  it('writes TSV: French, tab, English, one pair a line, with tabs and breaks made spaces', () => {
    expect(render(DOC, 'tsv')).toBe('Le «\u00a0titre\u00a0» | x\tThe <title>\nIl part. Vite.\tHe leaves.\n');
  });

  it('writes JSON with scores to four decimals', () => {
    expect(JSON.parse(render(DOC, 'json'))).toEqual({
      source: 'a.txt',
      model: 'm',
      paragraphs: [
        { kind: 'title', sentences: [{ french: 'Le «\u00a0titre\u00a0» | x', english: 'The <title>', score: -1.2346 }] },
        { kind: 'body', sentences: [{ french: 'Il part.\tVite.', english: 'He\nleaves.', score: 0 }] },
      ],
    });
  });

  it('writes a Markdown table with pipes escaped and heads in bold', () => {
    expect(render(DOC, 'md')).toBe('| Français | English |\n| --- | --- |\n| **Le «\u00a0titre\u00a0» \\| x** | **The <title>** |\n| Il part. Vite. | He leaves. |\n');
  });

  it('writes a bilingual HTML page with the text escaped', () => {
    const page = render(DOC, 'html');
    expect(page).toContain('<title>Le «\u00a0titre\u00a0» | x</title>');
    expect(page).toContain('<tbody class="title">\n<tr><td lang="fr">Le «\u00a0titre\u00a0» | x</td><td lang="en">The &lt;title&gt;</td></tr>\n</tbody>');
    expect(page).toContain('<tbody class="body">\n<tr><td lang="fr">Il part.\tVite.</td><td lang="en">He\nleaves.</td></tr>\n</tbody>');
  });
});

describe('progressBar', () => {
  it.each([
    [0, 12, '[------------------------]  0/12 sentences  a.txt'],
    [3, 12, '[######------------------]  3/12 sentences  a.txt'],
    [12, 12, '[########################] 12/12 sentences  a.txt'],
  ])('draws %i of %i', (done, total, line) => {
    expect(progressBar(done, total, 'a.txt')).toBe(line);
  });
});

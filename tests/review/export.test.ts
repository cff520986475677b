/**
 * The four exports of a reviewed pair, built from an alignment made by hand: XLIFF 2.0 valid
 * against the official core schema (xmllint), TMX read back by translate-toolkit, TSV and the
 * standalone bilingual HTML, each with exact contents.
 */
import { describe, expect, it } from 'vitest';
import { bilingualHtml } from '../../server/review/bilingual-html.ts';
import { exportFile } from '../../server/review/export.ts';
import { exportRows, fileStem, type ReviewedPair } from '../../server/review/export-rows.ts';
import { tmx } from '../../server/review/tmx.ts';
import { tsv } from '../../server/review/tsv.ts';
import { xliff } from '../../server/review/xliff.ts';
import type { QaFlag } from '../../server/schemas.ts';
import { exportToolsEnabled, readTmx, validateTmx, validateXliff } from './tools.ts';

const SOURCE = 'Le taux atteint 3,5 %. Le chat dort. Fin du texte.';
const DRAFT = 'The rate reaches 3.5%. <script>alert("x")</script> & more\tmore. The end.';

const flag = (f: Omit<QaFlag, 'key' | 'dismissed'>, dismissed = false): QaFlag => ({ ...f, key: `${f.rule}|${f.link}`, dismissed });

/** 1-1, 1-0 (omission), 0-1 (addition), 1-1; an open error on the omission, a dismissed warning on the addition. */
const PAIR: ReviewedPair = {
  title: 'Un taux à 3,5 %',
  sourceText: SOURCE,
  draftText: DRAFT,
  alignment: {
    source: [
      { start: 0, end: 22 },
      { start: 23, end: 36 },
      { start: 37, end: 50 },
    ],
    draft: [
      { start: 0, end: 22 },
      { start: 23, end: 63 },
      { start: 64, end: 72 },
    ],
    links: [
      { source: [0], draft: [0] },
      { source: [1], draft: [] },
      { source: [], draft: [1] },
      { source: [2], draft: [2] },
    ],
  },
  flags: [
    flag({ rule: 'omission', severity: 'error', link: 1, message: 'This sentence is missing from the draft: <Le chat dort.>', source: { start: 23, end: 36 } }),
    flag({ rule: 'addition', severity: 'warning', link: 2, message: 'This sentence has no source.', draft: { start: 23, end: 63 } }, true),
    flag({ rule: 'punctuation', severity: 'info', link: 3, message: 'A note.', draft: { start: 64, end: 72 } }),
  ],
};

describe('export rows', () => {
  it('give each link its text, its open flags and its state', () => {
    expect(exportRows(PAIR).map((r) => [r.id, r.source, r.draft, r.state, r.flags.map((f) => f.rule)])).toEqual([
      [1, 'Le taux atteint 3,5 %.', 'The rate reaches 3.5%.', 'reviewed', []],
      [2, 'Le chat dort.', '', 'initial', ['omission']],
      [3, '', '<script>alert("x")</script> & more\tmore.', 'reviewed', []],
      [4, 'Fin du texte.', 'The end.', 'reviewed', ['punctuation']],
    ]);
  });

  it('name files after the title, in ASCII', () => {
    expect(fileStem('Un taux à 3,5 % : l’été!')).toBe('un-taux-a-3-5-l-ete');
    expect(fileStem('«»')).toBe('review');
    expect(exportFile(PAIR, 'xliff')).toMatchObject({ contentType: 'application/xliff+xml; charset=utf-8', fileName: 'un-taux-a-3-5.xlf' });
    expect(exportFile(PAIR, 'html').fileName).toBe('un-taux-a-3-5.html');
  });
});

describe('XLIFF 2.0', () => {
  const file = xliff(PAIR);

  it('holds one unit and segment per link, the state, and open flags as notes', () => {
    expect(file).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">');
    expect(file.match(/<unit /g)).toHaveLength(4);
    expect(file.match(/<segment id="s\d" state="(\w+)">/g)).toEqual([
      '<segment id="s1" state="reviewed">',
      '<segment id="s2" state="initial">',
      '<segment id="s3" state="reviewed">',
      '<segment id="s4" state="reviewed">',
    ]);
    expect(file).toContain('<note category="omission" priority="1" appliesTo="source">This sentence is missing from the draft: &lt;Le chat dort.&gt;</note>');
    expect(file).not.toContain('This sentence has no source.');
    expect(file).toContain('<target xml:space="preserve">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more\tmore.</target>');
  });

  it('replaces characters XML cannot hold, so the file still parses', () => {
    const odd = xliff({ ...PAIR, sourceText: SOURCE.replace('chat', 'c\fat') });
    expect(odd).toContain('Le c\ufffdat dort.');
  });

  describe.runIf(exportToolsEnabled())('against the official schema', () => {
    it('is valid, and a file breaking the schema is not (the check can fail)', () => {
      expect(validateXliff(file)).toEqual({ valid: true, output: expect.stringContaining('validates') });
      const broken = validateXliff(file.replace('state="initial"', 'state="approved"'));
      expect(broken.valid).toBe(false);
      expect(broken.output).toContain("'approved' is not an element of the set");
    });

    it('stays valid with characters XML cannot hold in the texts', () => {
      expect(validateXliff(xliff({ ...PAIR, draftText: DRAFT.replace('more', 'mo\u0001re\ud800') })).valid).toBe(true);
    });
  });
});

describe('TMX 1.4b', () => {
  const file = tmx(PAIR);

  it('keeps only links with both languages, with their state and open flags', () => {
    expect(file).toContain('<tmx version="1.4">');
    expect(file).toContain('srclang="fr"');
    expect(file.match(/<tu tuid="(\d)">/g)).toEqual(['<tu tuid="1">', '<tu tuid="4">']);
    expect(file).toContain('<note>info punctuation: A note.</note>');
  });

  it.runIf(exportToolsEnabled())('is valid against the TMX 1.4 DTD, and a unit without its language is not', () => {
    expect(validateTmx(file).valid).toBe(true);
    const broken = validateTmx(file.replace('<tuv xml:lang="en">', '<tuv>'));
    expect(broken.valid).toBe(false);
    expect(broken.output).toContain('Element tuv does not carry attribute xml:lang');
  });

  it.runIf(exportToolsEnabled())('is read back by translate-toolkit', () => {
    expect(readTmx(file)).toEqual([
      { source: 'Le taux atteint 3,5 %.', target: 'The rate reaches 3.5%.', notes: '' },
      { source: 'Fin du texte.', target: 'The end.', notes: 'info punctuation: A note.' },
    ]);
  });
});

describe('TSV', () => {
  it('writes one line per link, escaping tabs, line breaks and backslashes', () => {
    const pair = { ...PAIR, draftText: DRAFT.replace('& more', '&\\more') };
    expect(tsv(pair).split('\n')).toEqual([
      'link\tsource\tdraft\tstate\tflags',
      '1\tLe taux atteint 3,5 %.\tThe rate reaches 3.5%.\treviewed\t',
      '2\tLe chat dort.\t\tinitial\terror omission: This sentence is missing from the draft: <Le chat dort.>',
      '3\t\t<script>alert("x")</script> &\\\\more\\tmore.\treviewed\t',
      '4\tFin du texte.\tThe end.\treviewed\tinfo punctuation: A note.',
      '',
    ]);
  });
});

describe('bilingual HTML', () => {
  const page = bilingualHtml(PAIR);

  it('is a standalone page with no script, every text escaped', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page).not.toMatch(/<script|<link|src=/);
    expect(page).toContain('<td lang="en">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more\tmore.</td>');
    expect(page).toContain('<title>Un taux à 3,5 %</title>');
  });

  it('shows the missing side of an omission or an addition as a gap, and open flags only', () => {
    expect(page.match(/<td class="gap"><\/td>/g)).toHaveLength(2);
    expect(page).toContain('<li class="error">error · omission: This sentence is missing from the draft: &lt;Le chat dort.&gt;</li>');
    expect(page).not.toContain('This sentence has no source.');
  });
});

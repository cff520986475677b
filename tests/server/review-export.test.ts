/**
 * POST /api/review/export?format= and GET /api/reviews/:id/export?format=: each file with its
 * media type and download name, XLIFF valid against the official schema, TMX read back by
 * translate-toolkit, the corrections and dismissals of the request in the file; an unknown
 * format is a 400.
 */
import { describe, expect, it } from 'vitest';
import type { ErrorBody, SavedReview } from '../../server/schemas.ts';
import { DRAFT, reviewApp, SOURCE } from '../review/app.ts';
import { exportToolsEnabled, readTmx, validateTmx, validateXliff } from '../review/tools.ts';

const { call } = reviewApp();
const BODY = { source: SOURCE, draft: DRAFT, title: 'Hausse des salaires' };
const exported = (format: string, body: object = BODY) => call('POST', `/api/review/export?format=${format}`, body);

describe('POST /api/review/export', () => {
  it.each([
    ['xliff', 'application/xliff+xml; charset=utf-8', 'hausse-des-salaires.xlf'],
    ['tmx', 'application/x-tmx+xml; charset=utf-8', 'hausse-des-salaires.tmx'],
    ['tsv', 'text/tab-separated-values; charset=utf-8', 'hausse-des-salaires.tsv'],
    ['html', 'text/html; charset=utf-8', 'hausse-des-salaires.html'],
  ])('answers %s as %s named %s', async (format, type, name) => {
    const res = await exported(format);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
  });

  it('names the file after the first French sentence when no title is sent', async () => {
    const res = await exported('tsv', { source: SOURCE, draft: DRAFT });
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="le-gouvernement-a-annonce-jeudi-une-hausse-de-3-5-des-salair.tsv"');
  });

  it('writes the corrected alignment, each link’s state and its open flags (TSV)', async () => {
    const res = await exported('tsv', { ...BODY, corrections: [{ op: 'detach', link: { source: [4], draft: [3] } }], dismissed: ['name|s1|d1|19-25|16-22'] });
    expect(res.text.split('\n').map((line) => line.split('\t').filter((_, i) => i !== 1 && i !== 2))).toEqual([
      ['link', 'state', 'flags'],
      ['1', 'translated', 'error number: The number 3,5 of the source reads 4.5 in the draft: write 3.5.'],
      ['2', 'reviewed', ''],
      ['3', 'initial', 'error omission: This source sentence has no translation in the draft: translate it.'],
      ['4', 'reviewed', ''],
      ['5', 'initial', 'error omission: This source sentence has no translation in the draft: translate it.'],
      ['6', 'translated', 'warning addition: This draft sentence has no source sentence: check that it belongs.'],
      [''],
    ]);
    expect(res.text.split('\n')[6]!.split('\t').slice(1, 3)).toEqual(['', 'The measure will come into force on January 1, 2025.']);
  });

  it('refuses an unknown format with 400, naming the valid ones', async () => {
    const res = await exported('pdf');
    expect(res.status).toBe(400);
    expect((res.body as ErrorBody).error).toEqual({ code: 'BAD_REQUEST', message: 'format is one of xliff, tmx, tsv, html.' });
  });

  describe.runIf(exportToolsEnabled())('read by real tools', () => {
    it('XLIFF is valid against the official XLIFF 2.0 core schema, with the omission as a segment without target', async () => {
      const { text } = await exported('xliff');
      expect(validateXliff(text).valid).toBe(true);
      expect(text).toMatch(/<segment id="s3" state="initial">\s*<source xml:space="preserve">La réunion a duré 3 heures et a réuni 45 délégués de 12 syndicats, dont la CGT et la CFDT.<\/source>\s*<\/segment>/);
    });

    it('TMX is read back by translate-toolkit: the four translated links', async () => {
      const { text } = await exported('tmx');
      expect(validateTmx(text).valid).toBe(true);
      const units = readTmx(text);
      expect(units.map((u) => u.target)).toEqual(DRAFT.split(/(?<=\.) /));
      expect(units.map((u) => u.notes)).toEqual(['error number: The number 3,5 of the source reads 4.5 in the draft: write 3.5.', 'warning name: The name Dupont appears as Dupond in the draft: check the spelling.', '', '']);
      expect(units[0]!.source).toBe('Le gouvernement a annoncé jeudi une hausse de 3,5 % des salaires des fonctionnaires.');
    });
  });
});

describe('GET /api/reviews/:id/export', () => {
  it('exports a saved review with its corrections and dismissals', async () => {
    const created = (await call('POST', '/api/reviews', { ...BODY, corrections: [{ op: 'detach', link: { source: [0], draft: [0] } }] })).body as SavedReview;
    const res = await call('GET', `/api/reviews/${created.id}/export?format=tsv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="hausse-des-salaires.tsv"');
    expect(res.text.split('\n').slice(1, 3).map((l) => l.split('\t').slice(0, 4))).toEqual([
      ['1', 'Le gouvernement a annoncé jeudi une hausse de 3,5 % des salaires des fonctionnaires.', '', 'initial'],
      ['2', '', "The government announced on Thursday a 4.5% rise in civil servants' salaries.", 'translated'],
    ]);
  });

  it('answers 404 for a review that does not exist and 400 for an unknown format', async () => {
    expect((await call('GET', '/api/reviews/999/export?format=tsv')).status).toBe(404);
    expect((await call('GET', '/api/reviews/1/export?format=doc')).status).toBe(400);
  });
});

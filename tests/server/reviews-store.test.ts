/**
 * Saved reviews and the glossary, from the stores (what is written is read back exactly) to the
 * routes: POST/GET/PATCH/DELETE /api/reviews, GET/PUT /api/glossary, its TSV/CSV import and
 * export; 507 STORAGE_FULL when the disk refuses a write, 503 STORAGE_UNAVAILABLE without a database.
 */
import { describe, expect, it } from 'vitest';
import type { ErrorBody, GlossaryImportResponse, GlossaryResponse, ReviewList, SavedReview } from '../../server/schemas.ts';
import { openDatabase } from '../../server/store/db.ts';
import { DRAFT, reviewApp, SOURCE } from '../review/app.ts';
import { GlossaryStore } from '../../server/store/glossary.ts';
import { ReviewStore } from '../../server/store/reviews.ts';

const FIELDS = {
  title: 'Un accord',
  source: 'Il pleut. Il vente.',
  draft: ['It rains.', 'It\nblows.'],
  glossary: [{ source: 'pluie', target: 'rain' }],
  corrections: [{ op: 'merge', link: { source: [0], draft: [0] } }],
  dismissed: ['number|s0|d0|3-6|'],
};

describe('ReviewStore', () => {
  it('reads back a review as written, a sentence array as an array', () => {
    const store = new ReviewStore(openDatabase(':memory:'));
    const at = new Date('2026-11-25T10:00:00.000Z');
    expect(store.insert(FIELDS, at)).toEqual({ id: 1, ...FIELDS, createdAt: at.toISOString(), updatedAt: at.toISOString() });
  });

  it('lists summaries, most recently changed first, with the length of each text', () => {
    const store = new ReviewStore(openDatabase(':memory:'));
    store.insert(FIELDS, new Date('2026-11-25T10:00:00.000Z'));
    store.insert({ ...FIELDS, title: 'Second' }, new Date('2026-11-25T11:00:00.000Z'));
    expect(store.update(1, { dismissed: [] }, new Date('2026-11-25T12:00:00.000Z'))).toBe(true);
    expect(store.list()).toEqual([
      { id: 1, title: 'Un accord', createdAt: '2026-11-25T10:00:00.000Z', updatedAt: '2026-11-25T12:00:00.000Z', sourceChars: 19, draftChars: 19 },
      { id: 2, title: 'Second', createdAt: '2026-11-25T11:00:00.000Z', updatedAt: '2026-11-25T11:00:00.000Z', sourceChars: 19, draftChars: 19 },
    ]);
  });

  it('updates only the fields given, and says when there is no such review', () => {
    const store = new ReviewStore(openDatabase(':memory:'));
    store.insert(FIELDS);
    store.update(1, { draft: 'It rains and blows.', corrections: [] });
    expect(store.get(1)).toMatchObject({ title: 'Un accord', source: 'Il pleut. Il vente.', draft: 'It rains and blows.', corrections: [], dismissed: FIELDS.dismissed });
    expect(store.update(7, { title: 'x' })).toBe(false);
    expect(store.remove(1)).toBe(true);
    expect(store.remove(1)).toBe(false);
    expect(store.get(1)).toBeUndefined();
  });
});

describe('GlossaryStore', () => {
  it('keeps one term per French term, in the order added; merging updates in place', () => {
    const store = new GlossaryStore(openDatabase(':memory:'));
    store.merge([{ source: 'Sénat', target: 'Senate' }, { source: 'député', target: 'deputy' }]);
    store.merge([{ source: 'député', target: 'MP', note: 'always' }, { source: 'maire', target: 'mayor' }]);
    expect(store.all()).toEqual([
      { source: 'Sénat', target: 'Senate' },
      { source: 'député', target: 'MP', note: 'always' },
      { source: 'maire', target: 'mayor' },
    ]);
  });

  it('replaces the whole glossary', () => {
    const store = new GlossaryStore(openDatabase(':memory:'));
    store.merge([{ source: 'Sénat', target: 'Senate' }]);
    store.replace([{ source: 'maire', target: 'mayor' }]);
    expect(store.all()).toEqual([{ source: 'maire', target: 'mayor' }]);
  });
});

describe('saved reviews', () => {
  it('creates a review (201) with its alignment and QA, titled after its first sentence cut at a word', async () => {
    const { call } = reviewApp();
    const res = await call('POST', '/api/reviews', { source: SOURCE, draft: DRAFT });
    expect(res.status).toBe(201);
    const review = res.body as SavedReview;
    expect(review).toMatchObject({ id: 1, title: 'Le gouvernement a annoncé jeudi une hausse de 3,5 % des salaires des…', source: SOURCE, draft: DRAFT });
    expect(review).toMatchObject({ glossary: [], corrections: [], dismissed: [], staleCorrections: [], sourceChars: SOURCE.length, draftChars: DRAFT.length });
    expect(review.alignment.links).toHaveLength(5);
    expect(review.flags.map((f) => f.rule)).toEqual(['number', 'name', 'omission']);
    expect(review.updatedAt).toBe(review.createdAt);
  });

  it('remembers corrections and dismissals, reruns the QA on them, and keeps them when the draft changes', async () => {
    const { call } = reviewApp();
    await call('POST', '/api/reviews', { source: SOURCE, draft: DRAFT, title: 'Salaires' });
    const patched = (await call('PATCH', '/api/reviews/1', {
      corrections: [{ op: 'merge', link: { source: [1], draft: [1] } }],
      dismissed: ['number|s0|d0|46-49|39-42'],
    })).body as SavedReview;
    expect(patched.alignment.links.map((l) => l.source)).toEqual([[0], [1, 2], [3], [4]]);
    expect(patched.flags.filter((f) => f.dismissed).map((f) => f.rule)).toEqual(['number']);

    const again = (await call('GET', '/api/reviews/1')).body as SavedReview;
    expect(again).toEqual(patched);

    const fixed = DRAFT.replace('4.5%', '3.5%');
    const edited = (await call('PATCH', '/api/reviews/1', { draft: fixed })).body as SavedReview;
    expect(edited).toMatchObject({ title: 'Salaires', draft: fixed, staleCorrections: [], dismissed: ['number|s0|d0|46-49|39-42'] });
    expect(edited.alignment.links.map((l) => l.source)).toEqual([[0], [1, 2], [3], [4]]);
    // The fixed number is no longer flagged; those of the sentence merged into link 1 still are.
    expect(edited.flags.filter((f) => f.rule === 'number').map((f) => f.link)).toEqual([1, 1, 1]);
  });

  it('lists reviews most recently changed first, and deletes them', async () => {
    const { call } = reviewApp();
    await call('POST', '/api/reviews', { source: SOURCE, draft: DRAFT, title: 'Premier' });
    await call('POST', '/api/reviews', { source: ['Il pleut.'], draft: ['It rains.'], title: 'Second' });
    await call('PATCH', '/api/reviews/1', { title: 'Premier, revu' });
    expect(((await call('GET', '/api/reviews')).body as ReviewList).reviews.map((r) => [r.id, r.title, r.sourceChars, r.draftChars])).toEqual([
      [1, 'Premier, revu', SOURCE.length, DRAFT.length],
      [2, 'Second', 9, 9],
    ]);
    expect((await call('DELETE', '/api/reviews/2')).status).toBe(204);
    expect((await call('GET', '/api/reviews/2')).status).toBe(404);
    expect((await call('DELETE', '/api/reviews/2')).status).toBe(404);
  });

  it.each([
    ['PATCH', '/api/reviews/1', {}, 400, 'BAD_REQUEST', 'Send at least one of title, source, draft, glossary, corrections, dismissed.'],
    ['PATCH', '/api/reviews/1', { draft: '  ' }, 400, 'EMPTY_TEXT', 'The English draft is empty: paste or open it.'],
    ['GET', '/api/reviews/abc', undefined, 400, 'BAD_REQUEST', 'A review id is a whole number.'],
    ['GET', '/api/reviews/7', undefined, 404, 'NOT_FOUND', 'There is no review 7 (it may have been deleted).'],
  ])('%s %s %j answers %i %s', async (method, path, body, status, code, message) => {
    const { call } = reviewApp();
    await call('POST', '/api/reviews', { source: SOURCE, draft: DRAFT });
    const res = await call(method, path, body);
    expect(res.status).toBe(status);
    expect((res.body as ErrorBody).error).toEqual({ code, message });
    expect(((await call('GET', '/api/reviews/1')).body as SavedReview).draft).toBe(DRAFT);
  });
});

describe('the glossary routes', () => {
  it('replaces the glossary, one term per French term, the last one winning', async () => {
    const { call } = reviewApp();
    const terms = [{ source: 'député', target: 'deputy' }, { source: 'Sénat', target: 'Senate' }, { source: 'député', target: 'MP', note: 'UK usage' }];
    expect((await call('PUT', '/api/glossary', { terms })).body).toEqual({ terms: [{ source: 'député', target: 'MP', note: 'UK usage' }, { source: 'Sénat', target: 'Senate' }] });
    expect(((await call('GET', '/api/glossary')).body as GlossaryResponse).terms).toHaveLength(2);
  });

  it('imports TSV or CSV, merging or replacing, and exports both', async () => {
    const { call } = reviewApp();
    await call('PUT', '/api/glossary', { terms: [{ source: 'Sénat', target: 'Senate' }] });
    const merged = (await call('POST', '/api/glossary/import', { text: 'source\ttarget\nmaire\tmayor\n' })).body as GlossaryImportResponse;
    expect(merged).toEqual({ imported: 1, terms: [{ source: 'Sénat', target: 'Senate' }, { source: 'maire', target: 'mayor' }] });
    const replaced = (await call('POST', '/api/glossary/import', { text: 'député,MP,"not ""deputy"""\r\n', mode: 'replace' })).body as GlossaryImportResponse;
    expect(replaced).toEqual({ imported: 1, terms: [{ source: 'député', target: 'MP', note: 'not "deputy"' }] });

    const csv = await call('GET', '/api/glossary/export?format=csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="glossary.csv"');
    expect(csv.text).toBe('source,target,note\r\ndéputé,MP,"not ""deputy"""\r\n');
    expect((await call('GET', '/api/glossary/export?format=tsv')).text).toBe('source\ttarget\tnote\ndéputé\tMP\tnot "deputy"\n');
  });

  it('refuses a file line without its English, and a term too long, changing nothing', async () => {
    const { call } = reviewApp();
    const bad = await call('POST', '/api/glossary/import', { text: 'maire\tmayor\npréfet\n' });
    expect(bad.status).toBe(400);
    expect((bad.body as ErrorBody).error.message).toBe('Line 2 of the TSV file needs a French term and its English, separated by a tab.');
    const long = await call('POST', '/api/glossary/import', { text: `maire,${'m'.repeat(201)}` });
    expect((long.body as ErrorBody).error.message).toBe('Term 1 of the file: Too big: expected string to have <=200 characters');
    expect(((await call('GET', '/api/glossary')).body as GlossaryResponse).terms).toEqual([]);
  });
});

describe('a disk that refuses writes', () => {
  it('answers 507 STORAGE_FULL and keeps what was saved', async () => {
    const db = openDatabase(':memory:');
    const { call } = reviewApp(db);
    await call('POST', '/api/reviews', { source: SOURCE, draft: DRAFT });
    await call('PUT', '/api/glossary', { terms: [{ source: 'Sénat', target: 'Senate' }] });
    // SQLite's own limit on the file's pages fails writes exactly as a full disk does (SQLITE_FULL).
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const big = Array.from({ length: 300 }, (_, i) => `Phrase numéro ${i} du texte.`).join(' ');
    for (const [method, path, body] of [
      ['POST', '/api/reviews', { source: big, draft: DRAFT }],
      ['PATCH', '/api/reviews/1', { source: big }],
      ['PUT', '/api/glossary', { terms: Array.from({ length: 300 }, (_, i) => ({ source: `terme ${i}`, target: `term ${i}` })) }],
    ] as const) {
      const res = await call(method, path, body);
      expect(res.status).toBe(507);
      expect((res.body as ErrorBody).error.code).toBe('STORAGE_FULL');
    }
    expect(((await call('GET', '/api/reviews')).body as ReviewList).reviews).toHaveLength(1);
    expect(((await call('GET', '/api/reviews/1')).body as SavedReview).source).toBe(SOURCE);
    expect(((await call('GET', '/api/glossary')).body as GlossaryResponse).terms).toEqual([{ source: 'Sénat', target: 'Senate' }]);
  });

  it('answers 503 STORAGE_UNAVAILABLE without a database, and still reviews with the terms sent', async () => {
    const { call } = reviewApp(null);
    for (const [method, path] of [['GET', '/api/reviews'], ['GET', '/api/reviews/1'], ['GET', '/api/glossary'], ['GET', '/api/glossary/export?format=tsv']]) {
      const res = await call(method!, path!);
      expect(res.status).toBe(503);
      expect((res.body as ErrorBody).error.code).toBe('STORAGE_UNAVAILABLE');
    }
    expect((await call('POST', '/api/reviews', { source: SOURCE, draft: DRAFT })).status).toBe(503);
    expect((await call('POST', '/api/review', { source: SOURCE, draft: DRAFT, glossary: [{ source: 'Sénat', target: 'Senate' }] })).status).toBe(200);
  });
});

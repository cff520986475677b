/**
 * The vocabulary API: saving the word at an offset with its sentence, statuses keyed on the lemma,
 * filters, edits, deletes, lookups and reveals, counts, exports; exact JSON and typed errors;
 * nothing saved when the disk refuses the write.
 */
import { strFromU8, unzipSync } from 'fflate';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import type { ErrorBody, VocabularyEntry, VocabularyList } from '../../server/schemas.ts';
import { openDatabase } from '../../server/store/db.ts';
import { DocumentStore } from '../../server/store/documents.ts';
import { VocabularyStore } from '../../server/store/vocabulary.ts';
import { WordEvents } from '../../server/store/word-events.ts';
import { tinyConfig } from '../support/tiny-model.ts';
import { fakeAnalyzer, fakeWords } from '../vocabulary/fake-lexicon.ts';

const config = tinyConfig();
const translator = createMarianTranslator(config);
afterAll(() => translator.dispose());

const TEXT = 'Le virage\n\nIl a opéré un virage. Puis il opère.';
const OPERE_PAST = TEXT.indexOf('opéré') + 2;
const OPERE = TEXT.indexOf('opère');

function vocabularyApp(db = openDatabase(':memory:'), stores = true) {
  const app = createApp({
    config, translator, analyzer: fakeAnalyzer, words: fakeWords, documents: new DocumentStore(db),
    ...(stores ? { vocabulary: new VocabularyStore(db), wordEvents: new WordEvents(db) } : {}),
  });
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const type = res.headers.get('Content-Type') ?? '';
    const payload = res.status === 204 ? undefined : type.startsWith('application/json') ? await res.json() : new Uint8Array(await res.arrayBuffer());
    return { status: res.status, body: payload as unknown, headers: res.headers };
  };
  return { call, db };
}
const entries = async (call: ReturnType<typeof vocabularyApp>['call'], query = '') => ((await call('GET', `/api/vocabulary${query}`)).body as VocabularyList).entries;

describe('POST /api/vocabulary', () => {
  it('saves the word at the offset with its sentence, the English, the article, and answers 201 with the entry', async () => {
    const { call } = vocabularyApp();
    const doc = (await call('POST', '/api/documents', { text: TEXT })).body as { id: number };
    const { status, body } = await call('POST', '/api/vocabulary', { text: TEXT, offset: OPERE_PAST, translation: 'He operated a turn.', documentId: doc.id });
    expect(status).toBe(201);
    const entry = body as VocabularyEntry;
    expect(entry).toEqual({
      id: 1, word: 'opéré', lemma: 'opérer', upos: 'VERB', features: { VerbForm: 'Part', Tense: 'Past' }, gloss: 'operate', note: '', status: 'new',
      sentence: 'Il a opéré un virage.', wordStart: 5, wordEnd: 10, translation: 'He operated a turn.', inTranslation: [{ start: 3, end: 11 }],
      documentId: doc.id, source: 'Le virage', createdAt: entry.createdAt, updatedAt: entry.createdAt, lookups: 0, reveals: 0,
    });
    expect(new Date(entry.createdAt).toISOString()).toBe(entry.createdAt);
  });

  it('answers 200 with the same entry when that word in that sentence is saved again, taking a status given', async () => {
    const { call } = vocabularyApp();
    const first = (await call('POST', '/api/vocabulary', { text: TEXT, offset: OPERE_PAST })).body as VocabularyEntry;
    const again = await call('POST', '/api/vocabulary', { text: TEXT, offset: OPERE_PAST + 1, status: 'learning-1' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.id, status: 'learning-1' });
    expect(await entries(call)).toHaveLength(1);
  });

  it.each([
    [TEXT.indexOf(' un'), 'There is no word at offset 21 (white space, punctuation or a number): send the index of a character of a word.'],
    [TEXT.indexOf('.'), 'There is no word at offset 31 (white space, punctuation or a number): send the index of a character of a word.'],
    [TEXT.length, 'offset 47 is outside the text (47 characters): send the index of a character of the word.'],
    [9, 'There is no word at offset 9 (white space, punctuation or a number): send the index of a character of a word.'],
  ])('answers 400 NOT_A_WORD at offset %i, saving nothing', async (offset, message) => {
    const { call } = vocabularyApp();
    const res = await call('POST', '/api/vocabulary', { text: TEXT, offset });
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'NOT_A_WORD', message } } });
    expect(await entries(call)).toEqual([]);
  });

  it.each([
    [{ text: TEXT, offset: -1 }, 400, 'NOT_A_WORD'],
    [{ text: '', offset: 0 }, 400, 'BAD_REQUEST'],
    [{ text: TEXT, offset: 1.5 }, 400, 'BAD_REQUEST'],
    [{ text: TEXT, offset: 5, status: 'learning' }, 400, 'BAD_REQUEST'],
    [{ offset: 5 }, 400, 'BAD_REQUEST'],
    [{ text: TEXT, offset: OPERE, documentId: 42 }, 404, 'NOT_FOUND'],
  ])('refuses %o with %i %s', async (body, status, code) => {
    const { call } = vocabularyApp();
    const res = await call('POST', '/api/vocabulary', body);
    expect([res.status, (res.body as ErrorBody).error.code]).toEqual([status, code]);
  });
});

describe('statuses keyed on the lemma', () => {
  it('gives opère and opéré one status, lists lemma → status, and marks the rest as known', async () => {
    const { call } = vocabularyApp();
    const past = (await call('POST', '/api/vocabulary', { text: TEXT, offset: OPERE_PAST })).body as VocabularyEntry;
    await call('POST', '/api/vocabulary', { text: TEXT, offset: OPERE });
    const patched = await call('PATCH', `/api/vocabulary/${past.id}`, { status: 'learning-2' });
    expect(patched).toMatchObject({ status: 200, body: { id: past.id, status: 'learning-2' } });
    expect((await entries(call)).map((e) => [e.word, e.status])).toEqual([['opère', 'learning-2'], ['opéré', 'learning-2']]);

    const rest = await call('POST', '/api/vocabulary/statuses', { lemmas: ['opérer', 'virage', 'avoir'] });
    expect(rest).toMatchObject({ status: 200, body: { changed: 2 } });
    expect((await call('GET', '/api/vocabulary/statuses')).body).toEqual({ statuses: { avoir: 'known', opérer: 'learning-2', virage: 'known' } });
    await call('POST', '/api/vocabulary/statuses', { lemmas: ['avoir'], status: 'ignored', overwrite: true });
    const history = (await call('GET', '/api/vocabulary/history')).body as { days: { day: string; known: number }[] };
    expect(history.days).toEqual([{ day: new Date().toISOString().slice(0, 10), known: 1 }]);
  });

  it('counts the distinct words of a text by status, leaving out names, numbers and punctuation', async () => {
    const { call } = vocabularyApp();
    await call('POST', '/api/vocabulary', { text: TEXT, offset: OPERE, status: 'learning-3' });
    await call('POST', '/api/vocabulary/statuses', { lemmas: ['il', 'avoir'] });
    await call('POST', '/api/vocabulary/statuses', { lemmas: ['un'], status: 'ignored' });
    const res = await call('POST', '/api/vocabulary/counts', { text: 'Il a opéré un virage en 2024, et l’Occident opère.' });
    // il, avoir known; opérer learning; un ignored; virage, en, et, le unknown (Occident, 2024 and punctuation left out)
    expect(res).toEqual({ status: 200, body: { unknown: 4, new: 0, learning: 1, known: 2, ignored: 1 }, headers: res.headers });
  });
});

describe('GET, PATCH, DELETE /api/vocabulary', () => {
  it('filters by status, article and words (accents and case ignored)', async () => {
    const { call } = vocabularyApp();
    const doc = (await call('POST', '/api/documents', { text: TEXT })).body as { id: number };
    await call('POST', '/api/vocabulary', { text: TEXT, offset: OPERE_PAST, documentId: doc.id });
    await call('POST', '/api/vocabulary', { text: TEXT, offset: TEXT.indexOf('virage.'), status: 'known' });
    expect((await entries(call, '?status=known')).map((e) => e.word)).toEqual(['virage']);
    expect((await entries(call, `?documentId=${doc.id}`)).map((e) => e.word)).toEqual(['opéré']);
    expect((await entries(call, '?q=OPERER')).map((e) => e.word)).toEqual(['opéré']);
    expect((await entries(call, '?q=virage%20il')).map((e) => e.word)).toEqual(['virage', 'opéré']);
    expect((await entries(call, '?q=turn')).map((e) => e.word)).toEqual(['virage']);
    expect((await call('GET', '/api/vocabulary?status=maybe')).status).toBe(400);
  });

  it('edits the gloss and note, deletes with 204, and answers 404 for an unknown id', async () => {
    const { call } = vocabularyApp();
    const saved = (await call('POST', '/api/vocabulary', { text: TEXT, offset: OPERE })).body as VocabularyEntry;
    const patched = await call('PATCH', `/api/vocabulary/${saved.id}`, { gloss: 'operates', note: 'chirurgie' });
    expect(patched.body).toMatchObject({ id: saved.id, gloss: 'operates', note: 'chirurgie', status: 'new' });
    expect((await call('GET', `/api/vocabulary/${saved.id}`)).body).toEqual(patched.body);
    expect((await call('PATCH', `/api/vocabulary/${saved.id}`, {})).status).toBe(400);
    expect((await call('DELETE', `/api/vocabulary/${saved.id}`)).status).toBe(204);
    for (const [method, body] of [['DELETE'], ['GET'], ['PATCH', { note: 'x' }]] as const) {
      const res = await call(method, `/api/vocabulary/${saved.id}`, body);
      expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: `There is no word ${saved.id} in the vocabulary (it may have been deleted).` } });
    }
    expect((await call('GET', '/api/vocabulary/abc')).status).toBe(400);
    expect((await call('GET', '/api/vocabulary/statuses')).body).toEqual({ statuses: {} });
  });
});

describe('POST /api/vocabulary/events', () => {
  it('records lookups by lemma and reveals by sentence, counted on each saved entry', async () => {
    const { call } = vocabularyApp();
    const saved = (await call('POST', '/api/vocabulary', { text: TEXT, offset: OPERE_PAST })).body as VocabularyEntry;
    const lookup = await call('POST', '/api/vocabulary/events', { kind: 'lookup', text: TEXT, offset: OPERE });
    expect(lookup).toMatchObject({ status: 201, body: { id: 1, kind: 'lookup', lemma: 'opérer', sentence: 'Puis il opère.' } });
    const reveal = await call('POST', '/api/vocabulary/events', { kind: 'reveal', text: TEXT, offset: TEXT.indexOf('Il a') });
    expect(reveal).toMatchObject({ status: 201, body: { id: 2, kind: 'reveal', lemma: null, sentence: 'Il a opéré un virage.' } });
    expect((await call('GET', `/api/vocabulary/${saved.id}`)).body).toMatchObject({ lookups: 1, reveals: 1 });
    const missed = await call('POST', '/api/vocabulary/events', { kind: 'reveal', text: TEXT, offset: 99 });
    expect((missed.body as ErrorBody).error.code).toBe('NOT_A_WORD');
  });
});

describe('GET /api/vocabulary/export', () => {
  it('downloads an .apkg, the Anki text file and CSV, each with its type and file name', async () => {
    const { call } = vocabularyApp();
    await call('POST', '/api/vocabulary', { text: TEXT, offset: OPERE_PAST, translation: 'He operated a turn.' });
    await call('POST', '/api/vocabulary', { text: TEXT, offset: TEXT.indexOf('virage.'), status: 'known' });

    const apkg = await call('GET', '/api/vocabulary/export?format=apkg');
    expect([apkg.status, apkg.headers.get('Content-Type'), apkg.headers.get('Content-Disposition')]).toEqual([200, 'application/apkg', 'attachment; filename="vis-a-vis.apkg"']);
    const collection = new Database(Buffer.from(unzipSync(apkg.body as Uint8Array)['collection.anki2']!));
    const flds = collection.prepare('SELECT flds FROM notes ORDER BY id').pluck().all() as string[];
    expect(flds.map((f) => f.split('\x1f')[4])).toEqual(['Il a {{c1::opéré::operate}} un virage.', 'Il a opéré un {{c1::virage::turn}}.']);
    expect(flds[0]!.split('\x1f')[5]).toBe('He <b>operated</b> a turn.');

    const text = await call('GET', '/api/vocabulary/export?format=anki-text&status=known');
    expect(text.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    const lines = strFromU8(text.body as Uint8Array).split('\n');
    expect(lines[0]).toBe('#separator:tab');
    expect(lines.slice(7, -1).map((l) => l.split('\t')[1])).toEqual(['virage']);

    const csv = await call('GET', '/api/vocabulary/export?format=csv');
    expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
    expect(strFromU8(csv.body as Uint8Array).split('\r\n')[1]).toMatch(/^opéré,opérer,"verb, past participle",operate,new,Il a opéré un virage\.,He operated a turn\.,,,/);
  });

  it('answers 400 for an unknown format, listing the valid ones', async () => {
    const { call } = vocabularyApp();
    const res = await call('GET', '/api/vocabulary/export?format=xlsx');
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST', message: 'format is one of apkg, anki-text, csv.' } } });
  });
});

describe('a store that fails', () => {
  it('answers 503 STORAGE_UNAVAILABLE without a database', async () => {
    const { call } = vocabularyApp(openDatabase(':memory:'), false);
    expect((await call('GET', '/api/vocabulary')).body).toMatchObject({ error: { code: 'STORAGE_UNAVAILABLE' } });
    expect((await call('POST', '/api/vocabulary', { text: TEXT, offset: OPERE })).status).toBe(503);
  });

  it('answers 507 STORAGE_FULL when the disk refuses the write, and nothing is half-saved', async () => {
    const { call, db } = vocabularyApp();
    await call('POST', '/api/vocabulary', { text: TEXT, offset: OPERE });
    // SQLite's own limit on the file's pages fails writes exactly as a full disk does (SQLITE_FULL).
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const long = `Il a opéré ${'un très long virage '.repeat(400)}.`;
    const res = await call('POST', '/api/vocabulary', { text: long, offset: 6 });
    expect(res).toMatchObject({ status: 507, body: { error: { code: 'STORAGE_FULL' } } });
    db.pragma('max_page_count = 1073741823');
    expect((await entries(call)).map((e) => e.sentence)).toEqual(['Puis il opère.']);
  });
});

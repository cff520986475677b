/**
 * The library API: saving an article (extracted and checked like any text), listing, searching,
 * resuming at the saved position, deleting with undo; typed errors; nothing lost when the disk
 * refuses a write.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import type { DocumentList, DocumentResponse, ErrorBody } from '../../server/schemas.ts';
import { openDatabase } from '../../server/store/db.ts';
import { DocumentStore } from '../../server/store/documents.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const config = tinyConfig();
const translator = createMarianTranslator(config);
const dir = mkdtempSync(join(tmpdir(), 'visavis-documents-'));
afterAll(async () => {
  await translator.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const ARTICLE = 'Espions russes et bélarusses\n\nPar Epoch Times avec AFP\n\nLes services de renseignement ont annoncé jeudi un accord. Il entre en vigueur demain.';

function library(db = openDatabase(':memory:')) {
  const app = createApp({ config, translator, documents: new DocumentStore(db) });
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    return { status: res.status, body: res.status === 204 ? undefined : ((await res.json()) as unknown) };
  };
  return { call, db };
}

describe('POST /api/documents', () => {
  it('saves the article with its headline as title, and answers 201 with the document', async () => {
    const { call } = library();
    const { status, body } = await call('POST', '/api/documents', { text: ARTICLE, source: 'espions.txt' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ id: 1, title: 'Espions russes et bélarusses', text: ARTICLE, source: 'espions.txt', position: 0 });
    const doc = body as DocumentResponse;
    expect(doc.readAt).toBe(doc.createdAt);
    expect(new Date(doc.createdAt).toISOString()).toBe(doc.createdAt);
  });

  it('keeps a title the user gave, says "pasted" without a source, and stores the article of an HTML page as text', async () => {
    const { call } = library();
    const html = '<!doctype html><html><head><title>Le site</title></head><body><article><h1>Un accord</h1><p>Les services de renseignement russes ont annoncé jeudi un accord de coopération avec leurs voisins.</p><p>Il entre en vigueur demain, selon un communiqué.</p></article></body></html>';
    const { body } = await call('POST', '/api/documents', { text: html, title: 'Mon titre' });
    expect(body).toMatchObject({ title: 'Mon titre', source: 'pasted' });
    expect((body as DocumentResponse).text).not.toContain('<');
  });

  it.each([
    [{ text: '' }, 400, 'EMPTY_TEXT'],
    [{ text: 'The president said on Thursday that the agreement with the opposition would be signed within a week.' }, 422, 'NOT_FRENCH'],
    [{ words: 'x' }, 400, 'BAD_REQUEST'],
  ])('refuses %o with %i %s, saving nothing', async (body, status, code) => {
    const { call } = library();
    const res = await call('POST', '/api/documents', body);
    expect(res.status).toBe(status);
    expect((res.body as ErrorBody).error.code).toBe(code);
    expect(((await call('GET', '/api/documents')).body as DocumentList).documents).toEqual([]);
  });
});

describe('the library', () => {
  it('lists most recently read first, searches titles and text ignoring accents, and resumes at the saved position', async () => {
    const { call } = library();
    const first = (await call('POST', '/api/documents', { text: ARTICLE })).body as DocumentResponse;
    const second = (await call('POST', '/api/documents', { text: 'Le conseil municipal\n\nLe maire a présenté jeudi le budget de la ville.' })).body as DocumentResponse;
    expect(((await call('GET', '/api/documents')).body as DocumentList).documents.map((d) => d.id)).toEqual([second.id, first.id]);

    const patched = await call('PATCH', `/api/documents/${first.id}`, { position: 3 });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id: first.id, position: 3 });
    expect(((await call('GET', '/api/documents')).body as DocumentList).documents.map((d) => d.id)).toEqual([first.id, second.id]);
    expect((await call('GET', `/api/documents/${first.id}`)).body).toMatchObject({ position: 3, text: ARTICLE });

    const search = async (q: string) => ((await call('GET', `/api/documents?q=${encodeURIComponent(q)}`)).body as DocumentList).documents.map((d) => d.title);
    expect(await search('belarusses')).toEqual(['Espions russes et bélarusses']);
    expect(await search('budg')).toEqual(['Le conseil municipal']);
    expect(await search('jeudi')).toEqual(['Espions russes et bélarusses', 'Le conseil municipal']);
    expect(await search('"); DROP TABLE documents; --')).toEqual([]);
    expect(((await call('GET', '/api/documents')).body as DocumentList).documents[0]).toEqual({
      id: first.id, title: 'Espions russes et bélarusses', source: 'pasted', position: 3, createdAt: first.createdAt,
      readAt: expect.any(String), chars: ARTICLE.length,
    });
  });

  it('renames a document, and refuses an empty patch', async () => {
    const { call } = library();
    const doc = (await call('POST', '/api/documents', { text: ARTICLE })).body as DocumentResponse;
    expect((await call('PATCH', `/api/documents/${doc.id}`, { title: 'Espions' })).body).toMatchObject({ title: 'Espions' });
    const empty = await call('PATCH', `/api/documents/${doc.id}`, {});
    expect(empty.status).toBe(400);
    expect((empty.body as ErrorBody).error).toEqual({ code: 'BAD_REQUEST', message: 'Send {"position": n} or {"title": "…"} (or both).' });
  });

  it('deletes with an undo, and answers 404 NOT_FOUND for what is not there', async () => {
    const { call } = library();
    const doc = (await call('POST', '/api/documents', { text: ARTICLE })).body as DocumentResponse;
    expect((await call('DELETE', `/api/documents/${doc.id}`)).status).toBe(204);
    expect((await call('GET', `/api/documents/${doc.id}`)).status).toBe(404);
    expect(((await call('GET', '/api/documents')).body as DocumentList).documents).toEqual([]);
    const restored = await call('POST', `/api/documents/${doc.id}/restore`);
    expect(restored.body).toMatchObject({ id: doc.id, text: ARTICLE });
    for (const [method, path] of [['GET', '/api/documents/99'], ['PATCH', '/api/documents/99'], ['DELETE', '/api/documents/99'], ['POST', '/api/documents/99/restore']] as const) {
      const res = await call(method, path, method === 'PATCH' ? { position: 1 } : undefined);
      expect([method, res.status, (res.body as ErrorBody).error.code]).toEqual([method, 404, 'NOT_FOUND']);
    }
    const bad = await call('GET', '/api/documents/abc');
    expect([bad.status, (bad.body as ErrorBody).error.code]).toEqual([400, 'BAD_REQUEST']);
  });

  it('survives closing and reopening the database file', async () => {
    const file = join(dir, 'library.sqlite');
    const first = library(openDatabase(file));
    const doc = (await first.call('POST', '/api/documents', { text: ARTICLE })).body as DocumentResponse;
    await first.call('PATCH', `/api/documents/${doc.id}`, { position: 2 });
    first.db.close();
    const second = library(openDatabase(file));
    expect((await second.call('GET', `/api/documents/${doc.id}`)).body).toMatchObject({ title: doc.title, position: 2, text: ARTICLE });
    second.db.close();
  });
});

describe('a disk that refuses writes', () => {
  it('answers 507 STORAGE_FULL and keeps what was saved', async () => {
    const file = join(dir, 'readonly.sqlite');
    const writable = library(openDatabase(file));
    await writable.call('POST', '/api/documents', { text: ARTICLE });
    writable.db.close();
    const { call, db } = library(new Database(file, { readonly: true }));
    const res = await call('POST', '/api/documents', { text: ARTICLE });
    expect(res.status).toBe(507);
    expect((res.body as ErrorBody).error.code).toBe('STORAGE_FULL');
    expect(((await call('GET', '/api/documents')).body as DocumentList).documents).toHaveLength(1);
    db.close();
  });

  it('answers 503 STORAGE_UNAVAILABLE when there is no database at all', async () => {
    const app = createApp({ config, translator });
    const res = await app.request('/api/documents');
    expect(res.status).toBe(503);
    expect(((await res.json()) as ErrorBody).error.code).toBe('STORAGE_UNAVAILABLE');
  });
});

describe('purging deleted documents', () => {
  it('forgets those deleted more than a week ago, keeps the recent undo', () => {
    const store = new DocumentStore(openDatabase(':memory:'));
    const old = store.insert({ title: 'Ancien', text: 'Un texte.', source: 'pasted' });
    const recent = store.insert({ title: 'Récent', text: 'Un texte.', source: 'pasted' });
    store.remove(old.id, new Date(Date.now() - 8 * 86_400_000));
    store.remove(recent.id, new Date(Date.now() - 86_400_000));
    expect(store.purgeDeleted()).toBe(1);
    expect(store.restore(old.id)).toBe(false);
    expect(store.restore(recent.id)).toBe(true);
  });
});

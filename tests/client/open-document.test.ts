import { describe, expect, it } from 'vitest';
import type { DocumentCreate, DocumentResponse } from '../../server/schemas.ts';
import { ApiError } from '../../client/api.ts';
import { OpenDocument, type DocumentApi, type Reading } from '../../client/state/open-document.ts';
import { fakeHost } from './fake-host.ts';

const TEXT = 'Titre\n\nUne phrase. Une autre.';
const saved = (id: number, doc: DocumentCreate, position = 0): DocumentResponse => ({
  id,
  title: doc.title ?? 'Titre',
  text: doc.text,
  source: doc.source ?? 'pasted',
  position,
  createdAt: '2024-05-01T08:00:00.000Z',
  readAt: '2024-05-01T08:00:00.000Z',
});

/** A server that records each call, and a reading that records each text it is given. */
function fakes(overrides: Partial<DocumentApi> = {}) {
  const calls: string[] = [];
  const api: DocumentApi = {
    async importUrl(url) {
      calls.push(`import ${url}`);
      // Redirected to the canonical address.
      return { text: 'Un article importé.', title: 'Importé', paragraphs: [], url: url.replace('//', '//www.') };
    },
    async create(doc) {
      calls.push(`create ${doc.source} ${doc.title ?? '-'}`);
      return saved(7, doc);
    },
    async get(id) {
      calls.push(`get ${id}`);
      return saved(id, { text: TEXT }, 3);
    },
    async savePosition(id, position) {
      calls.push(`position ${id}@${position}`);
    },
    ...overrides,
  };
  const read: string[] = [];
  const reading: Reading = {
    submit: async (text, { from } = {}) => void read.push(from === undefined ? text : `${text} @${from}`),
    lookAt: (index) => void read.push(`(look ${index})`),
    close: () => void read.push('(closed)'),
  };
  return { api, calls, reading, read };
}

describe('the open document', () => {
  it('saves a pasted text, then opens it without asking the server again', async () => {
    const { api, calls, reading, read } = fakes();
    const documents = new OpenDocument(fakeHost(), reading, api);
    expect(await documents.add({ text: TEXT, source: 'pasted' })).toBe(7);
    await documents.open(7);
    expect(calls).toEqual(['create pasted -']);
    expect(documents.status).toBe('open');
    expect(documents.start).toEqual({ position: 0 });
    expect(read).toEqual([TEXT]);
  });

  it('imports a web address first, saving the article with the address it was read from as its source and the page title', async () => {
    const { api, calls, reading } = fakes();
    const documents = new OpenDocument(fakeHost(), reading, api);
    expect(await documents.add({ text: ' https://example.fr/a ', source: 'pasted' })).toBe(7);
    expect(calls).toEqual(['import https://example.fr/a', 'create https://www.example.fr/a Importé']);
  });

  it('opens a saved document at its position, translating from there, and marks it read', async () => {
    const { api, calls, reading, read } = fakes();
    const documents = new OpenDocument(fakeHost(), reading, api);
    await documents.open(5);
    expect(calls).toEqual(['get 5', 'position 5@3']);
    expect(documents.doc?.id).toBe(5);
    expect(documents.start).toEqual({ position: 3 });
    expect(read).toEqual([`${TEXT} @3`]);
  });

  it('reads the article all the same, and says why, when the library cannot store it', async () => {
    const { api, reading, read } = fakes({
      create: async () => Promise.reject(new ApiError('STORAGE_FULL', 'The disk is full.', 507)),
    });
    const documents = new OpenDocument(fakeHost(), reading, api);
    expect(await documents.add({ text: TEXT, source: 'a.txt' })).toBeUndefined();
    expect(documents.unsaved).toEqual({ code: 'STORAGE_FULL', message: 'The disk is full.' });
    expect(documents.error).toBeUndefined();
    expect(read).toEqual([TEXT]);
  });

  it('keeps the text out of the reader and says why when the server refuses it', async () => {
    const { api, reading, read } = fakes({
      create: async () => Promise.reject(new ApiError('NOT_FRENCH', 'This is English.', 422)),
    });
    const documents = new OpenDocument(fakeHost(), reading, api);
    expect(await documents.add({ text: 'Hello there.', source: 'pasted' })).toBeUndefined();
    expect(documents.status).toBe('error');
    expect(documents.error).toEqual({ code: 'NOT_FRENCH', message: 'This is English.' });
    expect(read).toEqual([]);
  });

  it('reopens a document at the position this page last sent, whatever the server read first', async () => {
    const { api, reading } = fakes();
    const documents = new OpenDocument(fakeHost(), reading, api);
    await documents.open(5);
    documents.moved(8);
    documents.close();
    await documents.open(5);
    expect(documents.start).toEqual({ position: 8 });
    expect(documents.doc?.position).toBe(8);
  });

  it('follows the reader, telling the reading where it is, and sends the last position when it closes', async () => {
    const { api, calls, reading, read } = fakes();
    const documents = new OpenDocument(fakeHost(), reading, api);
    await documents.open(5);
    documents.moved(4);
    documents.moved(9);
    documents.close();
    expect(calls).toEqual(['get 5', 'position 5@3', 'position 5@9']);
    expect(read).toEqual([`${TEXT} @3`, '(look 4)', '(look 9)', '(closed)']);
    expect(documents.doc).toBeUndefined();
  });
});

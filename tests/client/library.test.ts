import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSummary } from '../../server/schemas.ts';
import { ApiError } from '../../client/api.ts';
import { Library, SEARCH_DEBOUNCE_MS, insertByReadAt, type LibraryApi } from '../../client/state/library.ts';
import { fakeHost } from './fake-host.ts';

const doc = (id: number, readAt: string): DocumentSummary => ({
  id,
  title: `Article ${id}`,
  source: 'pasted',
  position: 0,
  createdAt: '2024-05-01T08:00:00.000Z',
  readAt,
  chars: 100 * id,
});
const A = doc(1, '2024-05-03T10:00:00.000Z');
const B = doc(2, '2024-05-02T10:00:00.000Z');
const C = doc(3, '2024-05-01T10:00:00.000Z');

/** An API over a fixed list that records every call; `list` answers documents whose title has q. */
function fakeApi(documents: DocumentSummary[] = [A, B, C]) {
  const calls: string[] = [];
  const api: LibraryApi = {
    async list(q) {
      calls.push(`list ${q}`);
      return documents.filter((d) => d.title.includes(q));
    },
    async remove(id) {
      calls.push(`remove ${id}`);
    },
    async restore(id) {
      calls.push(`restore ${id}`);
      return documents.find((d) => d.id === id);
    },
  };
  return { api, calls };
}

describe('insertByReadAt', () => {
  it('puts a document back where the server would list it: latest read first, newer id first on a tie', () => {
    expect(insertByReadAt([A, C], B).map((d) => d.id)).toEqual([1, 2, 3]);
    expect(insertByReadAt([B, C], A).map((d) => d.id)).toEqual([1, 2, 3]);
    expect(insertByReadAt([A, B], C).map((d) => d.id)).toEqual([1, 2, 3]);
    expect(insertByReadAt([], B).map((d) => d.id)).toEqual([2]);
    const twin = { ...doc(4, B.readAt) };
    expect(insertByReadAt([A, B, C], twin).map((d) => d.id)).toEqual([1, 4, 2, 3]);
    expect(insertByReadAt([A, B, C], { ...B, title: 'again' }).map((d) => d.title)).toEqual(['Article 1', 'again', 'Article 3']);
  });
});

describe('the library state', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads the list, and searches once typing pauses, with the last query only', async () => {
    const { api, calls } = fakeApi();
    const host = fakeHost();
    const library = new Library(host, api);
    expect(library.status).toBe('idle');
    await library.load();
    expect(library.status).toBe('ready');
    expect(library.documents.map((d) => d.id)).toEqual([1, 2, 3]);

    library.search('A');
    library.search('Ar');
    library.search(' Article 2 ');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 1);
    expect(calls).toEqual(['list ']);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(['list ', 'list Article 2']);
    expect(library.query).toBe(' Article 2 ');
    expect(library.documents.map((d) => d.id)).toEqual([2]);
  });

  it('ignores a list that comes back after a newer one was asked for', async () => {
    const answers: ((docs: DocumentSummary[]) => void)[] = [];
    const api: LibraryApi = {
      list: (_q, signal) =>
        new Promise((resolve, reject) => {
          answers.push(resolve);
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
      remove: async () => undefined,
      restore: async () => undefined,
    };
    const library = new Library(fakeHost(), api);
    const first = library.load();
    const second = library.load();
    answers[1]!([C]);
    answers[0]!([A, B]);
    await Promise.all([first, second]);
    expect(library.documents).toEqual([C]);
    expect(library.status).toBe('ready');
  });

  it('deletes at once with an undo that puts the document back in its place', async () => {
    const { api, calls } = fakeApi();
    const library = new Library(fakeHost(), api);
    await library.load();
    await library.remove(B);
    expect(library.documents.map((d) => d.id)).toEqual([1, 3]);
    expect(library.deleted).toEqual(B);
    await library.undo();
    expect(calls).toEqual(['list ', 'remove 2', 'restore 2']);
    expect(library.documents.map((d) => d.id)).toEqual([1, 2, 3]);
    expect(library.deleted).toBeUndefined();
    await library.undo();
    expect(calls).toHaveLength(3);
  });

  it('puts a document back and says why when the server refuses to delete it', async () => {
    const { api } = fakeApi();
    api.remove = async () => {
      throw new ApiError('STORAGE_FULL', 'The disk is full.', 507);
    };
    const library = new Library(fakeHost(), api);
    await library.load();
    await library.remove(A);
    expect(library.documents.map((d) => d.id)).toEqual([1, 2, 3]);
    expect(library.deleted).toBeUndefined();
    expect(library.error).toEqual({ code: 'STORAGE_FULL', message: 'The disk is full.' });
  });

  it('says NETWORK when the server does not answer the list', async () => {
    const library = new Library(fakeHost(), { ...fakeApi().api, list: async () => Promise.reject(new TypeError('Failed to fetch')) });
    await library.load();
    expect(library.status).toBe('error');
    expect(library.error).toEqual({ code: 'NETWORK', message: 'TypeError: Failed to fetch' });
  });
});

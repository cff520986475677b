import { describe, expect, it } from 'vitest';
import type { VocabularyEntry } from '../../server/schemas.ts';
import { hashOf, parseHash } from '../../client/router.ts';
import { exportUrl, listQuery, type VocabularyApi } from '../../client/state/vocabulary-api.ts';
import { articlesOf, VocabularyPage } from '../../client/state/vocabulary-page.ts';
import { fakeHost } from './fake-host.ts';

const entry = (id: number, documentId: number | null, source: string) => ({ id, documentId, source, word: `w${id}` }) as VocabularyEntry;

describe('the vocabulary page', () => {
  it('has its own address', () => {
    expect(parseHash('#/vocabulary')).toEqual({ name: 'vocabulary' });
    expect(parseHash('#/vocabulary/')).toEqual({ name: 'vocabulary' });
    expect(hashOf({ name: 'vocabulary' })).toBe('#/vocabulary');
  });

  it('sends only the filters that are set, and names each export', () => {
    expect(listQuery({})).toBe('');
    expect(listQuery({ status: 'learning', documentId: 4, q: 'opéré à' })).toBe('?status=learning&documentId=4&q=op%C3%A9r%C3%A9+%C3%A0');
    expect(listQuery({ status: undefined, q: '' })).toBe('');
    expect(exportUrl('anki-text')).toBe('/api/vocabulary/export?format=anki-text');
  });

  it('lists each article the words came from once, untitled ones by number', () => {
    expect(articlesOf([entry(1, 2, 'Espions'), entry(2, null, ''), entry(3, 5, ''), entry(4, 2, 'Espions')])).toEqual([
      { id: 2, title: 'Espions' },
      { id: 5, title: '#5' },
    ]);
  });

  it('loads the filtered words, every article, and the history; an edit reloads them', async () => {
    const calls: [string, unknown][] = [];
    const api = {
      list: async (query) => (calls.push(['list', query]), query.status ? [entry(1, 2, 'Espions')] : [entry(1, 2, 'Espions'), entry(3, 5, 'Autre')]),
      history: async () => (calls.push(['history', null]), [{ day: '2026-11-25', known: 3 }]),
      update: async (id, patch) => (calls.push(['update', { id, ...patch }]), entry(id, 2, 'Espions')),
      remove: async (id) => void calls.push(['remove', id]),
    } as Partial<VocabularyApi> as VocabularyApi;
    const page = new VocabularyPage(fakeHost(), api);
    page.filter({ status: 'new' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.entries.map((e) => e.id)).toEqual([1]);
    expect(page.articles).toEqual([{ id: 2, title: 'Espions' }, { id: 5, title: 'Autre' }]);
    expect(page.history).toEqual([{ day: '2026-11-25', known: 3 }]);
    expect(page.loading).toBe(false);
    calls.length = 0;
    await page.update(1, { gloss: 'operate' });
    expect(calls).toEqual([['update', { id: 1, gloss: 'operate' }], ['list', { status: 'new' }], ['list', {}], ['history', null]]);
    expect(page.savedId).toBe(1);
  });
});

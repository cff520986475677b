/**
 * The vocabulary store: saving a word with its sentence, statuses shared by every form of a lemma,
 * edits, deletes, "mark the rest as known", the history of known words, and a file database that
 * keeps everything across a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/store/db.ts';
import { VocabularyStore, type NewEntry } from '../../server/store/vocabulary.ts';
import { WordEvents } from '../../server/store/word-events.ts';

const dir = mkdtempSync(join(tmpdir(), 'visavis-vocabulary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T1 = new Date('2026-03-02T10:00:00.000Z');
const T2 = new Date('2026-03-03T09:30:00.000Z');

function entry(word: string, lemma: string, sentence: string, more: Partial<NewEntry> = {}): NewEntry {
  const wordStart = sentence.indexOf(word);
  return {
    word, lemma, upos: 'VERB', features: {}, gloss: '', sentence, wordStart, wordEnd: wordStart + word.length,
    translation: '', inTranslation: [], documentId: null, source: '', ...more,
  };
}
const OPERE = entry('opère', 'opérer', 'Le chirurgien opère demain.');
const OPERE_PAST = entry('opéré', 'opérer', 'Il a opéré un virage.', { features: { VerbForm: 'Part', Tense: 'Past' }, gloss: 'operate', translation: 'He made a turn.', inTranslation: [{ start: 3, end: 7 }], documentId: 4, source: 'Le virage' });

describe('VocabularyStore', () => {
  it('saves a word with its sentence as new, and finds it again instead of saving it twice', () => {
    const store = new VocabularyStore(openDatabase(':memory:'));
    const first = store.save(OPERE_PAST, undefined, T1);
    expect(first).toEqual({
      created: true,
      entry: {
        id: 1, word: 'opéré', lemma: 'opérer', upos: 'VERB', features: { VerbForm: 'Part', Tense: 'Past' }, gloss: 'operate', note: '', status: 'new',
        sentence: 'Il a opéré un virage.', wordStart: 5, wordEnd: 10, translation: 'He made a turn.', inTranslation: [{ start: 3, end: 7 }],
        documentId: 4, source: 'Le virage', createdAt: '2026-03-02T10:00:00.000Z', updatedAt: '2026-03-02T10:00:00.000Z', lookups: 0, reveals: 0,
      },
    });
    const again = store.save(OPERE_PAST, 'learning-1', T2);
    expect([again.created, again.entry.id, again.entry.status]).toEqual([false, 1, 'learning-1']);
    expect(store.list().length).toBe(1);
  });

  it('keys statuses on the lemma: opère and opéré share one', () => {
    const store = new VocabularyStore(openDatabase(':memory:'));
    const a = store.save(OPERE, undefined, T1).entry;
    const b = store.save(OPERE_PAST, undefined, T1).entry;
    expect(store.update(a.id, { status: 'learning-3' }, T2)?.status).toBe('learning-3');
    expect(store.get(b.id)?.status).toBe('learning-3');
    expect([...store.statuses()]).toEqual([['opérer', 'learning-3']]);
    // Saving another form keeps the lemma's status unless one is given.
    store.save(entry('opérons', 'opérer', 'Nous opérons.'), undefined, T2);
    expect(store.statuses().get('opérer')).toBe('learning-3');
  });

  it('edits the gloss and note, lists by status and document, newest first', () => {
    const store = new VocabularyStore(openDatabase(':memory:'));
    const a = store.save(OPERE, undefined, T1).entry;
    const b = store.save(entry('virage', 'virage', 'Il a opéré un virage.', { upos: 'NOUN', documentId: 4 }), 'known', T2).entry;
    expect(store.update(a.id, { gloss: 'operates', note: 'surgery' }, T2)).toMatchObject({ gloss: 'operates', note: 'surgery', updatedAt: '2026-03-03T09:30:00.000Z', createdAt: '2026-03-02T10:00:00.000Z' });
    expect(store.list().map((e) => e.id)).toEqual([b.id, a.id]);
    expect(store.list({ status: 'known' }).map((e) => e.word)).toEqual(['virage']);
    expect(store.list({ documentId: 4 }).map((e) => e.word)).toEqual(['virage']);
    expect(store.list({ status: 'new', documentId: 4 })).toEqual([]);
    store.update(a.id, { status: 'learning-4' });
    expect(store.list({ status: 'learning' }).map((e) => e.word)).toEqual(['opère']);
    expect(store.list({ status: 'learning-1' })).toEqual([]);
    expect(store.update(99, { note: 'x' })).toBeUndefined();
  });

  it('forgets a new or learning lemma with its last entry, but keeps known and ignored ones', () => {
    const store = new VocabularyStore(openDatabase(':memory:'));
    const a = store.save(OPERE, undefined, T1).entry;
    const b = store.save(OPERE_PAST, undefined, T1).entry;
    const c = store.save(entry('virage', 'virage', 'Un virage.', { upos: 'NOUN' }), 'known', T1).entry;
    expect(store.remove(a.id)).toBe(true);
    expect(store.statuses().get('opérer')).toBe('new');
    expect(store.remove(b.id)).toBe(true);
    expect(store.remove(c.id)).toBe(true);
    expect(Object.fromEntries(store.statuses())).toEqual({ virage: 'known' });
    expect(store.remove(a.id)).toBe(false);
  });

  it('marks the rest as known without touching lemmas that have a status, and records known lemmas per day', () => {
    const store = new VocabularyStore(openDatabase(':memory:'));
    store.save(OPERE, 'learning-2', T1);
    expect(store.setStatuses(['opérer', 'chirurgien', 'demain', 'demain'], 'known', false, T1)).toBe(2);
    expect(Object.fromEntries(store.statuses())).toEqual({ opérer: 'learning-2', chirurgien: 'known', demain: 'known' });
    expect(store.setStatuses(['opérer'], 'known', true, T2)).toBe(1);
    expect(store.setStatuses(['opérer'], 'known', true, T2)).toBe(0);
    store.setStatuses(['demain'], 'ignored', true, T2);
    expect(store.knownHistory()).toEqual([
      { day: '2026-03-02', known: 2 },
      { day: '2026-03-03', known: 2 },
    ]);
  });

  it('counts lookups of the lemma and reveals of the sentence on each entry', () => {
    const db = openDatabase(':memory:');
    const store = new VocabularyStore(db);
    const events = new WordEvents(db);
    const saved = store.save(OPERE_PAST, undefined, T1).entry;
    expect(events.record({ kind: 'lookup', lemma: 'opérer', sentence: 'Le chirurgien opère demain.', documentId: null }, T1)).toEqual({ id: 1, kind: 'lookup', lemma: 'opérer', sentence: 'Le chirurgien opère demain.' });
    events.record({ kind: 'lookup', lemma: 'opérer', sentence: 'Il a opéré un virage.', documentId: 4 }, T1);
    events.record({ kind: 'reveal', lemma: null, sentence: 'Il a opéré un virage.', documentId: 4 }, T1);
    events.record({ kind: 'reveal', lemma: null, sentence: 'Autre chose.', documentId: 4 }, T1);
    expect(store.get(saved.id)).toMatchObject({ lookups: 2, reveals: 1 });
  });

  it('keeps every saved word and status across a restart (a file database)', () => {
    const file = join(dir, 'restart.sqlite');
    const first = openDatabase(file);
    const store = new VocabularyStore(first);
    store.save(OPERE, 'learning-4', T1);
    store.save(OPERE_PAST, undefined, T2);
    const before = store.list();
    first.close();

    const again = new VocabularyStore(openDatabase(file));
    expect(again.list()).toEqual(before);
    expect(Object.fromEntries(again.statuses())).toEqual({ opérer: 'learning-4' });
    expect(again.knownHistory()).toEqual([]);
  });
});

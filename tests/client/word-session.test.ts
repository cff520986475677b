import { describe, expect, it } from 'vitest';
import type { AnalyzedWord, LookupResponse, VocabularyEntry } from '../../server/schemas.ts';
import type { ReaderParagraph } from '../../client/reader-model.ts';
import type { VocabularyApi } from '../../client/state/vocabulary-api.ts';
import { WordSession } from '../../client/state/word-session.ts';
import { fakeHost } from './fake-host.ts';

const PARAGRAPHS: ReaderParagraph[] = [
  { kind: 'body', sentences: [{ key: '0:0', fr: 'Il a opéré.', en: 'He operated.' }, { key: '0:1', fr: 'Il opère.', en: 'He operates.' }] },
];
/** The analyzer's answer for 'Il a opéré. Il opère.' */
const TOKENS: AnalyzedWord[] = [
  { start: 0, end: 2, lemma: 'il', upos: 'PRON' },
  { start: 3, end: 4, lemma: 'avoir', upos: 'AUX' },
  { start: 5, end: 10, lemma: 'opérer', upos: 'VERB', features: { VerbForm: 'Part', Tense: 'Past' } },
  { start: 10, end: 11, lemma: '.', upos: 'PUNCT' },
  { start: 12, end: 14, lemma: 'il', upos: 'PRON' },
  { start: 15, end: 20, lemma: 'opérer', upos: 'VERB' },
  { start: 20, end: 21, lemma: '.', upos: 'PUNCT' },
];
const LOOKUP: LookupResponse = {
  token: { start: 5, end: 10 }, lemma: 'opérer', upos: 'VERB', features: { VerbForm: 'Part', Tense: 'Past' },
  glosses: [{ text: 'operate', pos: 'VERB' }, { text: 'carry out', pos: 'VERB' }], inTranslation: [{ start: 3, end: 11 }],
};
const ENTRY = { id: 7, word: 'opéré', lemma: 'opérer', status: 'new' } as VocabularyEntry;

function fakeApi() {
  const calls: [string, unknown][] = [];
  const api: VocabularyApi = {
    analyze: async (text) => (calls.push(['analyze', text]), { tokens: TOKENS }),
    lookup: async (request) => {
      calls.push(['lookup', request]);
      // 'Il opère.' at 3 answers as if opère were the second word of an expression that starts at 0.
      const token = request.offset === 5 ? LOOKUP.token : request.text === 'Il opère.' && request.offset === 3 ? { start: 0, end: 8 } : { start: request.offset, end: request.offset + 2 };
      return { ...LOOKUP, token, glosses: request.offset === 0 ? [{ text: 'he', pos: 'PRON' }] : LOOKUP.glosses };
    },
    save: async (request) => (calls.push(['save', request]), { ...ENTRY, status: request.status ?? 'new' }),
    list: async () => [],
    update: async (id, patch) => (calls.push(['update', { id, ...patch }]), { ...ENTRY, ...patch } as VocabularyEntry),
    remove: async () => undefined,
    statuses: async () => (calls.push(['statuses', null]), { avoir: 'known' }),
    setStatuses: async (update) => (calls.push(['setStatuses', update]), { changed: update.lemmas.length }),
    history: async () => [],
    record: async (event) => (calls.push(['record', event]), {}),
  };
  return { api, calls };
}

/** A few turns of the event loop: the session applies each analysis after a pause (an idle callback, a timer in Node). */
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

async function loaded() {
  const { api, calls } = fakeApi();
  const words = new WordSession(fakeHost(), api);
  words.load(PARAGRAPHS, 3);
  await settle();
  return { words, calls };
}

describe('the words of the open article', () => {
  it('analyzes the article in one request and keeps each sentence’s tokens with offsets into it', async () => {
    const { words, calls } = await loaded();
    expect(calls).toEqual([['statuses', null], ['analyze', 'Il a opéré. Il opère.']]);
    expect(words.tokens.get('0:1')).toEqual([
      { start: 0, end: 2, lemma: 'il', upos: 'PRON' },
      { start: 3, end: 8, lemma: 'opérer', upos: 'VERB' },
      { start: 8, end: 9, lemma: '.', upos: 'PUNCT' },
    ]);
    expect(words.counts).toEqual({ unknown: 2, new: 0, learning: 0, known: 1, ignored: 0 });
    // The same French with its English arriving is not analyzed again.
    words.load([{ kind: 'body', sentences: PARAGRAPHS[0]!.sentences.map((s) => ({ ...s, en: 'x' })) }], 3);
    await settle();
    expect(calls.filter(([name]) => name === 'analyze').length).toBe(1);
    expect(words.sentenceAt(1)).toBe('Il opère.');
  });

  it('opens a word with its English, records the lookup, and saves it: both forms of the lemma share the status', async () => {
    const { words, calls } = await loaded();
    await words.open('0:0', 5);
    expect(words.word).toMatchObject({ key: '0:0', start: 5, form: 'opéré', sentence: 'Il a opéré.', translation: 'He operated.', result: LOOKUP });
    expect(words.view.lit).toEqual({ key: '0:0', spans: [{ start: 3, end: 11 }] });
    expect(calls.slice(2)).toEqual([
      ['record', { kind: 'lookup', text: 'Il a opéré.', offset: 5, documentId: 3 }],
      ['lookup', { text: 'Il a opéré.', offset: 5, translation: 'He operated.' }],
    ]);
    await words.save('learning-1');
    expect(calls.at(-1)).toEqual(['save', { text: 'Il a opéré.', offset: 5, translation: 'He operated.', documentId: 3, status: 'learning-1' }]);
    expect(words.statuses).toEqual({ avoir: 'known', opérer: 'learning-1' });
    expect(words.status).toBe('learning-1');
    expect(words.counts).toEqual({ unknown: 1, new: 0, learning: 1, known: 1, ignored: 0 });
    await words.setStatus('learning-2');
    expect(calls.at(-1)).toEqual(['update', { id: 7, status: 'learning-2' }]);
    expect(words.statuses.opérer).toBe('learning-2');
  });

  it('changes the status of a lemma never saved, and marks the rest as known without touching the learner’s statuses', async () => {
    const { words, calls } = await loaded();
    await words.open('0:1', 3);
    await words.setStatus('ignored');
    expect(calls.at(-1)).toEqual(['setStatuses', { lemmas: ['opérer'], status: 'ignored', overwrite: true }]);
    expect(await words.markRestKnown()).toBe(1);
    expect(calls.at(-1)).toEqual(['setStatuses', { lemmas: ['il'], status: 'known', overwrite: false }]);
    expect(words.statuses).toEqual({ avoir: 'known', opérer: 'ignored', il: 'known' });
    expect(words.counts).toEqual({ unknown: 0, new: 0, learning: 0, known: 2, ignored: 1 });
  });

  it('asks for glosses of the words still to learn in the paragraphs on screen, each once; an expression’s above its first word', async () => {
    const { words, calls } = await loaded();
    words.wantGlosses([0]);
    words.wantGlosses([0]);
    await settle();
    const lookups = calls.filter(([name]) => name === 'lookup').map(([, r]) => (r as { text: string; offset: number }).offset);
    // il, opéré (0:0); il, opère (0:1): avoir is known.
    expect(lookups).toEqual([0, 5, 0, 3]);
    expect([...words.glosses]).toEqual([['0:0@0', 'he'], ['0:0@5', 'operate'], ['0:1@0', 'he']]);
  });

  it('records a reveal at the sentence’s first character', async () => {
    const { words, calls } = await loaded();
    words.revealed('0:1');
    expect(calls.at(-1)).toEqual(['record', { kind: 'reveal', text: 'Il opère.', offset: 0, documentId: 3 }]);
  });
});

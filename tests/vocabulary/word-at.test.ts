/** The sentence around an offset, and the lookup's answer as the vocabulary keeps it. */
import { describe, expect, it } from 'vitest';
import type { LookupRequest, LookupResponse } from '../../server/schemas.ts';
import { sentenceAt, wordAtFromLookup } from '../../server/vocabulary/word-at.ts';

const TEXT = 'Le virage\n\nM. Dupont a opéré. Il part.';

describe('sentenceAt', () => {
  it.each([
    [0, { start: 0, end: 9 }],
    [11, { start: 11, end: 29 }],
    [24, { start: 11, end: 29 }],
    [30, { start: 30, end: 38 }],
    [37, { start: 30, end: 38 }],
  ])('offset %i is in %o', (offset, span) => {
    expect(sentenceAt(TEXT, offset)).toEqual(span);
  });

  it.each([9, 10, 29, 38, 100, -1])('offset %i is between sentences or outside the text', (offset) => {
    expect(sentenceAt(TEXT, offset)).toBeUndefined();
  });
});

describe('wordAtFromLookup', () => {
  it('keeps the token, lemma, part of speech, features, best gloss and English spans', async () => {
    const requests: LookupRequest[] = [];
    const wordAt = wordAtFromLookup(async (request) => {
      requests.push(request);
      const answer: LookupResponse = {
        token: { start: 9, end: 14 }, lemma: 'opérer', upos: 'VERB', features: { VerbForm: 'Part' },
        glosses: [{ text: 'operate', pos: 'VERB' }, { text: 'perform', pos: 'VERB' }], inTranslation: [{ start: 3, end: 11 }],
      };
      return answer;
    });
    expect(await wordAt('Dupont a opéré.', 10, 'He operated.')).toEqual({
      start: 9, end: 14, lemma: 'opérer', upos: 'VERB', features: { VerbForm: 'Part' }, gloss: 'operate', inTranslation: [{ start: 3, end: 11 }],
    });
    expect(requests).toEqual([{ text: 'Dupont a opéré.', offset: 10, translation: 'He operated.' }]);
  });

  it('has no gloss when the dictionary gives none (a name)', async () => {
    const wordAt = wordAtFromLookup(async () => ({ token: { start: 0, end: 6 }, lemma: 'Dupont', upos: 'PROPN', features: {}, glosses: [], inTranslation: [], name: true }));
    expect((await wordAt('Dupont', 0)).gloss).toBeUndefined();
  });
});

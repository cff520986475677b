import { describe, expect, it } from 'vitest';
import { englishLemmaSet, englishLemmas, englishWords } from '../../../server/core/lexicon/english.ts';

describe('englishWords', () => {
  it('gives words with offsets, keeping inner apostrophes and hyphens, without punctuation', () => {
    expect(englishWords('Don’t stop: a well-known 2021 case.')).toEqual([
      { start: 0, end: 5, text: 'Don’t' },
      { start: 6, end: 10, text: 'stop' },
      { start: 12, end: 13, text: 'a' },
      { start: 14, end: 24, text: 'well-known' },
      { start: 25, end: 29, text: '2021' },
      { start: 30, end: 34, text: 'case' },
    ]);
  });
});

describe('englishLemmas', () => {
  it.each([
    ['Limits', ['limits', 'limit']],
    ['went', ['went', 'go']],
    ['better', ['better', 'good']],
    ['constrained', ['constrained', 'constrain']],
    ['people', ['people']],
    ['2021', ['2021']],
  ])('%s → %j', (word, lemmas) => {
    expect(englishLemmas(word)).toEqual(lemmas);
  });

  it('collects every lemma of a text', () => {
    expect([...englishLemmaSet('Prices grew.')].sort()).toEqual(['grew', 'grow', 'price', 'prices']);
  });
});

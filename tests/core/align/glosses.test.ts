import { describe, expect, it } from 'vitest';
import { glossIndex, glossKeys } from '../../../server/core/align/glosses.ts';
import type { Dictionary } from '../../../server/core/lexicon/wiktionary.ts';

const dictionary: Dictionary = new Map([
  ['prendre', [{ text: 'take', pos: 'VERB' }]],
  ['ratifier', [{ text: 'ratify', pos: 'VERB' }]],
]);
const index = glossIndex(dictionary);

describe('glossKeys', () => {
  it('guesses the dictionary form of a regular inflection', () => {
    expect(glossKeys(index, 'ratifié')).toEqual(['ratif']);
  });

  it('finds an irregular form only through the lemmas it is given', () => {
    const lemmas = (word: string) => (word === 'prit' ? ['prendre'] : []);
    expect(glossKeys(index, 'prit')).toEqual([]);
    expect(glossKeys(index, 'prit', lemmas)).toEqual(['take']);
  });

  it('falls back on guesses when no lemma is in the dictionary', () => {
    expect(glossKeys(index, 'ratifiés', () => ['ratifié'])).toEqual(['ratif']);
  });
});

import { describe, expect, it } from 'vitest';
import { KeyTable, englishBag, frenchBag } from '../../../server/core/align/bags.ts';
import { glossIndex, glossKeys } from '../../../server/core/align/glosses.ts';
import { englishKey, frenchKey, frenchLemmaGuesses, numberKey } from '../../../server/core/align/words.ts';

describe('numberKey', () => {
  it.each([
    ['1 500', 'fr', '1500'],
    ['1\u202f500', 'fr', '1500'],
    ['1.500', 'fr', '1500'],
    ['3,5', 'fr', '3.5'],
    ['2 000 000,25', 'fr', '2000000.25'],
    ['1,500', 'en', '1500'],
    ['3.5', 'en', '3.5'],
    ['3.50', 'en', '3.5'],
    ['2021', 'en', '2021'],
  ] as const)('%s (%s) → %s', (written, language, expected) => {
    expect(numberKey(written, language)).toBe(expected);
  });
});

describe('keys', () => {
  it('meets French words and their English cognates', () => {
    expect(frenchKey('économiques')).toBe(englishKey('economic'));
    expect(frenchKey('Présidents')).toBe(englishKey('president'));
    expect(frenchKey('parlement')).not.toBe(englishKey('parliament'));
    expect(englishKey('ratified')).toBe('ratif');
  });

  it('guesses dictionary forms of inflected French words', () => {
    expect(frenchLemmaGuesses('ratifie')).toContain('ratifier');
    expect(frenchLemmaGuesses('annoncaient')).toContain('annoncer');
    expect(frenchLemmaGuesses('chevaux')).toContain('cheval');
  });

  it('finds glosses through a guessed dictionary form', () => {
    const index = glossIndex(new Map([['ratifier', [{ text: 'to ratify', pos: 'VERB' }]]]));
    expect(glossKeys(index, 'ratifié')).toEqual(['ratif']);
    expect(glossKeys(index, 'maison')).toEqual([]);
  });
});

describe('bags', () => {
  it('weigh words, names and numbers, and skip function words', () => {
    const table = new KeyTable();
    const french = frenchBag('Le maire de Lyon a payé 1 500 euros ?', table, undefined);
    const english = englishBag('The mayor of Lyon paid 1,500 euros?', table);
    // maire 1, Lyon 2, payé 1, 1 500 3, euros 1, ? 1
    expect(french.total).toBe(9);
    expect(english.total).toBe(9);
    expect([...french.keys].filter((k) => english.keys.includes(k))).toHaveLength(4);
  });
});

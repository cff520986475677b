import { describe, expect, it } from 'vitest';
import { expressionIndex, findExpression, headwordWords, wordKey } from '../../../server/core/lexicon/expressions.ts';

const index = expressionIndex(['de plus en plus', 'de plus', 'mise à jour', 'd’un coup', 'aujourd’hui', 'chien', 'il y a']);

describe('multiword expressions', () => {
  it('cuts a headword as a text is cut, into folded keys', () => {
    expect(headwordWords('D’un coup')).toEqual(["d'", 'un', 'coup']);
    expect(headwordWords('aujourd’hui')).toEqual(["aujourd'hui"]);
    expect(wordKey('L’Occident')).toBe("l'occident");
  });

  it('indexes only headwords of two words or more, longest first', () => {
    expect([...index.keys()]).toEqual(['de', 'mise', "d'", 'il']);
    expect(index.get('de')!.map((e) => e.headword)).toEqual(['de plus en plus', 'de plus']);
  });

  it.each([
    [['il', 'va', 'de', 'plus', 'en', 'plus', 'vite'], 4, { start: 2, end: 6, headword: 'de plus en plus' }],
    [['il', 'va', 'de', 'plus', 'en', 'plus', 'vite'], 2, { start: 2, end: 6, headword: 'de plus en plus' }],
    [['de', 'plus', 'belle'], 0, { start: 0, end: 2, headword: 'de plus' }],
    [['une', 'Mise', 'à', 'jour'], 2, { start: 1, end: 4, headword: 'mise à jour' }],
    [['d’', 'un', 'coup'], 2, { start: 0, end: 3, headword: 'd’un coup' }],
    [['il', 'y', 'a', 'un', 'an'], 1, { start: 0, end: 3, headword: 'il y a' }],
  ])('%j at %i → %j', (words, at, match) => {
    expect(findExpression(words, at, index)).toEqual(match);
  });

  it.each([
    [['il', 'va', 'de', 'plus', 'en', 'plus'], 1],
    [['de', 'moins', 'en', 'moins'], 0],
    [['mise', 'à'], 0],
    [['le', 'chien'], 1],
  ])('%j at %i is no expression', (words, at) => {
    expect(findExpression(words, at, index)).toBeUndefined();
  });
});

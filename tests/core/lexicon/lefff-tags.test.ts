import { describe, expect, it } from 'vitest';
import { featuresOfMorph, uposOfCategory } from '../../../server/core/lexicon/lefff-tags.ts';

describe('Lefff tags in UD terms', () => {
  it.each([
    ['v', 'VERB'], ['auxEtre', 'AUX'], ['auxAvoir', 'AUX'], ['nc', 'NOUN'], ['np', 'PROPN'], ['det', 'DET'], ['cla', 'PRON'], ['clneg', 'ADV'],
    ['prep', 'ADP'], ['csu', 'SCONJ'], ['coo', 'CCONJ'], ['poncts', 'PUNCT'], ['meta', undefined],
  ] as const)('category %s is %s', (category, upos) => {
    expect(uposOfCategory(category)).toBe(upos);
  });

  it.each([
    ['Kfs', { Tense: 'Past', VerbForm: 'Part', Gender: 'Fem', Number: 'Sing' }],
    ['P3s', { Mood: 'Ind', Tense: 'Pres', VerbForm: 'Fin', Person: '3', Number: 'Sing' }],
    ['P13s', { Mood: 'Ind', Tense: 'Pres', VerbForm: 'Fin', Number: 'Sing' }],
    ['F1p', { Mood: 'Ind', Tense: 'Fut', VerbForm: 'Fin', Person: '1', Number: 'Plur' }],
    ['W', { VerbForm: 'Inf' }],
    ['G', { Tense: 'Pres', VerbForm: 'Part' }],
    ['mp', { Gender: 'Masc', Number: 'Plur' }],
    ['s', { Number: 'Sing' }],
    ['', {}],
  ] as const)('morph %s', (morph, features) => {
    expect(featuresOfMorph(morph)).toEqual(features);
  });
});

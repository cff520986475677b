import { describe, expect, it } from 'vitest';
import { guessLemma } from '../../../server/core/lexicon/suffix-guess.ts';

describe('guessLemma', () => {
  it.each([
    ['réindustrialisées', 'VERB', 'réindustrialiser'],
    ['twittaient', 'VERB', 'twitter'],
    ['googlisé', 'VERB', 'googliser'],
    ['zoomons', 'VERB', 'zoomer'],
    ['Bidouiller', 'VERB', 'bidouiller'],
    ['covid', 'NOUN', 'covid'],
    ['startups', 'NOUN', 'startup'],
    ['bureaux', 'NOUN', 'bureau'],
    ['pivotaux', 'ADJ', 'pivotal'],
    ['disruptives', 'ADJ', 'disruptif'],
    ['rigolotes', 'ADJ', 'rigolote'],
    ['Covid', 'PROPN', 'Covid'],
    ['os', 'NOUN', 'os'],
  ] as const)('%s (%s) → %s', (form, upos, lemma) => {
    expect(guessLemma(form, upos)).toBe(lemma);
  });
});

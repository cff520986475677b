import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishLemmaSet } from '../../../server/core/lexicon/english.ts';
import { glossCommonness, glossInTranslation, glossLemmas, rankGlosses } from '../../../server/core/lexicon/glosses.ts';
import { parseWiktionary } from '../../../server/core/lexicon/wiktionary.ts';
import { FIXTURE_DICTIONARY } from '../../words/stand-ins.ts';

const dictionary = parseWiktionary(readFileSync(FIXTURE_DICTIONARY, 'utf8'));
const commonness = glossCommonness(dictionary);
const texts = (headword: string, context: Parameters<typeof rankGlosses>[1]) => rankGlosses(dictionary.get(headword)!, context).map((g) => `${g.text}/${g.pos}`);

describe('glossLemmas', () => {
  it.each([
    ['to grow (up)', [['grow']]],
    ['hammer (of a gun)', [['hammer']]],
    ['more and more', [['more'], ['and'], ['more']]],
    ['the West', [['west']]],
    ['the', [['the']]],
    ['builds up', [['builds', 'build'], ['up']]],
  ])('%s → %j', (gloss, lemmas) => {
    expect(glossLemmas(gloss)).toEqual(lemmas);
  });

  it('finds a gloss in a translation by its lemmas, every content word of it', () => {
    const english = englishLemmaSet('Sales grew more and more.');
    expect([glossInTranslation('to grow', english), glossInTranslation('more and more', english), glossInTranslation('build up', english)]).toEqual([true, true, false]);
  });
});

describe('glossCommonness', () => {
  it('counts the headwords a gloss translates, case ignored', () => {
    expect([commonness('grow'), commonness('increase'), commonness('West'), commonness('accrue'), commonness('absent')]).toEqual([3, 2, 2, 1, 0]);
  });
});

describe('rankGlosses on the fixture dictionary', () => {
  it('puts senses of the tagged part of speech first, then single words, commoner, shorter', () => {
    expect(texts('accroître', { upos: 'VERB', commonness })).toEqual(['grow/VERB', 'increase/VERB', 'accrue/VERB', 'build up/VERB', 'growth/NOUN']);
  });

  it('puts first the gloss the translation uses', () => {
    const english = englishLemmaSet('Sales increased sharply.');
    expect(texts('accroître', { upos: 'VERB', english, commonness })).toEqual(['increase/VERB', 'grow/VERB', 'accrue/VERB', 'build up/VERB', 'growth/NOUN']);
  });

  it('follows the tagger to another part of speech', () => {
    expect(texts('accroître', { upos: 'NOUN', commonness })).toEqual(['growth/NOUN', 'grow/VERB', 'increase/VERB', 'accrue/VERB', 'build up/VERB']);
  });

  it('falls back to length, then file order, without commonness', () => {
    expect(texts('accroître', { upos: 'VERB' })).toEqual(['grow/VERB', 'accrue/VERB', 'increase/VERB', 'build up/VERB', 'growth/NOUN']);
  });

  it('keeps each gloss once, under its best-agreeing sense', () => {
    expect(texts('vite', { upos: 'ADJ', commonness })).toEqual(['fast/ADJ', 'quickly/ADV']);
  });

  it('counts a sense without a part of speech as half agreeing', () => {
    expect(texts('aujourd’hui', { upos: 'ADV', commonness })).toEqual(['today/X', 'nowadays/NOUN', 'these days/NOUN']);
  });

  it('ignores a parenthesised remark when matching the translation', () => {
    expect(texts('chien', { upos: 'NOUN', english: englishLemmaSet('He cocked the hammer.') })).toEqual(['hammer (of a gun)/NOUN', 'dog/NOUN', 'hound/NOUN']);
  });
});

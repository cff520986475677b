import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotAWordError } from '../../server/errors.ts';
import { fixtureWords } from './stand-ins.ts';

const words = fixtureWords();
/** Looks up the `nth` occurrence of `word` in `text`, at its last character. */
const lookup = (text: string, word: string, translation?: string, nth = 0) => {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(word, at + 1);
  return words.lookup({ text, offset: at + word.length - 1, ...(translation === undefined ? {} : { translation }) });
};
const slice = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

const SALES = 'Les ventes s’accroissent de plus en plus vite.';
const SALES_EN = 'Sales are increasing faster and faster.';

describe('lookup', () => {
  it('gives the lemma, tag, features and context-ranked glosses of a verb, and what it became', async () => {
    const found = await lookup(SALES, 'accroissent', SALES_EN);
    expect(found).toEqual({
      token: { start: 13, end: 24 },
      lemma: 'accroître',
      upos: 'VERB',
      features: { Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Plur' },
      glosses: [
        { text: 'increase', pos: 'VERB' },
        { text: 'grow', pos: 'VERB' },
        { text: 'accrue', pos: 'VERB' },
        { text: 'build up', pos: 'VERB' },
        { text: 'growth', pos: 'NOUN' },
      ],
      inTranslation: [{ start: 10, end: 20 }],
    });
    expect(slice(SALES_EN, found.inTranslation)).toEqual(['increasing']);
  });

  it('opens a whole multiword expression from any of its words', async () => {
    const translation = 'Sales are growing more and more quickly.';
    const found = await lookup(SALES, ' en', translation);
    expect(found).toEqual({
      token: { start: 25, end: 40 },
      lemma: 'de plus en plus',
      upos: 'X',
      features: {},
      glosses: [
        { text: 'more and more', pos: 'X' },
        { text: 'increasingly', pos: 'X' },
      ],
      expression: true,
      inTranslation: [
        { start: 18, end: 22 },
        { start: 23, end: 26 },
        { start: 27, end: 31 },
      ],
    });
    expect(SALES.slice(found.token.start, found.token.end)).toBe('de plus en plus');
    expect((await lookup('Il a opéré une mise à jour.', 'à')).lemma).toBe('mise à jour');
  });

  it('splits elisions: the article and the name are two words, the name glossed under its spelling', async () => {
    const text = 'Il admire l’Occident.';
    expect(await lookup(text, 'Occident', 'He admires the West.')).toEqual({
      token: { start: 12, end: 20 },
      lemma: 'Occident',
      upos: 'PROPN',
      features: {},
      glosses: [{ text: 'West', pos: 'NOUN' }],
      name: true,
      inTranslation: [{ start: 15, end: 19 }],
    });
    const article = await lookup(text, 'l’', 'He admires the West.');
    expect([article.token, article.lemma, article.upos, article.glosses, article.inTranslation]).toEqual([
      { start: 10, end: 12 },
      'le',
      'DET',
      [{ text: 'the', pos: 'DET' }],
      [{ start: 11, end: 14 }],
    ]);
  });

  it('reads a clitic and its verb as two words, and aujourd’hui as one', async () => {
    const verb = await lookup('Elles s’efforcent de venir.', 'efforcent');
    expect([verb.token, verb.lemma, verb.glosses.map((g) => g.text)]).toEqual([{ start: 8, end: 17 }, 'efforcer', ['strive', 'endeavour']]);
    const today = await lookup('Il vient aujourd’hui.', 'aujourd', 'He comes today.');
    expect([today.token, today.glosses.map((g) => g.text), today.inTranslation]).toEqual([{ start: 9, end: 20 }, ['today', 'nowadays', 'these days'], [{ start: 9, end: 14 }]]);
  });

  it('says a proper name the dictionary lacks is a name, with no gloss', async () => {
    expect(await lookup('Macron dort.', 'Macron', 'Macron sleeps.')).toEqual({
      token: { start: 0, end: 6 },
      lemma: 'Macron',
      upos: 'PROPN',
      features: {},
      glosses: [],
      name: true,
      inTranslation: [{ start: 0, end: 6 }],
    });
  });

  it('finds nothing in a translation that does not hold the word', async () => {
    const found = await lookup('Le chien dort.', 'chien', 'The cat sleeps.');
    expect([found.glosses.map((g) => g.text), found.inTranslation]).toEqual([['dog', 'hound', 'hammer (of a gun)'], []]);
  });

  it('looks up a word inside a long text by its own sentence', async () => {
    const text = `${'Le chien dort. '.repeat(50)}\nIl admire l’Occident.`;
    const found = await words.lookup({ text, offset: text.lastIndexOf('Occident') });
    expect([found.token.start, found.lemma]).toEqual([text.lastIndexOf('Occident'), 'Occident']);
  });

  it.each([
    ['a space', 'Le chien dort.', 2],
    ['punctuation', 'Le chien dort.', 13],
    ['a number', 'Il a 43 ans.', 5],
    ['past the end', 'Le chien dort.', 14],
  ])('refuses an offset on %s with NOT_A_WORD', async (_, text, offset) => {
    await expect(words.lookup({ text, offset })).rejects.toThrow(NotAWordError);
  });

  it('answers lemma and tag without glosses, and says why, when the dictionary is absent', async () => {
    const bare = fixtureWords(join(import.meta.dirname, 'absent.csv'));
    expect(await bare.lookup({ text: 'Le chien dort.', offset: 4, translation: 'The dog sleeps.' })).toEqual({
      token: { start: 3, end: 8 },
      lemma: 'chien',
      upos: 'NOUN',
      features: { Gender: 'Masc', Number: 'Sing' },
      glosses: [],
      inTranslation: [],
      glossesUnavailable: 'The dictionary file VISAVIS_DICTIONARY names does not exist: absent.csv.',
    });
    expect(await bare.align('le chien dort', 'the dog sleeps')).toEqual({ links: [[0, 0]] });
  });
});

describe('align', () => {
  it('aligns whitespace tokens with the dictionary, lemmas from Lefff', async () => {
    expect(await words.align('les ventes  s’accroissent vite', 'sales grow fast')).toEqual({ links: [[1, 0], [2, 1], [3, 2]] });
  });
});

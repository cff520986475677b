import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { postJson } from '../support/requests.ts';
import { tinyConfig } from '../support/tiny-model.ts';
import { fixtureWords } from '../words/stand-ins.ts';

const config = tinyConfig();
const translator = createMarianTranslator(config);
const app = createApp({ config, translator, words: fixtureWords() });
afterAll(() => translator.dispose());

const lookup = (body: unknown) => postJson(app, '/api/lookup', body);

describe('POST /api/lookup', () => {
  it('answers the word, its ranked glosses and what it became, as JSON', async () => {
    const res = await lookup({ text: 'Le chien noir dort.', offset: 5, translation: 'The black dog sleeps.' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      token: { start: 3, end: 8 },
      lemma: 'chien',
      upos: 'NOUN',
      features: { Gender: 'Masc', Number: 'Sing' },
      glosses: [
        { text: 'dog', pos: 'NOUN' },
        { text: 'hound', pos: 'NOUN' },
        { text: 'hammer (of a gun)', pos: 'NOUN' },
      ],
      inTranslation: [{ start: 10, end: 13 }],
    });
  });

  it('answers without a translation: nothing found in it', async () => {
    const res = await lookup({ text: 'Il admire l’Occident.', offset: 12 });
    expect(await res.json()).toEqual({
      token: { start: 12, end: 20 },
      lemma: 'Occident',
      upos: 'PROPN',
      features: {},
      glosses: [{ text: 'West', pos: 'NOUN' }],
      name: true,
      inTranslation: [],
    });
  });

  it.each([
    [2, 'There is no word at offset 2 (white space, punctuation or a number): send the index of a character of a word.'],
    [18, 'There is no word at offset 18 (white space, punctuation or a number): send the index of a character of a word.'],
    [19, 'offset 19 is outside the text (19 characters): send the index of a character of the word.'],
    [-1, 'offset -1 is outside the text (19 characters): send the index of a character of the word.'],
  ])('refuses offset %i with 400 NOT_A_WORD', async (offset, message) => {
    const res = await lookup({ text: 'Le chien noir dort.', offset });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'NOT_A_WORD', message } });
  });

  it.each([
    [{ offset: 1 }, 'Send JSON like {"text": "…", "offset": n}: the French text and the index of the word in it.'],
    [{ text: 'Le chien.', offset: '1' }, 'offset is the index (a whole number) of the word in text.'],
    [{ text: 'Le chien.', offset: 1.5 }, 'offset is the index (a whole number) of the word in text.'],
  ])('refuses %j with 400 BAD_REQUEST', async (body, message) => {
    const res = await lookup(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'BAD_REQUEST', message } });
  });
});

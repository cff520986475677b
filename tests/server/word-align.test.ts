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

const align = (body: unknown) => postJson(app, '/api/word-align', body);

describe('POST /api/word-align', () => {
  it('links whitespace tokens, 0-based, French first', async () => {
    const res = await align({ source: 'le chien noir dort .', target: 'the black dog sleeps .' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ links: [[0, 0], [1, 2], [2, 1], [3, 3], [4, 4]] });
  });

  it('links an expression to every word of its gloss, and leaves unknown words alone', async () => {
    const res = await align({ source: 'elle dort de plus en plus', target: 'she sleeps more and more , alas' });
    expect(await res.json()).toEqual({
      links: [[0, 0], [1, 1], [2, 2], [2, 3], [2, 4], [3, 2], [3, 3], [3, 4], [4, 2], [4, 3], [4, 4], [5, 2], [5, 3], [5, 4]],
    });
  });

  it('answers no links for empty sides', async () => {
    expect(await (await align({ source: '', target: '  ' })).json()).toEqual({ links: [] });
  });

  it('refuses a missing side with 400 BAD_REQUEST', async () => {
    const res = await align({ source: 'le chien' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'BAD_REQUEST', message: 'Send JSON like {"source": "…", "target": "…"}: the English target as a string of whitespace-separated tokens.' },
    });
  });
});

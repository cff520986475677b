/** POST /api/alternatives: the n best translations of one sentence by beam search, best first. */
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import type { AlternativesResponse, ErrorBody } from '../../server/schemas.ts';
import { postJson } from '../support/requests.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const config = tinyConfig();
const translator = createMarianTranslator(config);
const app = createApp({ config, translator });
afterAll(() => translator.dispose());

describe('POST /api/alternatives', () => {
  it('answers n different translations, best first', async () => {
    const res = await postJson(app, '/api/alternatives', { text: 'Bonjour.', n: 3 });
    expect(res.status).toBe(200);
    const { alternatives } = (await res.json()) as AlternativesResponse;
    // The fp32 tiny model's beam: noise, but exact.
    const c = (n: number) => Array(n).fill('ç').join(' ');
    expect(alternatives.map((a) => a.translation)).toEqual([`${c(18)} on L`, `${c(19)} on L`, `${c(18)} on L L`]);
    const scores = alternatives.map((a) => a.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('refuses more than 8 with 400, and an empty sentence', async () => {
    for (const body of [{ text: 'Bonjour.', n: 9 }, { text: '  ' }]) {
      const res = await postJson(app, '/api/alternatives', body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.code).toBe('BAD_REQUEST');
    }
  });
});

/**
 * One request may ask the model for at most VISAVIS_MAX_REQUEST_TOKENS source tokens: past it, a
 * typed 413 before any work is queued; sentences the cache answers cost nothing.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import type { ErrorBody, TranslateResponse } from '../../server/schemas.ts';
import { openDatabase } from '../../server/store/db.ts';
import { TranslationCache } from '../../server/store/translation-cache.ts';
import { postJson } from '../support/requests.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const SHORT = 'Le chat dort.';
/** 40 sentences of digits: far more tokens than a budget of 64. */
const HEAVY = Array.from({ length: 40 }, (_, i) => `Le code ${i} est 7${String(i).padStart(2, '0')}93846.`).join(' ');

function setUp(store?: TranslationCache) {
  const config = tinyConfig({ VISAVIS_MAX_REQUEST_TOKENS: '64' });
  const translator = createMarianTranslator(config);
  onTestFinished(() => translator.dispose());
  return { translator, app: createApp({ config, translator, store }) };
}

describe('the per-request token budget', () => {
  it('refuses a text over it with 413 TOO_MANY_TOKENS, its count and the limit, and translates nothing', async () => {
    const { app, translator } = setUp();
    const res = await postJson(app, '/api/translate', { text: HEAVY });
    expect(res.status).toBe(413);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('TOO_MANY_TOKENS');
    const [tokens] = /\d+/.exec(body.error.message)!;
    const counted = (await translator.countTokens(HEAVY.split(/(?<=\.) /))).reduce((a, b) => a + b, 0);
    expect(Number(tokens)).toBe(counted);
    expect(body.error.message).toContain('at most 64 (VISAVIS_MAX_REQUEST_TOKENS)');
    expect(translator.queued).toBe(0);
  });

  it('lets a text under it through', async () => {
    const { app } = setUp();
    const res = await postJson(app, '/api/translate', { text: SHORT });
    expect(res.status).toBe(200);
    expect(((await res.json()) as TranslateResponse).paragraphs[0]!.sentences).toHaveLength(1);
  });

  it('counts only the sentences the cache does not answer', async () => {
    const store = new TranslationCache(openDatabase(':memory:'), 1000);
    const { app, translator } = setUp(store);
    const sentences = HEAVY.split(/(?<=\.) /);
    store.putMany(translator.outputKey, sentences.slice(1).map((source) => ({ source, text: 'cached', score: -1 })));
    const res = await postJson(app, '/api/translate', { text: HEAVY });
    expect(res.status).toBe(200);
  });
});

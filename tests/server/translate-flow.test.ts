import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator, type Translator } from '../../server/engine/translator.ts';
import type { TranslateEvent, TranslateResponse } from '../../server/schemas.ts';
import { openDatabase } from '../../server/store/db.ts';
import { TranslationCache } from '../../server/store/translation-cache.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const LONG = Array.from({ length: 240 }, (_, i) => `Le président numéro ${i} a annoncé jeudi un accord avec la Russie.`).join(' ');

/** The real tiny-model translator, counting the sentences it finishes and how its batches end. */
function counting(inner: Translator) {
  const seen = { sentences: 0, outcomes: [] as Promise<string>[] };
  const translator: Translator = {
    modelId: inner.modelId,
    outputKey: inner.outputKey,
    get queued() {
      return inner.queued;
    },
    status: () => inner.status(),
    ready: () => inner.ready(),
    countTokens: (texts) => inner.countTokens(texts),
    dispose: () => inner.dispose(),
    translateBatch(texts, signal) {
      const run = inner.translateBatch(texts, signal);
      seen.outcomes.push(run.then(() => {
        seen.sentences += texts.length;
        return 'finished';
      }, (e: Error) => e.name));
      return run;
    },
  };
  return { translator, seen };
}

const post = (app: ReturnType<typeof createApp>, text: string, init: RequestInit = {}) =>
  app.request('/api/translate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson' },
    body: JSON.stringify({ text }),
    ...init,
  });

describe('translate with a cache, a bounded queue and cancellation', () => {
  const config = tinyConfig({ VISAVIS_QUEUE: '1' });
  const inner = createMarianTranslator(config);
  afterAll(() => inner.dispose());

  it('serves a cached sentence from the cache and stores what the model made', async () => {
    const cache = new TranslationCache(openDatabase(':memory:'), 100);
    cache.putMany(inner.outputKey, [{ source: 'Il repart demain.', text: 'STORED TRANSLATION', score: -0.25 }]);
    const { translator, seen } = counting(inner);
    const app = createApp({ config, translator, store: cache });
    const res = await app.request('/api/translate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'M. Dupont est arrivé. Il repart demain.' }),
    });
    const body = (await res.json()) as TranslateResponse;
    const [first, second] = body.paragraphs[0]!.sentences;
    expect(second).toMatchObject({ translation: 'STORED TRANSLATION', score: -0.25 });
    expect(seen.sentences).toBe(1);
    expect(cache.getMany(inner.outputKey, ['M. Dupont est arrivé.']).get(0)?.text).toBe(first!.translation);
  });

  it('stops translating when the client disconnects', async () => {
    const { translator, seen } = counting(inner);
    const app = createApp({ config, translator });
    const controller = new AbortController();
    const res = await post(app, LONG, { signal: controller.signal });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    while (!received.includes('"type":"sentence"')) received += (await reader.read()).value ?? '';
    controller.abort();
    await reader.cancel();
    const outcomes = await Promise.all(seen.outcomes);
    expect(outcomes.filter((o) => o === 'finished').length).toBeGreaterThan(0);
    expect(seen.sentences).toBeGreaterThan(0);
    expect(seen.sentences).toBeLessThan(240);
  });

  it('answers 503 with Retry-After when its queue is full, and serves again after', async () => {
    const { translator, seen } = counting(inner);
    const app = createApp({ config, translator });
    const controller = new AbortController();
    const first = await post(app, LONG, { signal: controller.signal });
    const reader = first.body!.getReader();
    await reader.read();
    const second = await post(app, 'Bonjour.');
    expect(second.status).toBe(503);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await second.json()) as { error: { code: string } }).error.code).toBe('QUEUE_FULL');
    controller.abort();
    await reader.cancel();
    await Promise.all(seen.outcomes);
    const third = await post(app, 'Bonjour.');
    expect(third.status).toBe(200);
    const events = (await third.text()).trim().split('\n').map((l) => JSON.parse(l) as TranslateEvent);
    expect(events.at(-1)?.type).toBe('done');
  });
});

describe('repeated sentences', () => {
  it('go to the model once and fill every place they occur', async () => {
    const inner = createMarianTranslator(tinyConfig());
    const { translator, seen } = counting(inner);
    const app = createApp({ config: tinyConfig(), translator });
    const text = 'Une photo du port. Photo de Jean Dupont / AFP.\n\nUne autre photo. Photo de Jean Dupont / AFP.';
    const res = await app.request('/api/translate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
    const body = (await res.json()) as TranslateResponse;
    const [first, second] = body.paragraphs.map((p) => p.sentences[1]!.translation);
    expect(seen.sentences).toBe(3);
    expect(first).toBe(second);
    expect(body.paragraphs.flatMap((p) => p.sentences).every((s) => s.translation.length > 0)).toBe(true);
    await inner.dispose();
  });
});

describe('two readers at once', () => {
  it('interleave batch by batch: a short text finishes while a long one is still translating', async () => {
    const inner = createMarianTranslator(tinyConfig({ VISAVIS_BATCH: '4' }));
    const app = createApp({ config: tinyConfig(), translator: inner });
    const order: string[] = [];
    const long = (async () => {
      await (await post(app, LONG)).text();
      order.push('long');
    })();
    // Let the long text start its first batches before the short one arrives.
    await new Promise((ok) => setTimeout(ok, 50));
    const short = (async () => {
      const res = await post(app, 'Bonjour. Au revoir.');
      const events = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as TranslateEvent);
      expect(events.at(-1)?.type).toBe('done');
      order.push('short');
    })();
    await Promise.all([long, short]);
    expect(order).toEqual(['short', 'long']);
    await inner.dispose();
  });
});

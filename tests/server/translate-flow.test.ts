import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { parseNdjson, readNdjson } from '../../client/ndjson.ts';
import { createApp } from '../../server/app.ts';
import type { Config } from '../../server/config.ts';
import { Admission } from '../../server/reading/admission.ts';
import type { TranslateEvent, TranslateResponse } from '../../server/schemas.ts';
import { openDatabase } from '../../server/store/db.ts';
import { TranslationCache } from '../../server/store/translation-cache.ts';
import { deferred } from '../support/deferred.ts';
import { NDJSON, postJson } from '../support/requests.ts';
import { TINY_FP32, tinyConfig } from '../support/tiny-model.ts';
import { watchedTranslator } from '../support/watched-translator.ts';

const LONG = Array.from({ length: 240 }, (_, i) => `Le président numéro ${i} a annoncé jeudi un accord avec la Russie.`).join(' ');
const isLong = (texts: string[]): boolean => texts.some((t) => t.startsWith('Le président numéro'));

/** A watched tiny-model translator and an app on it, disposed when the test ends. */
function setUp(config: Config, store?: TranslationCache) {
  const watched = watchedTranslator(config);
  onTestFinished(() => watched.translator.dispose());
  return { watched, app: createApp({ config, translator: watched.translator, store }) };
}

/**
 * Resolves when the next text admitted gives its place back. The service's own admission, watched
 * (it still admits and releases): the place is freed after the stream is cancelled, with nothing
 * else to wait on from outside.
 */
function nextPlaceReleased(): Promise<void> {
  const admit = Admission.prototype.admit;
  const released = deferred();
  vi.spyOn(Admission.prototype, 'admit').mockImplementationOnce(function (this: Admission) {
    const place = admit.call(this);
    return {
      release: () => {
        place.release();
        released.resolve();
      },
    };
  });
  return released.promise;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('translate with a cache, a bounded queue and cancellation', () => {
  it('serves a cached sentence from the cache and stores what the model made', async () => {
    const config = tinyConfig();
    const cache = new TranslationCache(openDatabase(':memory:'), 100);
    const { watched, app } = setUp(config, cache);
    const key = watched.translator.outputKey;
    cache.putMany(key, [{ source: 'Il repart demain.', text: 'STORED TRANSLATION', score: -0.25 }]);
    const res = await postJson(app, '/api/translate', { text: 'M. Dupont est arrivé. Il repart demain.' });
    const body = (await res.json()) as TranslateResponse;
    expect(body.paragraphs[0]!.sentences.map(({ translation, score }) => ({ translation, score }))).toEqual([
      { translation: TINY_FP32['M. Dupont est arrivé.'], score: expect.closeTo(-2.86988, 4) },
      { translation: 'STORED TRANSLATION', score: -0.25 },
    ]);
    expect(watched.batches.map((b) => b.texts)).toEqual([['M. Dupont est arrivé.']]);
    expect(cache.getMany(key, ['M. Dupont est arrivé.']).get(0)).toEqual({
      text: TINY_FP32['M. Dupont est arrivé.'],
      score: body.paragraphs[0]!.sentences[0]!.score,
    });
  });

  it('stops translating when the client disconnects: the batch at the model is dropped, no other starts', async () => {
    const { watched, app } = setUp(tinyConfig());
    const second = watched.hold(1);
    const released = nextPlaceReleased();
    const client = new AbortController();
    const res = await postJson(app, '/api/translate', { text: LONG }, { headers: NDJSON, signal: client.signal });
    const received: string[] = [];
    for await (const event of readNdjson<TranslateEvent>(res.body!)) {
      received.push(event.type);
      if (event.type === 'sentence') break;
    }
    expect(received).toEqual(['segmentation', 'sentence']);
    await second.started;
    client.abort();
    second.release();
    await released;
    expect(await Promise.all(watched.batches.map((b) => b.outcome))).toEqual(['finished', 'AbortError']);
    expect(watched.sentences).toBe(1);
  });

  it('answers 503 with Retry-After while its one place is taken, and serves again once that text is cancelled', async () => {
    const { watched, app } = setUp(tinyConfig({ VISAVIS_QUEUE: '1' }));
    const first = watched.hold(0);
    const released = nextPlaceReleased();
    const client = new AbortController();
    const holding = await postJson(app, '/api/translate', { text: LONG }, { headers: NDJSON, signal: client.signal });
    expect(holding.status).toBe(200);
    await first.started;

    const refused = await postJson(app, '/api/translate', { text: 'Bonjour.' }, { headers: NDJSON });
    expect(refused.status).toBe(503);
    // No text has finished yet: the estimate is the first guess, 2 s per text ahead.
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(await refused.json()).toEqual({ error: { code: 'QUEUE_FULL', message: 'The translator is busy with 1 texts already; try again in 2 s.' } });

    client.abort();
    await holding.body!.cancel();
    first.release();
    await released;
    expect(await Promise.all(watched.batches.map((b) => b.outcome))).toEqual(['AbortError']);

    const served = await postJson(app, '/api/translate', { text: 'Bonjour.' }, { headers: NDJSON });
    expect(served.status).toBe(200);
    const events = parseNdjson<TranslateEvent>(await served.text());
    expect(events.map((e) => e.type)).toEqual(['segmentation', 'sentence', 'done']);
    expect(events[1]).toMatchObject({ paragraph: 0, sentence: 0, translation: TINY_FP32['Bonjour.'] });
  });
});

describe('repeated sentences', () => {
  it('go to the model once and fill every place they occur', async () => {
    const { watched, app } = setUp(tinyConfig());
    const text = 'Une photo du port. Photo de Jean Dupont / AFP.\n\nUne autre photo. Photo de Jean Dupont / AFP.';
    const body = (await (await postJson(app, '/api/translate', { text })).json()) as TranslateResponse;
    expect(watched.batches.flatMap((b) => b.texts).sort()).toEqual(['Photo de Jean Dupont / AFP.', 'Une autre photo.', 'Une photo du port.']);
    expect(body.paragraphs.map((p) => p.sentences.map((s) => s.translation))).toEqual([
      [TINY_FP32['Une photo du port.'], TINY_FP32['Photo de Jean Dupont / AFP.']],
      [TINY_FP32['Une autre photo.'], TINY_FP32['Photo de Jean Dupont / AFP.']],
    ]);
  });
});

describe('two readers at once', () => {
  it('interleave batch by batch: a short text finishes while a long one is still translating', async () => {
    const { watched, app } = setUp(tinyConfig());
    // The long text's second batch holds the model until the short text's first batch waits behind it.
    const held = watched.hold(1);
    const long = postJson(app, '/api/translate', { text: LONG }, { headers: NDJSON }).then((res) => res.text());
    await held.started;
    const shortAsked = watched.asked((texts) => texts.includes('Bonjour.'));
    const short = postJson(app, '/api/translate', { text: 'Bonjour. Au revoir.' }, { headers: NDJSON }).then((res) => res.text());
    await shortAsked;
    held.release();

    const shortEvents = parseNdjson<TranslateEvent>(await short);
    expect(shortEvents.filter((e) => e.type === 'sentence').map((e) => e.translation)).toEqual([TINY_FP32['Bonjour.'], TINY_FP32['Au revoir.']]);
    expect(shortEvents.at(-1)).toMatchObject({ type: 'done', sentences: 2, translated: 2 });
    const longEvents = parseNdjson<TranslateEvent>(await long);
    expect(longEvents.at(-1)).toMatchObject({ type: 'done', sentences: 240, translated: 240 });

    // The queue takes batches in the order they come, and each reader asks for its next batch only
    // when its last one is back: once both are waiting, they take turns.
    const order = watched.finished.map((texts) => (isLong(texts) ? 'long' : 'short'));
    expect(order.slice(0, 6)).toEqual(['long', 'long', 'short', 'long', 'short', 'long']);
    expect(order.filter((o) => o === 'short')).toHaveLength(2);
  });
});

describe('translating from where the reader is', () => {
  const text = 'Le chat dort. Il part demain.\n\nM. Dupont est arrivé. Bonjour.';

  it('starts the model at sentence `from`', async () => {
    const { watched, app } = setUp(tinyConfig());
    const res = await postJson(app, '/api/translate', { text, from: 2 }, { headers: NDJSON });
    const events = parseNdjson<TranslateEvent>(await res.text());
    // The first batch is the sentence looked at; the rest are batched by length, the top included.
    expect(watched.batches[0]!.texts).toEqual(['M. Dupont est arrivé.']);
    const order = events.flatMap((e) => (e.type === 'sentence' ? [`${e.paragraph}:${e.sentence}`] : []));
    expect(order[0]).toBe('1:0');
    expect(order.slice(1).sort()).toEqual(['0:0', '0:1', '1:1']);
  });

  it('comes back to the top last', async () => {
    // Windows of one sentence: the model's order is the order the service asked for.
    const { watched, app } = setUp(tinyConfig({ VISAVIS_BATCH_WINDOW: '1' }));
    await postJson(app, '/api/translate', { text, from: 2 });
    expect(watched.batches.map((b) => b.texts)).toEqual([['M. Dupont est arrivé.'], ['Bonjour.'], ['Le chat dort.'], ['Il part demain.']]);
  });

  it('refuses a `from` that is not a sentence index with 400', async () => {
    const { app } = setUp(tinyConfig());
    const res = await postJson(app, '/api/translate', { text, from: -1 });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BAD_REQUEST');
  });
});

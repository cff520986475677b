import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { fixCommand } from '../../server/assets/manifest.ts';
import { loadConfig } from '../../server/config.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import type { TranslateEvent, TranslateResponse } from '../../server/schemas.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const config = tinyConfig({ VISAVIS_MAX_CHARS: '2000' });
const translator = createMarianTranslator(config);
const app = createApp({ config, translator });
afterAll(() => translator.dispose());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const ARTICLE = 'Le titre\n\nM. Dupont est arrivé. Il repart demain.';

describe('POST /api/segment', () => {
  it('returns paragraphs with kinds and sentence offsets into the text', async () => {
    const res = await post('/api/segment', { text: ARTICLE });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      paragraphs: [
        { start: 0, end: 8, kind: 'title', sentences: [{ start: 0, end: 8 }] },
        { start: 10, end: 49, kind: 'body', sentences: [{ start: 10, end: 31 }, { start: 32, end: 49 }] },
      ],
    });
  });

  it.each([
    ['empty text', { text: '  \n ' }, 400, 'EMPTY_TEXT'],
    ['missing text', { words: 'x' }, 400, 'BAD_REQUEST'],
    ['text that is not a string', { text: 42 }, 400, 'BAD_REQUEST'],
    ['text over the limit', { text: 'a'.repeat(2001) }, 413, 'TEXT_TOO_LONG'],
    ['binary content', { text: 'PK\u0003\u0004\u0000\u0000binary' }, 400, 'BINARY_TEXT'],
    ['wrong encoding', { text: 'Le pr\ufffdsident a d\ufffdclar\ufffd \ufffd la t\ufffdl\ufffd.' }, 400, 'BINARY_TEXT'],
  ])('rejects %s', async (_name, body, status, code) => {
    const res = await post('/api/segment', body);
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe(code);
    expect(json.error.message.length).toBeGreaterThan(10);
  });

  it('rejects a text that is not French, saying what it looks like', async () => {
    const english = 'The president said on Thursday that the agreement with the opposition would be signed within a week, according to a statement.';
    const res = await post('/api/segment', { text: english });
    expect(res.status).toBe(422);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error).toEqual({ code: 'NOT_FRENCH', message: expect.stringContaining('reads like English') });
  });

  it('gives a short text the benefit of the doubt', async () => {
    expect((await post('/api/segment', { text: 'Emmanuel Macron, Paris' })).status).toBe(200);
  });

  it('rejects malformed JSON with a JSON error', async () => {
    const res = await post('/api/segment', '{"text": ');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BAD_REQUEST');
  });

  it('rejects a body far over the limit before reading it', async () => {
    const res = await post('/api/segment', { text: 'é'.repeat(20_000) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TEXT_TOO_LONG');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await app.request('/api/nothing');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});

describe('POST /api/translate on the tiny model', () => {
  it('puts a translation on every sentence', async () => {
    const res = await post('/api/translate', { text: ARTICLE });
    expect(res.status).toBe(200);
    const body = (await res.json()) as TranslateResponse;
    expect(body.model).toBe('visavis/marian-tiny');
    const sentences = body.paragraphs.flatMap((p) => p.sentences);
    expect(sentences.map((s) => [s.start, s.end])).toEqual([[0, 8], [10, 31], [32, 49]]);
    for (const s of sentences) {
      expect(s.translation.length).toBeGreaterThan(0);
      expect(s.score).toBeLessThan(0);
    }
  });

  it('streams the segmentation, then one event per sentence, then a summary', async () => {
    const res = await post('/api/translate', { text: ARTICLE }, { Accept: 'application/x-ndjson' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const events = (await res.text()).trim().split('\n').map((line) => JSON.parse(line) as TranslateEvent);
    expect(events.map((e) => e.type)).toEqual(['segmentation', 'sentence', 'sentence', 'sentence', 'done']);
    const first = events[1] as Extract<TranslateEvent, { type: 'sentence' }>;
    expect([first.paragraph, first.sentence]).toEqual([0, 0]);
    const positions = events.filter((e) => e.type === 'sentence').map((e) => `${e.paragraph}:${e.sentence}`).sort();
    expect(positions).toEqual(['0:0', '1:0', '1:1']);
    const done = events.at(-1) as Extract<TranslateEvent, { type: 'done' }>;
    expect(done).toMatchObject({ sentences: 3, translated: 3 });
    expect(done.ms.firstSentence).toBeLessThanOrEqual(done.ms.total);
  });

  it('gives the same translations streamed and whole', async () => {
    const whole = (await (await post('/api/translate', { text: ARTICLE })).json()) as TranslateResponse;
    const streamed = (await (await post('/api/translate', { text: ARTICLE }, { Accept: 'application/x-ndjson' })).text())
      .trim().split('\n').map((l) => JSON.parse(l) as TranslateEvent)
      .filter((e): e is Extract<TranslateEvent, { type: 'sentence' }> => e.type === 'sentence');
    for (const e of streamed) {
      expect(e.translation).toBe(whole.paragraphs[e.paragraph]!.sentences[e.sentence]!.translation);
    }
  });
});

describe('health and a missing model', () => {
  it('reports the model as ready once loaded', async () => {
    await translator.ready();
    const body = (await (await app.request('/api/health')).json()) as { status: string; model: { state: string; id: string } };
    expect(body).toMatchObject({ status: 'ok', model: { state: 'ready', id: 'visavis/marian-tiny' } });
  });

  it('still starts without the model: health says missing, translate answers 503 with the fix', async () => {
    const missingConfig = tinyConfig({ VISAVIS_MODEL: 'Xenova/opus-mt-fr-en', VISAVIS_DTYPE: 'q8' });
    const missing = createApp({ config: missingConfig, translator: createMarianTranslator(missingConfig) });
    const health = (await (await missing.request('/api/health')).json()) as { status: string; model: { state: string; fix: string } };
    const fix = 'VISAVIS_MODELS_DIR=tests/fixtures/models npm run models:fetch';
    expect(health).toMatchObject({ status: 'degraded', model: { state: 'missing', fix } });

    const res = await missing.request('/api/translate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson' },
      body: JSON.stringify({ text: ARTICLE }),
    });
    expect(res.status).toBe(503);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('MODEL_UNAVAILABLE');
    expect(json.error.message).toContain(fix);
    // Segmentation does not need the model.
    expect((await missing.request('/api/segment', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: ARTICLE }) })).status).toBe(200);
  });
});

describe('the fix command', () => {
  const modelsDir = loadConfig({}).modelsDir;
  it('names the model and dtype only when they are not the defaults', () => {
    expect(fixCommand({ modelsDir, modelId: 'Xenova/opus-mt-fr-en', dtype: 'q8' })).toBe('npm run models:fetch');
    expect(fixCommand({ modelsDir, modelId: 'Xenova/opus-mt-fr-en', dtype: 'fp32' })).toBe('npm run models:fetch -- --dtype fp32');
    expect(fixCommand({ modelsDir, modelId: 'Helsinki/other', dtype: 'q8' })).toBe('npm run models:fetch -- Helsinki/other');
  });

  it('names the models folder when VISAVIS_MODELS_DIR moved it', () => {
    expect(fixCommand({ modelsDir: '/srv/models', modelId: 'Xenova/opus-mt-fr-en', dtype: 'q8' })).toBe('VISAVIS_MODELS_DIR=/srv/models npm run models:fetch');
  });
});

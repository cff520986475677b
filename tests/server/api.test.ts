import { afterAll, describe, expect, it } from 'vitest';
import { parseNdjson } from '../../client/ndjson.ts';
import { createApp } from '../../server/app.ts';
import { fixCommand } from '../../server/assets/manifest.ts';
import { loadConfig } from '../../server/config.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import type { ErrorBody, HealthResponse, TranslateEvent, TranslateResponse } from '../../server/schemas.ts';
import { get, NDJSON, postJson } from '../support/requests.ts';
import { TINY_FP32, tinyConfig } from '../support/tiny-model.ts';

const config = tinyConfig({ VISAVIS_MAX_CHARS: '2000' });
const translator = createMarianTranslator(config);
const app = createApp({ config, translator });
afterAll(() => translator.dispose());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) => postJson(app, path, body, { headers });

const ARTICLE = 'Le titre\n\nM. Dupont est arrivé. Il repart demain.';
/** ARTICLE's sentences through the fp32 tiny model, and their mean log-probabilities. */
const TRANSLATED = [
  { translation: TINY_FP32['Le titre'], score: -2.10404 },
  { translation: TINY_FP32['M. Dupont est arrivé.'], score: -2.86988 },
  { translation: TINY_FP32['Il repart demain.'], score: -2.51016 },
];

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

  const SEND_JSON = 'Send JSON like {"text": "…"} with the French text as a string.';
  it.each([
    ['empty text', { text: '  \n ' }, 400, 'EMPTY_TEXT', 'The text is empty: paste or drop a French article.'],
    ['missing text', { words: 'x' }, 400, 'BAD_REQUEST', SEND_JSON],
    ['text that is not a string', { text: 42 }, 400, 'BAD_REQUEST', SEND_JSON],
    ['text over the limit', { text: 'a'.repeat(2001) }, 413, 'TEXT_TOO_LONG', 'The text has 2001 characters; this server accepts at most 2000 (VISAVIS_MAX_CHARS). Split the article.'],
    ['binary content', { text: 'PK\u0003\u0004\u0000\u0000binary' }, 400, 'BINARY_TEXT', 'This looks like a binary file, not text: send a plain-text or HTML article.'],
    ['wrong encoding', { text: 'Le pr\ufffdsident a d\ufffdclar\ufffd \ufffd la t\ufffdl\ufffd.' }, 400, 'BINARY_TEXT', 'This text is not valid UTF-8 (it holds many \ufffd characters): save the file as UTF-8 and try again.'],
    ['malformed JSON', '{"text": ', 400, 'BAD_REQUEST', 'Malformed JSON in request body'],
    // Refused by the body limit, before the body is read.
    ['a body far over the limit', { text: 'é'.repeat(20_000) }, 413, 'TEXT_TOO_LONG', 'The request is larger than this server accepts: at most 2000 characters of text (VISAVIS_MAX_CHARS). Split the article.'],
  ])('rejects %s', async (_name, body, status, code, message) => {
    const res = await post('/api/segment', body);
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ error: { code, message } });
  });

  it('rejects a text that is not French, saying what it looks like', async () => {
    const english = 'The president said on Thursday that the agreement with the opposition would be signed within a week, according to a statement.';
    const res = await post('/api/segment', { text: english });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: { code: 'NOT_FRENCH', message: 'This text reads like English. Vis-à-vis translates French into English: paste a French text.' },
    });
  });

  it('gives a short text the benefit of the doubt', async () => {
    const res = await post('/api/segment', { text: 'Emmanuel Macron, Paris' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ paragraphs: [{ start: 0, end: 22, kind: 'title', sentences: [{ start: 0, end: 22 }] }] });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await get(app, '/api/nothing');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No route for GET /api/nothing' } });
  });
});

describe('POST /api/translate on the tiny model', () => {
  it('puts the model’s translation and score on every sentence', async () => {
    const res = await post('/api/translate', { text: ARTICLE });
    expect(res.status).toBe(200);
    const body = (await res.json()) as TranslateResponse;
    expect(body.model).toBe('visavis/marian-tiny');
    const sentences = body.paragraphs.flatMap((p) => p.sentences);
    expect(sentences.map((s) => [s.start, s.end])).toEqual([[0, 8], [10, 31], [32, 49]]);
    expect(sentences.map(({ translation, score }) => ({ translation, score }))).toEqual(
      TRANSLATED.map(({ translation, score }) => ({ translation, score: expect.closeTo(score, 4) })),
    );
  });

  it('streams the segmentation, then the first sentence alone, then the rest, then a summary', async () => {
    const res = await post('/api/translate', { text: ARTICLE }, NDJSON);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const events = parseNdjson<TranslateEvent>(await res.text());
    expect(events.map((e) => e.type)).toEqual(['segmentation', 'sentence', 'sentence', 'sentence', 'done']);
    expect(events[0]).toEqual({
      type: 'segmentation',
      paragraphs: [
        { start: 0, end: 8, kind: 'title', sentences: [{ start: 0, end: 8 }] },
        { start: 10, end: 49, kind: 'body', sentences: [{ start: 10, end: 31 }, { start: 32, end: 49 }] },
      ],
      sentences: 3,
      model: 'visavis/marian-tiny',
    });
    const sentences = events.filter((e) => e.type === 'sentence');
    expect([sentences[0]!.paragraph, sentences[0]!.sentence]).toEqual([0, 0]);
    // After the first, sentences come in the order their batches finish.
    const byPosition = [...sentences].sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence);
    expect(byPosition).toEqual([[0, 0], [1, 0], [1, 1]].map(([paragraph, sentence], i) => ({
      type: 'sentence',
      paragraph,
      sentence,
      translation: TRANSLATED[i]!.translation,
      score: expect.closeTo(TRANSLATED[i]!.score, 4),
    })));
    const done = events.at(-1) as Extract<TranslateEvent, { type: 'done' }>;
    expect(done).toMatchObject({ sentences: 3, translated: 3 });
    expect(done.ms.firstSentence).toBeLessThanOrEqual(done.ms.total);
  });

  it('gives the same translations streamed and whole', async () => {
    const whole = (await (await post('/api/translate', { text: ARTICLE })).json()) as TranslateResponse;
    const streamed = parseNdjson<TranslateEvent>(await (await post('/api/translate', { text: ARTICLE }, NDJSON)).text())
      .filter((e) => e.type === 'sentence');
    expect(streamed).toHaveLength(3);
    for (const e of streamed) {
      expect(e.translation).toBe(whole.paragraphs[e.paragraph]!.sentences[e.sentence]!.translation);
    }
  });
});

describe('health and a missing model', () => {
  it('reports the model as ready once loaded', async () => {
    await translator.ready();
    const body = (await (await get(app, '/api/health')).json()) as HealthResponse;
    expect(body.status).toBe('ok');
    expect(body.model).toEqual({ id: 'visavis/marian-tiny', dtype: 'fp32', state: 'ready' });
    expect(body.limits).toEqual({ maxChars: 2000 });
  });

  it('still starts without the model: health says missing, translate answers 503 with the fix', async () => {
    const missingConfig = tinyConfig({ VISAVIS_MODEL: 'Xenova/opus-mt-fr-en', VISAVIS_DTYPE: 'q8' });
    const missing = createApp({ config: missingConfig, translator: createMarianTranslator(missingConfig) });
    const fix = 'VISAVIS_MODELS_DIR=tests/fixtures/models npm run models:fetch';
    expect(await (await get(missing, '/api/health')).json()).toMatchObject({
      status: 'degraded',
      model: {
        state: 'missing',
        fix,
        missingFiles: ['config.json', 'generation_config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/encoder_model_quantized.onnx', 'onnx/decoder_model_merged_quantized.onnx'],
      },
    });

    const res = await postJson(missing, '/api/translate', { text: ARTICLE }, { headers: NDJSON });
    expect(res.status).toBe(503);
    expect((await res.json()) as ErrorBody).toEqual({
      error: { code: 'MODEL_UNAVAILABLE', message: `The translation model Xenova/opus-mt-fr-en is not installed yet. Run: ${fix}` },
    });
    // Segmentation does not need the model.
    expect((await postJson(missing, '/api/segment', { text: ARTICLE })).status).toBe(200);
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

/** The reader's operations: health, segmentation and translation (JSON or an NDJSON stream). */
import { AlternativesRequest, TextRequest, TranslateRequest, type ErrorCode } from '../schemas.ts';
import type { Operation } from './operation.ts';
import { AlternativesSchema, HealthSchema, SegmentSchema, TranslateEventSchema, TranslateSchema } from './responses.ts';

const SAMPLE = 'Le Danemark a aidé les États-Unis. Angela Merkel demande des explications.';

/** What can go wrong with a text before any translation: its size, its bytes, its language. */
const TEXT_ERRORS: readonly ErrorCode[] = ['EMPTY_TEXT', 'BINARY_TEXT', 'TEXT_TOO_LONG', 'NO_ARTICLE', 'HTML_TOO_COMPLEX', 'NOT_FRENCH', 'QUEUE_FULL'];
const MODEL_ERRORS: readonly ErrorCode[] = ['TOO_MANY_TOKENS', 'MODEL_UNAVAILABLE', 'MODEL_FAILED', 'QUEUE_FULL', 'SHUTTING_DOWN'];

const segmented = {
  paragraphs: [{ start: 0, end: 74, kind: 'body', sentences: [{ start: 0, end: 34 }, { start: 35, end: 74 }] }],
};

export const readingOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    tag: 'Reading',
    summary: 'Where the model stands, the cache and the limits',
    description: 'Answers in milliseconds whatever else the server does. `model.state` is `downloading` (with `download` progress) on a first run.',
    ok: [
      {
        status: 200,
        description: 'The server is up; `status` is `degraded` when the model is missing or failed.',
        json: HealthSchema,
        example: { status: 'ok', model: { id: 'Xenova/opus-mt-fr-en', state: 'ready', dtype: 'q8' }, cache: { state: 'on' }, limits: { maxChars: 200000 } },
      },
    ],
    errors: [],
  },
  {
    method: 'post',
    path: '/api/segment',
    tag: 'Reading',
    summary: 'Split a French text (or an HTML page) into paragraphs and sentences',
    description: 'Offsets are UTF-16 indexes into `text`, or into the returned `text` when the input was HTML and the article was extracted.',
    body: { schema: TextRequest, example: { text: SAMPLE } },
    ok: [{ status: 200, description: 'Paragraphs with their kind and sentences.', json: SegmentSchema, example: segmented }],
    errors: TEXT_ERRORS,
  },
  {
    method: 'post',
    path: '/api/translate',
    tag: 'Reading',
    summary: 'Translate a French text sentence by sentence',
    description:
      'With `Accept: application/x-ndjson` the answer is a stream: a `segmentation` event, a `sentence` event per sentence as it is ready (cached ones first), then `done` — or `error` if the translation stops. `from` starts the model at that sentence (where the reader is). A client that disconnects cancels the rest.',
    body: { schema: TranslateRequest, example: { text: SAMPLE } },
    ok: [
      {
        status: 200,
        description: 'The whole translation (JSON), or its stream (NDJSON) when asked for.',
        json: TranslateSchema,
        ndjson: TranslateEventSchema,
        example: {
          model: 'Xenova/opus-mt-fr-en',
          paragraphs: [{ ...segmented.paragraphs[0], sentences: [{ start: 0, end: 34, translation: 'Denmark helped the United States.', score: -0.21 }] }],
        },
      },
    ],
    errors: [...new Set([...TEXT_ERRORS, ...MODEL_ERRORS])],
  },
  {
    method: 'post',
    path: '/api/alternatives',
    tag: 'Reading',
    summary: 'Other translations of one sentence (the n best of a beam search)',
    description: 'For a reader who wants another wording: `n` translations (default 4, at most 8), best first, each with its mean log-probability.',
    body: { schema: AlternativesRequest, example: { text: 'Le Danemark a aidé les États-Unis.', n: 3 } },
    ok: [
      {
        status: 200,
        description: 'The translations, best first.',
        json: AlternativesSchema,
        example: { alternatives: [{ translation: 'Denmark helped the United States.', score: -0.18 }, { translation: 'Denmark has helped the United States.', score: -0.31 }] },
      },
    ],
    errors: MODEL_ERRORS,
  },
];

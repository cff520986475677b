/**
 * POST /api/translate: the whole result as JSON, or with `Accept: application/x-ndjson` a stream
 * of events (server/reading/stream.ts). A client that disconnects cancels the remaining batches.
 */
import { Hono } from 'hono';
import type { ReadingService } from '../reading/reading-service.ts';
import { withTranslations } from '../reading/translate.ts';
import { TranslateRequest, type TranslateResponse } from '../schemas.ts';
import { jsonBody } from './validation.ts';

export const NDJSON = 'application/x-ndjson';

export function translateRoutes(reading: ReadingService) {
  return new Hono().post('/translate', jsonBody(TranslateRequest), async (c) => {
    const started = performance.now();
    const { text, from } = c.req.valid('json');
    const article = await reading.prepare(text);
    // Fails here, before any response starts, when the model is missing or the queue is full.
    const translation = await reading.begin(article, { from });
    const signal = c.req.raw.signal;

    if ((c.req.header('accept') ?? '').includes(NDJSON)) {
      return c.body(reading.stream(article, translation, { started, signal }), 200, {
        'Content-Type': `${NDJSON}; charset=utf-8`,
        'Cache-Control': 'no-store',
      });
    }
    const translated = await translation.run({ signal, firstBatch: 0 });
    const body: TranslateResponse = {
      paragraphs: withTranslations(article, translated),
      model: reading.modelId,
      ...(article.text ? { text: article.text } : {}),
    };
    return c.json(body);
  });
}

/**
 * POST /api/translate: the whole result as JSON, or with `Accept: application/x-ndjson` a stream
 * of events: the segmentation first, one event per translated sentence as batches finish, then a
 * summary. A client that disconnects cancels the remaining batches.
 */
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import type { StreamingApi } from 'hono/utils/stream';
import type { Config } from '../config.ts';
import type { Translator } from '../engine/translator.ts';
import type { TranslationCache } from '../store/translation-cache.ts';
import { AppError } from '../errors.ts';
import { prepareArticle, translateArticle, withTranslations } from '../reading.ts';
import { TextRequest, type TranslateEvent, type TranslateResponse } from '../schemas.ts';
import { jsonBody } from './validation.ts';

export function translateRoutes(config: Config, translator: Translator, cache?: TranslationCache): Hono {
  return new Hono().post('/translate', jsonBody(TextRequest), async (c) => {
    const started = performance.now();
    const article = prepareArticle(c.req.valid('json').text, config.maxChars);
    // Fail before streaming starts, so a missing model or a full queue is a plain 503.
    await translator.ready();
    const reservation = translator.reserve();

    if (!(c.req.header('accept') ?? '').includes('application/x-ndjson')) {
      const translated = await translateArticle(translator, article, { signal: c.req.raw.signal, cache, firstBatch: 0, reservation })
        .finally(() => reservation.release());
      const body: TranslateResponse = {
        paragraphs: withTranslations(article, translated),
        model: translator.modelId,
        ...(article.text ? { text: article.text } : {}),
      };
      return c.json(body);
    }

    c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
    c.header('Cache-Control', 'no-store');
    return stream(c, async (out) => {
      try {
        await streamTranslation(out);
      } finally {
        reservation.release();
      }
    });

    async function streamTranslation(out: StreamingApi): Promise<void> {
      const cancel = new AbortController();
      out.onAbort(() => cancel.abort(new DOMException('The client went away', 'AbortError')));
      c.req.raw.signal.addEventListener('abort', () => cancel.abort(c.req.raw.signal.reason), { once: true });
      const send = (event: TranslateEvent): Promise<unknown> => out.write(`${JSON.stringify(event)}\n`);
      let firstSentence: number | null = null;
      let translated = 0;
      let writes = Promise.resolve<unknown>(undefined);

      await send({
        type: 'segmentation',
        paragraphs: article.paragraphs,
        sentences: article.sentences.length,
        model: translator.modelId,
        ...(article.text ? { text: article.text } : {}),
      });
      try {
        await translateArticle(translator, article, {
          signal: cancel.signal,
          cache,
          reservation,
          onSentences: (done) => {
            firstSentence ??= performance.now() - started;
            translated += done.length;
            for (const t of done) {
              writes = writes.then(() => send({ type: 'sentence', paragraph: t.paragraph, sentence: t.sentence, translation: t.translation, score: t.score }));
            }
          },
        });
        await writes;
        await send({
          type: 'done',
          sentences: article.sentences.length,
          translated,
          ms: { total: Math.round(performance.now() - started), firstSentence: firstSentence && Math.round(firstSentence) },
        });
      } catch (error) {
        if (cancel.signal.aborted) return;
        const app = error instanceof AppError ? error : undefined;
        await writes;
        await send({ type: 'error', error: { code: app?.code ?? 'INTERNAL', message: app?.message ?? 'Translation failed.' } });
      }
    }
  });
}

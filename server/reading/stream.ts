/**
 * The translate stream: NDJSON events, the segmentation first, one event per sentence as batches
 * finish, then a summary (or an error). Cancelling the stream (the client went away) stops the
 * remaining batches.
 */
import { AppError, ShuttingDownError } from '../errors.ts';
import type { TranslateEvent } from '../schemas.ts';
import type { PreparedArticle } from './prepare.ts';
import type { ArticleTranslation } from './translate.ts';

export interface StreamOptions {
  modelId: string;
  /** When the request arrived (performance.now()), for the timings in `done`. */
  started: number;
  /** Aborts with the request (the connection closed). */
  signal?: AbortSignal;
  /** Aborts when the server shuts down: the stream ends with an `error` event saying so. */
  shutdown?: AbortSignal;
  /** Told of a failure that is not the user's: the stream says only that translation failed. */
  onUnexpectedError?: (error: unknown) => void;
}

const encoder = new TextEncoder();
const line = (event: TranslateEvent): Uint8Array => encoder.encode(`${JSON.stringify(event)}\n`);

export function translationStream(article: PreparedArticle, translation: ArticleTranslation, options: StreamOptions): ReadableStream<Uint8Array> {
  const cancel = new AbortController();
  const stop = (): void => cancel.abort(new DOMException('The client went away', 'AbortError'));
  options.signal?.addEventListener('abort', stop, { once: true });
  const shutDown = (): void => cancel.abort(new ShuttingDownError());
  options.shutdown?.addEventListener('abort', shutDown, { once: true });
  /** The reader cancelled: nothing more may be enqueued, nor the stream closed. */
  let cancelled = false;

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: TranslateEvent): void => {
        if (!cancelled) controller.enqueue(line(event));
      };
      let firstSentence: number | null = null;
      let translated = 0;
      send({
        type: 'segmentation',
        paragraphs: article.paragraphs,
        sentences: article.sentences.length,
        model: options.modelId,
        ...(article.text ? { text: article.text } : {}),
      });
      try {
        await translation.run({
          signal: cancel.signal,
          firstBatch: 1,
          onSentences: (done) => {
            firstSentence ??= performance.now() - options.started;
            translated += done.length;
            for (const t of done) send({ type: 'sentence', paragraph: t.paragraph, sentence: t.sentence, translation: t.translation, score: t.score, ...(t.checks.length ? { checks: t.checks } : {}) });
          },
        });
        send({
          type: 'done',
          sentences: article.sentences.length,
          translated,
          ms: { total: Math.round(performance.now() - options.started), firstSentence: firstSentence === null ? null : Math.round(firstSentence) },
        });
      } catch (error) {
        // A shutdown is told to the reader; a reader who left needs no word.
        const reason: unknown = cancel.signal.aborted ? cancel.signal.reason : error;
        if (!(reason instanceof AppError) && cancel.signal.aborted) return;
        if (!(reason instanceof AppError)) options.onUnexpectedError?.(reason);
        send({
          type: 'error',
          error: reason instanceof AppError ? { code: reason.code, message: reason.message } : { code: 'INTERNAL', message: 'Translation failed; see the server log.' },
        });
      } finally {
        options.signal?.removeEventListener('abort', stop);
        options.shutdown?.removeEventListener('abort', shutDown);
        if (!cancelled) controller.close();
      }
    },
    cancel() {
      cancelled = true;
      stop();
    },
  });
}

/**
 * Typed errors with a stable code and HTTP status; `app.onError` turns them into
 * `{error: {code, message}}`.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorCode =
  | 'BAD_REQUEST'
  | 'EMPTY_TEXT'
  | 'TEXT_TOO_LONG'
  | 'BINARY_TEXT'
  | 'NO_ARTICLE'
  | 'NOT_FRENCH'
  | 'NOT_FOUND'
  | 'MODEL_UNAVAILABLE'
  | 'MODEL_FAILED'
  | 'QUEUE_FULL'
  | 'CONFIG_INVALID'
  | 'INTERNAL';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: ContentfulStatusCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, code: ErrorCode = 'BAD_REQUEST') {
    super(code, 400, message);
  }
}

export class NoArticleError extends AppError {
  constructor() {
    super('NO_ARTICLE', 422, 'This HTML page holds no article text that could be found. Paste the article text itself.');
  }
}

export class NotFrenchError extends AppError {
  constructor(readsLikeEnglish: boolean) {
    super(
      'NOT_FRENCH',
      422,
      readsLikeEnglish
        ? 'This text reads like English. Vis-à-vis translates French into English: paste a French text.'
        : 'This text does not look French. Vis-à-vis translates French into English: paste a French text.',
    );
  }
}

export class TextTooLongError extends AppError {
  /** Without a length: the body was cut off before it was read. */
  constructor(readonly max: number, readonly length?: number) {
    super(
      'TEXT_TOO_LONG',
      413,
      length === undefined
        ? `The request is larger than this server accepts: at most ${max} characters of text (VISAVIS_MAX_CHARS). Split the article.`
        : `The text has ${length} characters; this server accepts at most ${max} (VISAVIS_MAX_CHARS). Split the article.`,
    );
  }
}

export class ModelUnavailableError extends AppError {
  constructor(readonly modelId: string, readonly fixCommand: string, cause?: unknown) {
    super('MODEL_UNAVAILABLE', 503, `The translation model ${modelId} is not installed. Run: ${fixCommand}`, { cause });
  }
}

export class ModelFailedError extends AppError {
  constructor(readonly modelId: string, cause: unknown) {
    super('MODEL_FAILED', 500, `The translation model ${modelId} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export class QueueFullError extends AppError {
  constructor(readonly retryAfterSeconds: number, max: number) {
    super('QUEUE_FULL', 503, `The translator is busy with ${max} texts already; try again in ${retryAfterSeconds} s.`);
  }
}

export class ConfigError extends AppError {
  constructor(message: string) {
    super('CONFIG_INVALID', 500, message);
  }
}

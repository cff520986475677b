/**
 * Typed errors with a stable code and the data that explains them. They know nothing of HTTP:
 * `app.onError` (server/app.ts) maps each code to its status.
 */
import type { ErrorCode } from './schemas.ts';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, code: 'BAD_REQUEST' | 'EMPTY_TEXT' | 'BINARY_TEXT' = 'BAD_REQUEST') {
    super(code, message);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class NoArticleError extends AppError {
  constructor() {
    super('NO_ARTICLE', 'This HTML page holds no article text that could be found. Paste the article text itself.');
  }
}

export class NotFrenchError extends AppError {
  constructor(readsLikeEnglish: boolean) {
    super(
      'NOT_FRENCH',
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
      length === undefined
        ? `The request is larger than this server accepts: at most ${max} characters of text (VISAVIS_MAX_CHARS). Split the article.`
        : `The text has ${length} characters; this server accepts at most ${max} (VISAVIS_MAX_CHARS). Split the article.`,
    );
  }
}

export class ModelUnavailableError extends AppError {
  /** `reason` says why and what to do: the command to run, or how far a download has come. */
  constructor(readonly modelId: string, reason: string, cause?: unknown) {
    super('MODEL_UNAVAILABLE', `The translation model ${modelId} is not installed yet. ${reason}`, { cause });
  }
}

/**
 * A message with every absolute file path cut to its last part: ONNX Runtime and Node name the
 * user's folders and their own source files, which a client has no business seeing.
 *
 * @example withoutPaths('open /home/ana/models/x.onnx failed') // 'open x.onnx failed'
 */
export function withoutPaths(message: string): string {
  return message.replace(/(?<![\w:/.])(?:[A-Za-z]:)?(?:[\\/][^\\/\s'":()]+){2,}/g, (path) => path.split(/[\\/]/).at(-1)!);
}

export class ModelFailedError extends AppError {
  constructor(readonly modelId: string, cause: unknown) {
    super('MODEL_FAILED', `The translation model ${modelId} failed: ${withoutPaths(cause instanceof Error ? cause.message : String(cause))}`, { cause });
  }
}

export class QueueFullError extends AppError {
  constructor(readonly retryAfterSeconds: number, max: number) {
    super('QUEUE_FULL', `The translator is busy with ${max} texts already; try again in ${retryAfterSeconds} s.`);
  }
}

export class TokenBudgetError extends AppError {
  constructor(readonly tokens: number, readonly max: number) {
    super(
      'TOO_MANY_TOKENS',
      `This text needs ${tokens} tokens of model work; this server gives one request at most ${max} (VISAVIS_MAX_REQUEST_TOKENS). Split the article.`,
    );
  }
}

export class ConfigError extends AppError {
  constructor(message: string) {
    super('CONFIG_INVALID', message);
  }
}

export class HostNotAllowedError extends AppError {
  constructor(readonly host: string) {
    super(
      'HOST_NOT_ALLOWED',
      `This server answers only requests addressed to its own names; "${host || '(none)'}" is not one. To reach it by that name, add it to VISAVIS_ALLOWED_HOSTS.`,
    );
  }
}

export class HtmlTooComplexError extends AppError {
  constructor(readonly budgetMs: number) {
    super(
      'HTML_TOO_COMPLEX',
      `This HTML page could not be read within ${budgetMs / 1000} s (it is built of too many nested elements). Paste the article text itself.`,
    );
  }
}

export class ShuttingDownError extends AppError {
  constructor() {
    super('SHUTTING_DOWN', 'The server is shutting down; the rest of this text was not translated. Open it again once the server is back.');
  }
}

export class UnsupportedBodyError extends AppError {
  constructor(message: string) {
    super('UNSUPPORTED_MEDIA_TYPE', message);
  }
}

export class StorageFullError extends AppError {
  constructor(cause: unknown) {
    super('STORAGE_FULL', 'Your library could not be saved: the disk is full or read-only. Nothing was changed; free some space and try again.', { cause });
  }
}

export class StorageUnavailableError extends AppError {
  constructor() {
    super('STORAGE_UNAVAILABLE', 'The library is not available: its database could not be opened (see the server log and VISAVIS_DATA_DIR).');
  }
}

/** A byte count as people read it: 5 MB, or 1500 bytes. */
const sizeOf = (bytes: number): string => (bytes >= 1e6 && bytes % 1e5 === 0 ? `${bytes / 1e6} MB` : `${bytes} bytes`);

export class UrlInvalidError extends AppError {
  constructor(message: string) {
    super('URL_INVALID', message);
  }
}

export class UrlForbiddenError extends AppError {
  /** `host`: as the URL names it. */
  constructor(readonly host: string, message: string) {
    super('URL_FORBIDDEN', message);
  }
}

export class UrlUnreachableError extends AppError {
  constructor(readonly host: string, reason: string, cause?: unknown) {
    super('URL_UNREACHABLE', `${host} could not be read: ${reason}. Check the address, or try again later.`, { cause });
  }
}

export class UrlTooLargeError extends AppError {
  constructor(readonly maxBytes: number) {
    super(
      'URL_TOO_LARGE',
      `The page is larger than ${sizeOf(maxBytes)}, the most this server downloads (VISAVIS_IMPORT_MAX_BYTES). Save the article's text and paste it.`,
    );
  }
}

export class UrlNotArticleError extends AppError {
  constructor(message: string) {
    super('URL_NOT_ARTICLE', message);
  }
}

export class NotAWordError extends AppError {
  constructor(readonly offset: number, readonly length: number) {
    super(
      'NOT_A_WORD',
      offset < 0 || offset >= length
        ? `offset ${offset} is outside the text (${length} characters): send the index of a character of the word.`
        : `There is no word at offset ${offset} (white space, punctuation or a number): send the index of a character of a word.`,
    );
  }
}

export class UnauthorizedError extends AppError {
  /** `presented`: whether the request carried a key at all (a wrong one gets a different hint). */
  constructor(readonly presented: boolean) {
    super(
      'UNAUTHORIZED',
      presented
        ? 'This API key is not one this server accepts: check it with the server operator.'
        : 'This server needs an API key: send it as "Authorization: Bearer <key>" (the operator lists keys in VISAVIS_API_KEYS).',
    );
  }
}

export class RateLimitedError extends AppError {
  /** `limit`: what ran out, as people read it ("60 requests a minute"). */
  constructor(readonly retryAfterSeconds: number, readonly limit: string) {
    super('RATE_LIMITED', `This API key may send ${limit}; try again in ${retryAfterSeconds} s.`);
  }
}

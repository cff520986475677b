/**
 * The HTTP application: API routes, the built client, and the one place errors become responses.
 *
 * @example createApp({ config, translator: createMarianTranslator(config) })
 */
import { relative } from 'node:path';
import { existsSync } from 'node:fs';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Config } from './config.ts';
import { AppError, QueueFullError, TextTooLongError } from './errors.ts';
import { createImportService, type ImportService } from './import/import-service.ts';
import { createLibraryService, type DocumentsStore, type LibraryService } from './library/library-service.ts';
import { createReadingService, type ReadingDeps, type ReadingService } from './reading/reading-service.ts';
import { embedHeaders, hostCheck, securityHeaders } from './security.ts';
import { utf8Body } from './routes/body-encoding.ts';
import { documentRoutes } from './routes/documents.ts';
import { openApiDocument } from './openapi/document.ts';
import { OPERATIONS } from './openapi/operations.ts';
import { openApiRoutes } from './routes/openapi.ts';
import packageJson from '../package.json' with { type: 'json' };
import { healthRoutes } from './routes/health.ts';
import { importRoutes } from './routes/import.ts';
import { segmentRoutes } from './routes/segment.ts';
import { translateRoutes } from './routes/translate.ts';
import type { ErrorBody, ErrorCode } from './schemas.ts';

/** The adapters the app runs on: those of the reading service, and the library's store. */
export interface AppDeps extends Omit<ReadingDeps, 'logError'> {
  /** The library; none: its routes answer 503 STORAGE_UNAVAILABLE. */
  documents?: DocumentsStore;
}

/** The HTTP status of every error code. */
export const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  BAD_REQUEST: 400,
  EMPTY_TEXT: 400,
  BINARY_TEXT: 400,
  TEXT_TOO_LONG: 413,
  TOO_MANY_TOKENS: 413,
  NOT_FOUND: 404,
  NO_ARTICLE: 422,
  HTML_TOO_COMPLEX: 422,
  URL_INVALID: 400,
  URL_FORBIDDEN: 403,
  URL_UNREACHABLE: 502,
  URL_TOO_LARGE: 413,
  URL_NOT_ARTICLE: 422,
  NOT_FRENCH: 422,
  MODEL_UNAVAILABLE: 503,
  QUEUE_FULL: 503,
  STORAGE_FULL: 507,
  STORAGE_UNAVAILABLE: 503,
  SHUTTING_DOWN: 503,
  UNSUPPORTED_MEDIA_TYPE: 415,
  MODEL_FAILED: 500,
  HOST_NOT_ALLOWED: 403,
  CONFIG_INVALID: 500,
  INTERNAL: 500,
};

/** Hono's own exceptions (a malformed body, a missing route) by their status. */
function codeOfStatus(status: number): ErrorCode {
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'TEXT_TOO_LONG';
  return status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
}

function apiRoutes(config: Config, reading: ReadingService, library: LibraryService, pages: ImportService) {
  return new Hono()
    .use('*', utf8Body)
    .use(
      '*',
      bodyLimit({
        // UTF-8 takes up to 3 bytes per UTF-16 unit, plus the JSON around the text.
        maxSize: config.maxChars * 3 + 4096,
        onError: () => {
          throw new TextTooLongError(config.maxChars);
        },
      }),
    )
    .route('/', openApiRoutes(openApiDocument(OPERATIONS, { version: packageJson.version, statusOf: STATUS })))
    .route('/', healthRoutes(reading))
    .route('/', segmentRoutes(reading))
    .route('/', translateRoutes(reading))
    .route('/', documentRoutes(library))
    .route('/', importRoutes(pages));
}

export function createApp(deps: AppDeps) {
  const { config } = deps;
  const reading = createReadingService(deps);
  const library = createLibraryService({ documents: deps.documents, prepare: (text) => reading.prepare(text) });
  const pages = createImportService({ config });
  const app = new Hono().use('*', hostCheck(config.allowedHosts), securityHeaders).route('/api', apiRoutes(config, reading, library, pages));
  mountErrorsAndClient(app, config);
  return app;
}

/** The API's routes and their types, for the client's `hc<AppType>`. */
export type AppType = ReturnType<typeof createApp>;

function mountErrorsAndClient(app: Hono, config: Config): void {
  app.notFound((c) => {
    const body: ErrorBody = { error: { code: 'NOT_FOUND', message: `No route for ${c.req.method} ${c.req.path}` } };
    return c.json(body, 404);
  });
  app.onError((error, c) => {
    if (error instanceof AppError) {
      if (error instanceof QueueFullError) c.header('Retry-After', String(error.retryAfterSeconds));
      const body: ErrorBody = { error: { code: error.code, message: error.message } };
      return c.json(body, STATUS[error.code]);
    }
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      const body: ErrorBody = { error: { code: codeOfStatus(status), message: error.message || 'The request is malformed.' } };
      return c.json(body, status);
    }
    console.error(error);
    const body: ErrorBody = { error: { code: 'INTERNAL', message: 'Something failed inside the server; see its log.' } };
    return c.json(body, 500);
  });

  // `/embed/visavis-reader.js` and its demo page.
  app.use('/embed/*', embedHeaders, serveStatic({ root: relative(process.cwd(), config.embedDir), rewriteRequestPath: (path) => path.replace(/^\/embed/, '') }));
  if (existsSync(config.clientDir)) {
    app.use('/*', serveStatic({ root: relative(process.cwd(), config.clientDir) }));
  } else {
    app.get('/', (c) => c.text('The client is not built: run `npm run build`, then reload.', 503));
  }
}

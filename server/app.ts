/**
 * The HTTP application: API routes over the services (services.ts), the LibreTranslate drop-in,
 * the embeddable element, the built client, and the one place errors become responses.
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
import { corsFor } from './access/cors.ts';
import { apiKeyGate, textCharge } from './access/gate.ts';
import { AppError, QueueFullError, RateLimitedError, TextTooLongError, UnauthorizedError } from './errors.ts';
import { openApiDocument } from './openapi/document.ts';
import { OPERATIONS } from './openapi/operations.ts';
import { alternativesRoutes } from './routes/alternatives.ts';
import { analyzeRoutes } from './routes/analyze.ts';
import { utf8Body } from './routes/body-encoding.ts';
import { documentRoutes } from './routes/documents.ts';
import { glossaryRoutes } from './routes/glossary.ts';
import { healthRoutes } from './routes/health.ts';
import { importRoutes } from './routes/import.ts';
import { libreTranslateRoutes } from './routes/libretranslate.ts';
import { lookupRoutes } from './routes/lookup.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { reviewRoutes } from './routes/review.ts';
import { segmentRoutes } from './routes/segment.ts';
import { translateRoutes } from './routes/translate.ts';
import { vocabularyRoutes } from './routes/vocabulary.ts';
import { wordAlignRoutes } from './routes/word-align.ts';
import type { ErrorBody, ErrorCode } from './schemas.ts';
import { embedHeaders, hostCheck, securityHeaders } from './security.ts';
import { createServices, type AppDeps, type Services } from './services.ts';
import packageJson from '../package.json' with { type: 'json' };

export type { AppDeps } from './services.ts';

/** The HTTP status of every error code. */
export const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  BAD_REQUEST: 400,
  EMPTY_TEXT: 400,
  BINARY_TEXT: 400,
  TEXT_TOO_LONG: 413,
  TOO_MANY_TOKENS: 413,
  NOT_FOUND: 404,
  NOT_A_WORD: 400,
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
  UNAUTHORIZED: 401,
  RATE_LIMITED: 429,
  CONFIG_INVALID: 500,
  INTERNAL: 500,
};

/** Hono's own exceptions (a malformed body, a missing route) by their status. */
function codeOfStatus(status: number): ErrorCode {
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'TEXT_TOO_LONG';
  return status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
}

function apiRoutes(config: Config, services: Services) {
  const { reading, access, words } = services;
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
    .use('*', textCharge(access))
    .route('/', openApiRoutes(openApiDocument(OPERATIONS, { version: packageJson.version, statusOf: STATUS })))
    .route('/', healthRoutes(reading))
    .route('/', segmentRoutes(reading))
    .route('/', translateRoutes(reading))
    .route('/', alternativesRoutes(reading))
    .route('/', documentRoutes(services.library))
    .route('/', importRoutes(services.pages))
    .route('/', reviewRoutes(services.review, services.savedReviews))
    .route('/', glossaryRoutes(services.glossary))
    .route('/', analyzeRoutes(services.analyzer, config.maxChars))
    .route('/', lookupRoutes(words))
    .route('/', wordAlignRoutes(words))
    .route('/', vocabularyRoutes(services.vocabulary));
}

export function createApp(deps: AppDeps) {
  const { config } = deps;
  const services = createServices(deps);
  const cors = corsFor(config.allowedOrigins);
  const app = new Hono()
    .use('*', hostCheck(config.allowedHosts), securityHeaders)
    .use('/api/*', cors, apiKeyGate(services.access))
    .route('/api', apiRoutes(config, services));
  app.use('/libretranslate/*', cors);
  app.route('/libretranslate', libreTranslateRoutes({ reading: services.reading, access: services.access }));
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
      if (error instanceof QueueFullError || error instanceof RateLimitedError) c.header('Retry-After', String(error.retryAfterSeconds));
      if (error instanceof UnauthorizedError) c.header('WWW-Authenticate', 'Bearer');
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

  // `/embed/visavis-reader.js` and its demo page, once built.
  if (existsSync(config.embedDir)) app.use('/embed/*', embedHeaders, serveStatic({ root: relative(process.cwd(), config.embedDir), rewriteRequestPath: (path) => path.replace(/^\/embed/, '') }));
  if (existsSync(config.clientDir)) {
    app.use('/*', serveStatic({ root: relative(process.cwd(), config.clientDir) }));
  } else {
    app.get('/', (c) => c.text('The client is not built: run `npm run build`, then reload.', 503));
  }
}

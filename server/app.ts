/**
 * The HTTP application: API routes, the built client, and the one place errors become responses.
 *
 * @example createApp({ config: loadConfig(), translator: createMarianTranslator(config) })
 */
import { relative } from 'node:path';
import { existsSync } from 'node:fs';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Config } from './config.ts';
import type { Translator } from './engine/translator.ts';
import type { TranslationCache } from './store/translation-cache.ts';
import { AppError, QueueFullError, TextTooLongError } from './errors.ts';
import { healthRoutes } from './routes/health.ts';
import { segmentRoutes } from './routes/segment.ts';
import { translateRoutes } from './routes/translate.ts';
import type { ErrorBody } from './schemas.ts';

export interface AppDeps {
  config: Config;
  translator: Translator;
  /** Translations already made; none: every sentence goes to the model. */
  cache?: TranslationCache;
}

export function createApp({ config, translator, cache }: AppDeps) {
  const api = new Hono()
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
    .route('/', healthRoutes(config, translator))
    .route('/', segmentRoutes(config))
    .route('/', translateRoutes(config, translator, cache));

  const app = new Hono().route('/api', api);
  app.notFound((c) => {
    const body: ErrorBody = { error: { code: 'NOT_FOUND', message: `No route for ${c.req.method} ${c.req.path}` } };
    return c.json(body, 404);
  });
  app.onError((error, c) => {
    if (error instanceof AppError) {
      if (error instanceof QueueFullError) c.header('Retry-After', String(error.retryAfterSeconds));
      const body: ErrorBody = { error: { code: error.code, message: error.message } };
      return c.json(body, error.status);
    }
    if (error instanceof HTTPException) {
      const body: ErrorBody = { error: { code: 'BAD_REQUEST', message: error.message || 'The request is malformed.' } };
      return c.json(body, error.status);
    }
    console.error(error);
    const body: ErrorBody = { error: { code: 'INTERNAL', message: 'Something failed inside the server; see its log.' } };
    return c.json(body, 500);
  });

  if (existsSync(config.clientDir)) {
    app.use('/*', serveStatic({ root: relative(process.cwd(), config.clientDir) }));
  } else {
    app.get('/', (c) => c.text('The client is not built: run `npm run build`, then reload.', 503));
  }
  return app;
}

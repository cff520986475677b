/**
 * Entry point: the only module with side effects. Reads the configuration, creates the translator
 * (it loads the model in the background), and serves the app.
 */
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createMarianTranslator } from './engine/translator.ts';
import { TranslationCache } from './store/translation-cache.ts';

const config = loadConfig();
const translator = createMarianTranslator(config);
const cache = config.cacheFile ? TranslationCache.open(config.cacheFile, config.cacheEntries) : undefined;
const app = createApp({ config, translator, cache });

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  console.log(`Vis-à-vis on http://${config.host}:${info.port}/  (model ${config.modelId}, ${config.dtype})`);
  const status = translator.status();
  if (status.state === 'missing') {
    console.warn(`The model is not installed; the reader will say so. To install it: ${status.fix}`);
  } else {
    translator.ready().then(
      () => console.log('Model ready.'),
      (error: unknown) => console.error(`The model failed to load: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
});

const shutdown = (): void => {
  server.close();
  cache?.close();
  void translator.dispose().finally(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

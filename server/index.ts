/**
 * Entry point: the only module with side effects. Reads the configuration, creates the translator
 * (it loads the model in the background), and serves the app.
 */
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createMarianTranslator } from './engine/translator.ts';

const config = loadConfig();
const translator = createMarianTranslator(config);
const app = createApp({ config, translator });

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
  void translator.dispose().finally(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

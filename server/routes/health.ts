import { Hono } from 'hono';
import type { Config } from '../config.ts';
import type { Translator } from '../engine/translator.ts';
import type { HealthResponse } from '../schemas.ts';

export function healthRoutes(config: Config, translator: Translator): Hono {
  return new Hono().get('/health', (c) => {
    const model = translator.status();
    const body: HealthResponse = {
      status: model.state === 'ready' || model.state === 'loading' ? 'ok' : 'degraded',
      model,
      limits: { maxChars: config.maxChars },
    };
    return c.json(body);
  });
}

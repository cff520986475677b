/** GET /api/health: where the model stands (with download progress) and the server's limits. */
import { Hono } from 'hono';
import type { ReadingService } from '../reading/reading-service.ts';
import type { HealthResponse } from '../schemas.ts';

export function healthRoutes(reading: ReadingService) {
  return new Hono().get('/health', (c) => {
    const model = reading.modelStatus();
    const body: HealthResponse = {
      status: model.state === 'missing' || model.state === 'error' ? 'degraded' : 'ok',
      model,
      cache: reading.cacheStatus(),
      limits: reading.limits,
    };
    return c.json(body);
  });
}

/** POST /api/alternatives {text, n}: other ways the model would translate one sentence, best first. */
import { Hono } from 'hono';
import type { ReadingService } from '../reading/reading-service.ts';
import { AlternativesRequest, type AlternativesResponse } from '../schemas.ts';
import { jsonBody } from './validation.ts';

export function alternativesRoutes(reading: ReadingService) {
  return new Hono().post('/alternatives', jsonBody(AlternativesRequest), async (c) => {
    const { text, n } = c.req.valid('json');
    const body: AlternativesResponse = { alternatives: await reading.alternatives(text, n, c.req.raw.signal) };
    return c.json(body);
  });
}

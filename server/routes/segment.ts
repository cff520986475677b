/** POST /api/segment: the article's paragraphs and sentences as offsets, without translating. */
import { Hono } from 'hono';
import type { ReadingService } from '../reading/reading-service.ts';
import { TextRequest, type SegmentResponse } from '../schemas.ts';
import { jsonBody } from './validation.ts';

export function segmentRoutes(reading: ReadingService) {
  return new Hono().post('/segment', jsonBody(TextRequest), async (c) => {
    const article = await reading.prepare(c.req.valid('json').text);
    const body: SegmentResponse = { paragraphs: article.paragraphs, ...(article.text ? { text: article.text } : {}) };
    return c.json(body);
  });
}

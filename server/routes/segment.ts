import { Hono } from 'hono';
import type { Config } from '../config.ts';
import { prepareArticle } from '../reading.ts';
import { TextRequest, type SegmentResponse } from '../schemas.ts';
import { jsonBody } from './validation.ts';

export function segmentRoutes(config: Config): Hono {
  return new Hono().post('/segment', jsonBody(TextRequest), (c) => {
    const article = prepareArticle(c.req.valid('json').text, config.maxChars);
    const body: SegmentResponse = { paragraphs: article.paragraphs, ...(article.text ? { text: article.text } : {}) };
    return c.json(body);
  });
}

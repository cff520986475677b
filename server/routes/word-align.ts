/** POST /api/word-align: links between the whitespace-separated tokens of a French source and its English target. */
import { Hono } from 'hono';
import { WordAlignRequest } from '../schemas.ts';
import type { WordsService } from '../words/words-service.ts';
import { jsonBody } from './validation.ts';

export function wordAlignRoutes(words: WordsService) {
  return new Hono().post('/word-align', jsonBody(WordAlignRequest), async (c) => {
    const { source, target } = c.req.valid('json');
    return c.json(await words.align(source, target));
  });
}

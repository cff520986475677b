/** POST /api/lookup: the word at an offset, its glosses for this context and what it became in the translation. */
import { Hono } from 'hono';
import { LookupRequest } from '../schemas.ts';
import type { WordsService } from '../words/words-service.ts';
import { jsonBody } from './validation.ts';

export function lookupRoutes(words: WordsService) {
  return new Hono().post('/lookup', jsonBody(LookupRequest), async (c) => c.json(await words.lookup(c.req.valid('json'))));
}

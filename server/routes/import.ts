/** POST /api/import {url}: a French article read from the web, segmented as /api/segment does. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { ImportedArticle, ImportService } from '../import/import-service.ts';
import { jsonBody } from './validation.ts';

export const ImportRequest = z.object({
  url: z.string({ error: 'Send JSON like {"url": "https://…"} with the address of a French article.' }),
});
export type ImportRequest = z.infer<typeof ImportRequest>;
export type ImportResponse = ImportedArticle;

export function importRoutes(pages: ImportService) {
  return new Hono().post('/import', jsonBody(ImportRequest), async (c) => {
    const body: ImportResponse = await pages.importUrl(c.req.valid('json').url, c.req.raw.signal);
    return c.json(body);
  });
}

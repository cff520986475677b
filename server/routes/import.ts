/** POST /api/import {url}: a French article read from the web, segmented as /api/segment does. */
import { Hono } from 'hono';
import type { ImportedArticle, ImportService } from '../import/import-service.ts';
import { ImportRequest } from '../schemas.ts';
import { jsonBody } from './validation.ts';

export type ImportResponse = ImportedArticle;

export function importRoutes(pages: ImportService) {
  return new Hono().post('/import', jsonBody(ImportRequest), async (c) => {
    const body: ImportResponse = await pages.importUrl(c.req.valid('json').url, c.req.raw.signal);
    return c.json(body);
  });
}

/**
 * The glossary: GET /api/glossary, PUT /api/glossary {terms}, GET /api/glossary/export?format=tsv|csv,
 * POST /api/glossary/import {text, format?, mode?}.
 */
import { Hono } from 'hono';
import type { GlossaryService } from '../review/glossary-service.ts';
import { GlossaryExportQuery, GlossaryImport, GlossaryPut } from '../schemas.ts';
import { download } from './review.ts';
import { jsonBody, query } from './validation.ts';

export function glossaryRoutes(glossary: GlossaryService) {
  return new Hono()
    .get('/glossary', (c) => c.json(glossary.get()))
    .put('/glossary', jsonBody(GlossaryPut), (c) => c.json(glossary.put(c.req.valid('json').terms)))
    .get('/glossary/export', query(GlossaryExportQuery), (c) => download(c, glossary.exportFile(c.req.valid('query').format)))
    .post('/glossary/import', jsonBody(GlossaryImport), (c) => c.json(glossary.importFile(c.req.valid('json'))));
}

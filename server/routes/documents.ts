/**
 * The library: POST /api/documents (201), GET /api/documents?q=, GET/PATCH/DELETE /api/documents/:id,
 * POST /api/documents/:id/restore (the undo of a delete).
 */
import { Hono } from 'hono';
import type { LibraryService } from '../library/library-service.ts';
import { DocumentCreate, DocumentListQuery, DocumentPatch, IdParam } from '../schemas.ts';
import { jsonBody, params, query } from './validation.ts';


export function documentRoutes(library: LibraryService) {
  return new Hono()
    .post('/documents', jsonBody(DocumentCreate), async (c) => c.json(await library.create(c.req.valid('json')), 201))
    .get('/documents', query(DocumentListQuery), (c) => c.json(library.list(c.req.valid('query').q)))
    .get('/documents/:id', params(IdParam), (c) => c.json(library.get(c.req.valid('param').id)))
    .patch('/documents/:id', params(IdParam), jsonBody(DocumentPatch), (c) => c.json(library.update(c.req.valid('param').id, c.req.valid('json'))))
    .delete('/documents/:id', params(IdParam), (c) => {
      library.remove(c.req.valid('param').id);
      return c.body(null, 204);
    })
    .post('/documents/:id/restore', params(IdParam), (c) => c.json(library.restore(c.req.valid('param').id)));
}

/**
 * The learner's vocabulary: POST /api/vocabulary (201, or 200 when that word in that sentence was
 * saved already), GET /api/vocabulary?status=&documentId=&q=, GET /api/vocabulary/export?format=,
 * GET/POST /api/vocabulary/statuses (lemma → status; set many, "mark the rest as known"),
 * POST /api/vocabulary/counts (distinct words of a text by status), GET /api/vocabulary/history
 * (known lemmas over time), POST /api/vocabulary/events (a lookup or a
 * reveal), GET/PATCH/DELETE /api/vocabulary/:id.
 */
import { Hono } from 'hono';
import {
  StatusesUpdate, TextRequest, VocabularyCreate, VocabularyExportQuery, VocabularyIdParam as IdParam, VocabularyListQuery, VocabularyPatch, WordEventCreate,
} from '../schemas.ts';
import type { VocabularyService } from '../vocabulary/vocabulary-service.ts';
import { jsonBody, params, query } from './validation.ts';

export function vocabularyRoutes(vocabulary: VocabularyService) {
  return new Hono()
    .post('/vocabulary', jsonBody(VocabularyCreate), async (c) => {
      const { entry, created } = await vocabulary.save(c.req.valid('json'));
      return c.json(entry, created ? 201 : 200);
    })
    .get('/vocabulary', query(VocabularyListQuery), (c) => c.json(vocabulary.list(c.req.valid('query'))))
    .get('/vocabulary/export', query(VocabularyExportQuery), (c) => {
      const { format, ...filter } = c.req.valid('query');
      const file = vocabulary.export(format, filter);
      c.header('Content-Type', file.contentType);
      c.header('Content-Disposition', `attachment; filename="${file.filename}"`);
      return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body));
    })
    .get('/vocabulary/statuses', (c) => c.json(vocabulary.statuses()))
    .post('/vocabulary/statuses', jsonBody(StatusesUpdate), (c) => c.json(vocabulary.setStatuses(c.req.valid('json'))))
    .post('/vocabulary/counts', jsonBody(TextRequest), async (c) => c.json(await vocabulary.counts(c.req.valid('json').text)))
    .get('/vocabulary/history', (c) => c.json(vocabulary.knownHistory()))
    .post('/vocabulary/events', jsonBody(WordEventCreate), async (c) => c.json(await vocabulary.record(c.req.valid('json')), 201))
    .get('/vocabulary/:id', params(IdParam), (c) => c.json(vocabulary.get(c.req.valid('param').id)))
    .patch('/vocabulary/:id', params(IdParam), jsonBody(VocabularyPatch), (c) => c.json(vocabulary.update(c.req.valid('param').id, c.req.valid('json'))))
    .delete('/vocabulary/:id', params(IdParam), (c) => {
      vocabulary.remove(c.req.valid('param').id);
      return c.body(null, 204);
    });
}

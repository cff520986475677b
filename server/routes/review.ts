/**
 * The translator's review: POST /api/align, POST /api/review, POST /api/review/export?format=,
 * and saved reviews: POST /api/reviews (201), GET /api/reviews, GET/PATCH/DELETE /api/reviews/:id,
 * GET /api/reviews/:id/export?format=.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { ExportedFile } from '../review/export.ts';
import { attachment } from '../review/export.ts';
import type { ReviewService } from '../review/review-service.ts';
import type { SavedReviews } from '../review/saved-reviews.ts';
import { AlignRequest, ExportQuery, ReviewCreate, ReviewIdParam as IdParam, ReviewPatch, ReviewRequest } from '../schemas.ts';
import { jsonBody, params, query } from './validation.ts';

/** The file as a download: its media type and its name. */
export function download(c: Context, file: ExportedFile): Response {
  return c.body(file.body, 200, { 'Content-Type': file.contentType, 'Content-Disposition': attachment(file.fileName) });
}

export function reviewRoutes(review: ReviewService, saved: SavedReviews) {
  return new Hono()
    .post('/align', jsonBody(AlignRequest), (c) => c.json(review.align(c.req.valid('json'))))
    .post('/review', jsonBody(ReviewRequest), (c) => c.json(review.review(c.req.valid('json'))))
    .post('/review/export', query(ExportQuery), jsonBody(ReviewCreate), (c) => download(c, review.exportFile(c.req.valid('json'), c.req.valid('query').format)))
    .post('/reviews', jsonBody(ReviewCreate), (c) => c.json(saved.create(c.req.valid('json')), 201))
    .get('/reviews', (c) => c.json(saved.list()))
    .get('/reviews/:id', params(IdParam), (c) => c.json(saved.get(c.req.valid('param').id)))
    .patch('/reviews/:id', params(IdParam), jsonBody(ReviewPatch), (c) => c.json(saved.update(c.req.valid('param').id, c.req.valid('json'))))
    .delete('/reviews/:id', params(IdParam), (c) => {
      saved.remove(c.req.valid('param').id);
      return c.body(null, 204);
    })
    .get('/reviews/:id/export', params(IdParam), query(ExportQuery), (c) => download(c, saved.exportFile(c.req.valid('param').id, c.req.valid('query').format)));
}

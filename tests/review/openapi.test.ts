/**
 * The translators' operations in the OpenAPI document match the routes: every review and glossary
 * route is documented, and real answers — successes and errors — match what it says, field for
 * field (the response schemas are strict). `REVIEW_CALLS` are the calls that prove it.
 */
import { describe, expect, it } from 'vitest';
import { STATUS } from '../../server/app.ts';
import { openApiDocument } from '../../server/openapi/document.ts';
import { EVERY_ROUTE, type Operation } from '../../server/openapi/operation.ts';
import { errorBody } from '../../server/openapi/responses.ts';
import { reviewOperations } from '../../server/openapi/review-operations.ts';
import { reviewApp } from './app.ts';
import { REVIEW_CALLS } from './openapi-calls.ts';

const { call } = reviewApp();
const { call: callWithoutDb } = reviewApp(null);

function operationOf(method: string, path: string): Operation | undefined {
  const bare = path.split('?')[0]!;
  return reviewOperations.find((op) => op.method === method.toLowerCase() && new RegExp(`^${op.path.replace(/:\w+/g, '[^/]+')}$`).test(bare));
}

describe('the translators’ operations', () => {
  it('document every route of the review and glossary routers', () => {
    const paths = ['/api/align', '/api/review', '/api/review/export', '/api/reviews', '/api/reviews/:id', '/api/reviews/:id/export', '/api/glossary', '/api/glossary/export', '/api/glossary/import'];
    expect(reviewOperations.map((op) => `${op.method} ${op.path}`).filter((r) => !paths.includes(r.split(' ')[1]!))).toEqual([]);
    expect(reviewOperations).toHaveLength(13);
    const doc = openApiDocument(reviewOperations, { version: '0', statusOf: STATUS }) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths)).toEqual(['/api/align', '/api/review', '/api/review/export', '/api/reviews', '/api/reviews/{id}', '/api/reviews/{id}/export', '/api/glossary', '/api/glossary/export', '/api/glossary/import']);
  });

  it('describe the real answers of every operation, each with at least one success', async () => {
    const exercised = new Set<Operation>();
    for (const planned of REVIEW_CALLS) {
      const op = operationOf(planned.method, planned.path);
      expect(op, `${planned.method} ${planned.path} is documented`).toBeDefined();
      const res = await (planned.withoutDatabase ? callWithoutDb : call)(planned.method, planned.path, planned.body);
      expect(res.status, `${planned.method} ${planned.path}`).toBe(planned.status);
      const answer = op!.ok.find((a) => a.status === res.status);
      if (!answer) {
        const parsed = errorBody([...op!.errors, ...EVERY_ROUTE]).safeParse(res.body);
        expect(parsed.success, `${planned.method} ${planned.path} ${res.status}: ${res.text} is not a documented error`).toBe(true);
        expect(STATUS[parsed.data!.error.code]).toBe(res.status);
        continue;
      }
      exercised.add(op!);
      if (answer.json) expect(answer.json.safeParse(res.body).error, `${planned.method} ${planned.path}`).toBeUndefined();
      else if (answer.media) expect(res.headers.get('content-type')!.startsWith(answer.media)).toBe(true);
      else expect(res.text).toBe('');
    }
    expect(reviewOperations.filter((op) => !exercised.has(op)).map((op) => `${op.method} ${op.path}`)).toEqual([]);
  }, 60_000);
});

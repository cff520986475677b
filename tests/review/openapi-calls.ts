/**
 * Real calls to the translators' routes, in order (a review is created before it is read), each
 * with the status it must get; every operation gets at least one success. Shaped like the CALLS of
 * tests/openapi/responses.test.ts, which can take them as they are (without `withoutDatabase`).
 */
export interface ReviewCall {
  method: string;
  path: string;
  body?: unknown;
  status: number;
  /** Sent to an app without a database. */
  withoutDatabase?: boolean;
}

const source = ['Le taux atteint 3,5 % cette année.', 'Le chat dort sur le canapé du salon.'];
const draft = ['The rate reaches 4.5% this year.'];

export const REVIEW_CALLS: ReviewCall[] = [
  { method: 'POST', path: '/api/align', body: { source, draft }, status: 200 },
  { method: 'POST', path: '/api/align', body: { source: '', draft: 'x' }, status: 400 },
  { method: 'POST', path: '/api/review', body: { source, draft, dismissed: ['x'] }, status: 200 },
  { method: 'POST', path: '/api/review/export?format=xliff', body: { source, draft }, status: 200 },
  { method: 'POST', path: '/api/review/export?format=pdf', body: { source, draft }, status: 400 },
  { method: 'PUT', path: '/api/glossary', body: { terms: [{ source: 'chat', target: 'cat', note: 'the animal' }] }, status: 200 },
  { method: 'GET', path: '/api/glossary', status: 200 },
  { method: 'POST', path: '/api/glossary/import', body: { text: 'canapé,sofa\n' }, status: 200 },
  { method: 'GET', path: '/api/glossary/export?format=tsv', status: 200 },
  { method: 'POST', path: '/api/reviews', body: { source, draft, title: 'Un taux', corrections: [{ op: 'detach', link: { source: [0], draft: [0] } }] }, status: 201 },
  { method: 'GET', path: '/api/reviews', status: 200 },
  { method: 'GET', path: '/api/reviews/1', status: 200 },
  { method: 'GET', path: '/api/reviews/99', status: 404 },
  { method: 'PATCH', path: '/api/reviews/1', body: { dismissed: ['number|s0|d0|16-19|17-20'] }, status: 200 },
  { method: 'GET', path: '/api/reviews/1/export?format=xliff', status: 200 },
  { method: 'DELETE', path: '/api/reviews/1', status: 204 },
  { method: 'GET', path: '/api/reviews', status: 503, withoutDatabase: true },
];

/**
 * Real calls of every vocabulary operation, in order, for tests/openapi/responses.test.ts's CALLS
 * (its app needs `vocabulary: new VocabularyStore(db), wordEvents: new WordEvents(db)`). The
 * lookup behind POST /api/vocabulary is the real one (Lefff and the tagger; no dictionary needed).
 */
const TEXT = 'Les industriels ont opéré un virage.';

export const VOCABULARY_CALLS = [
  { method: 'POST', path: '/api/vocabulary', body: { text: TEXT, offset: 21, translation: 'Manufacturers have made a turn.' }, status: 201 },
  { method: 'POST', path: '/api/vocabulary', body: { text: TEXT, offset: 22 }, status: 200 },
  { method: 'POST', path: '/api/vocabulary', body: { text: TEXT, offset: 19 }, status: 400 },
  { method: 'GET', path: '/api/vocabulary?q=virage&status=new', status: 200 },
  { method: 'GET', path: '/api/vocabulary/1', status: 200 },
  { method: 'GET', path: '/api/vocabulary/99', status: 404 },
  { method: 'PATCH', path: '/api/vocabulary/1', body: { status: 'learning-2', note: 'vu' }, status: 200 },
  { method: 'GET', path: '/api/vocabulary/statuses', status: 200 },
  { method: 'POST', path: '/api/vocabulary/statuses', body: { lemmas: ['industriel', 'virage'] }, status: 200 },
  { method: 'POST', path: '/api/vocabulary/counts', body: { text: TEXT }, status: 200 },
  { method: 'GET', path: '/api/vocabulary/history', status: 200 },
  { method: 'POST', path: '/api/vocabulary/events', body: { kind: 'reveal', text: TEXT, offset: 3 }, status: 201 },
  { method: 'GET', path: '/api/vocabulary/export?format=apkg', status: 200 },
  { method: 'GET', path: '/api/vocabulary/export?format=pdf', status: 400 },
  { method: 'DELETE', path: '/api/vocabulary/1', status: 204 },
];

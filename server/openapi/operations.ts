/** Every operation of the HTTP API, in the order the reference shows them. */
import type { Operation } from './operation.ts';
import { libraryOperations } from './library-operations.ts';
import { readingOperations } from './reading-operations.ts';
import { reviewOperations } from './review-operations.ts';
import { vocabularyOperations } from './vocabulary-operations.ts';
import { wordsOperations } from './words-operations.ts';

const referenceOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'Reference',
    summary: 'This document',
    ok: [{ status: 200, description: 'The OpenAPI 3.1 document of the API.', media: 'application/json' }],
    errors: [],
  },
  {
    method: 'get',
    path: '/api/docs',
    tag: 'Reference',
    summary: 'The API reference as a page (works offline)',
    ok: [{ status: 200, description: 'An HTML page.', media: 'text/html' }],
    errors: [],
  },
  {
    method: 'get',
    path: '/api/docs/reference.js',
    tag: 'Reference',
    summary: 'The script of the reference page (Scalar, served locally)',
    ok: [{ status: 200, description: 'JavaScript.', media: 'text/javascript' }],
    errors: [],
  },
];

export const OPERATIONS: readonly Operation[] = [
  ...readingOperations,
  ...libraryOperations,
  ...reviewOperations,
  ...wordsOperations,
  ...vocabularyOperations,
  ...referenceOperations,
];

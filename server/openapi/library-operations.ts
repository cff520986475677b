/** The library's operations: saved documents (with full-text search and undoable deletion) and URL import. */
import { DocumentCreate, DocumentListQuery, DocumentPatch, IdParam, ImportRequest, type ErrorCode } from '../schemas.ts';
import type { Operation } from './operation.ts';
import { DocumentListSchema, DocumentSchema, ImportSchema } from './responses.ts';

const WRITE_ERRORS: readonly ErrorCode[] = ['STORAGE_FULL', 'STORAGE_UNAVAILABLE'];
const doc = {
  id: 5,
  title: 'Des espions danois',
  source: 'pasted',
  position: 0,
  createdAt: '2026-11-25T09:00:00.000Z',
  readAt: '2026-11-25T09:00:00.000Z',
  text: 'Le Danemark a aidé les États-Unis.',
};

export const libraryOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/documents',
    tag: 'Library',
    summary: 'Save a French text in the library',
    body: { schema: DocumentCreate, example: { text: doc.text, source: 'pasted' } },
    ok: [{ status: 201, description: 'The saved document.', json: DocumentSchema, example: doc }],
    errors: ['EMPTY_TEXT', 'BINARY_TEXT', 'TEXT_TOO_LONG', 'NO_ARTICLE', 'HTML_TOO_COMPLEX', 'NOT_FRENCH', 'QUEUE_FULL', ...WRITE_ERRORS],
  },
  {
    method: 'get',
    path: '/api/documents',
    tag: 'Library',
    summary: 'List saved documents, last read first, or search them',
    description: '`q` searches titles and texts (accents ignored).',
    query: DocumentListQuery,
    ok: [{ status: 200, description: 'Documents without their text.', json: DocumentListSchema }],
    errors: ['STORAGE_UNAVAILABLE'],
  },
  {
    method: 'get',
    path: '/api/documents/:id',
    tag: 'Library',
    summary: 'One document with its text and position',
    params: IdParam,
    ok: [{ status: 200, description: 'The document.', json: DocumentSchema, example: doc }],
    errors: ['NOT_FOUND', 'STORAGE_UNAVAILABLE'],
  },
  {
    method: 'patch',
    path: '/api/documents/:id',
    tag: 'Library',
    summary: 'Rename a document or save the reader’s position',
    params: IdParam,
    body: { schema: DocumentPatch, example: { position: 12 } },
    ok: [{ status: 200, description: 'The document as saved.', json: DocumentSchema }],
    errors: ['NOT_FOUND', ...WRITE_ERRORS],
  },
  {
    method: 'delete',
    path: '/api/documents/:id',
    tag: 'Library',
    summary: 'Delete a document (restorable until the server restarts)',
    params: IdParam,
    ok: [{ status: 204, description: 'Deleted.' }],
    errors: ['NOT_FOUND', ...WRITE_ERRORS],
  },
  {
    method: 'post',
    path: '/api/documents/:id/restore',
    tag: 'Library',
    summary: 'Undo a deletion',
    params: IdParam,
    ok: [{ status: 200, description: 'The document, back in the library.', json: DocumentSchema }],
    errors: ['NOT_FOUND', ...WRITE_ERRORS],
  },
  {
    method: 'post',
    path: '/api/import',
    tag: 'Library',
    summary: 'Fetch a French article from a web address',
    description: 'The server fetches the page (public addresses only unless configured), extracts the article and segments it.',
    body: { schema: ImportRequest, example: { url: 'https://www.example.fr/article' } },
    ok: [{ status: 200, description: 'The article text, its title, the final address and its segmentation.', json: ImportSchema }],
    errors: ['URL_INVALID', 'URL_FORBIDDEN', 'URL_UNREACHABLE', 'URL_TOO_LARGE', 'URL_NOT_ARTICLE', 'TEXT_TOO_LONG', 'NO_ARTICLE', 'HTML_TOO_COMPLEX', 'NOT_FRENCH', 'QUEUE_FULL'],
  },
];

/**
 * One documented API operation: its path, the zod schemas the route validates with, what it
 * answers and which error codes it may answer with. The OpenAPI document is built from a list of
 * these (document.ts), and a test sends real requests and checks every answer against it.
 *
 * @example { method: 'post', path: '/api/segment', tag: 'Reading', summary: 'Split a French text into sentences', body: { schema: TextRequest }, ok: [...], errors: ['EMPTY_TEXT'] }
 */
import type { z } from 'zod';
import type { ErrorCode } from '../schemas.ts';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Answer {
  status: number;
  description: string;
  /** A JSON body of this shape. */
  json?: z.ZodType;
  /** Newline-delimited JSON: one value of this shape a line. */
  ndjson?: z.ZodType;
  /** Any other body: its media type (a file, the docs page, a script). */
  media?: string;
  example?: unknown;
  headers?: Record<string, string>;
}

export interface Operation {
  method: Method;
  /** As Hono writes it: `/api/documents/:id`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  body?: { schema: z.ZodType; example?: unknown; media?: string };
  query?: z.ZodObject;
  params?: z.ZodObject;
  ok: Answer[];
  errors: readonly ErrorCode[];
}

/** Codes any /api route may answer with, whatever it does. */
export const EVERY_ROUTE: readonly ErrorCode[] = ['BAD_REQUEST', 'HOST_NOT_ALLOWED', 'UNSUPPORTED_MEDIA_TYPE', 'INTERNAL'];

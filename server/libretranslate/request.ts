/**
 * LibreTranslate's request parameters, from a JSON body or a form (url-encoded or multipart), with
 * its own error messages for what is missing or malformed.
 */
import type { Context } from 'hono';
import { BadRequestError } from '../errors.ts';

export interface LibreParams {
  /** One text, or several (then every answer is an array in the same order). */
  q: string | string[];
  source: string;
  target: string;
  format: 'text' | 'html';
  /** How many alternative translations the client asked for (0: none). */
  alternatives: number;
  apiKey?: string;
}

type Raw = Record<string, unknown>;

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json/i;

/** The body's fields; a JSON body must be an object. */
export async function readFields(c: Context): Promise<Raw> {
  if (JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    const body: unknown = await c.req.json().catch(() => undefined);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BadRequestError('Invalid JSON format');
    return body as Raw;
  }
  const form = await c.req.parseBody().catch(() => ({}));
  return { ...c.req.query(), ...form };
}

const missing = (name: string) => new BadRequestError(`Invalid request: missing ${name} parameter`);

/** The `api_key` field, when it is a string. */
export const apiKeyOf = (fields: Raw): string | undefined => (typeof fields.api_key === 'string' ? fields.api_key : undefined);

/** `q` as one text or several; a form's line endings become `\n`, as LibreTranslate does. */
export function textsOf(fields: Raw, form: boolean): string | string[] {
  const q = fields.q;
  if (typeof q === 'string' && q !== '') return form ? q.replace(/\r\n?/g, '\n') : q;
  if (Array.isArray(q) && q.length > 0 && q.every((t) => typeof t === 'string')) return q as string[];
  throw missing('q');
}

/** The parameters of POST /translate. */
export function translateParams(fields: Raw, form: boolean): LibreParams {
  const q = textsOf(fields, form);
  const source = fields.source;
  if (typeof source !== 'string' || source === '') throw missing('source');
  const target = fields.target;
  if (typeof target !== 'string' || target === '') throw missing('target');
  const format = fields.format === undefined || fields.format === '' ? 'text' : fields.format;
  if (format !== 'text' && format !== 'html') throw new BadRequestError(`${String(format)} format is not supported`);
  const alternatives = Number(fields.alternatives ?? 0);
  if (!Number.isInteger(alternatives) || alternatives < 0) throw new BadRequestError('Invalid request: alternatives must be a whole number from 0');
  return { q, source, target, format, alternatives, ...(apiKeyOf(fields) ? { apiKey: apiKeyOf(fields) } : {}) };
}

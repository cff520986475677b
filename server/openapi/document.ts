/**
 * The OpenAPI 3.1 document of the HTTP API, built from the operations' zod schemas (the same ones
 * the routes validate with) and the status of every error code.
 *
 * @example openApiDocument(OPERATIONS, { version: '0.1.0', statusOf: STATUS })
 */
import { z } from 'zod';
import type { ErrorCode } from '../schemas.ts';
import { EVERY_ROUTE, type Answer, type Operation } from './operation.ts';

export interface DocumentOptions {
  version: string;
  statusOf: Record<ErrorCode, number>;
}

type Json = Record<string, unknown>;

const schemaOf = (schema: z.ZodType, io: 'input' | 'output'): Json => z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;

/** `/api/documents/:id` → `/api/documents/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_]\w*)/g, '{$1}');
}

function parameters(operation: Operation): Json[] {
  const from = (where: 'query' | 'path', schema: z.ZodObject | undefined): Json[] =>
    Object.entries(schema?.shape ?? {}).map(([name, field]) => ({
      name,
      in: where,
      required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
      schema: schemaOf(field as z.ZodType, 'input'),
    }));
  return [...from('path', operation.params), ...from('query', operation.query)];
}

function okResponse(answer: Answer): Json {
  const content: Json = {};
  if (answer.json) content['application/json'] = { schema: schemaOf(answer.json, 'output'), ...(answer.example === undefined ? {} : { example: answer.example }) };
  if (answer.ndjson) content['application/x-ndjson'] = { schema: schemaOf(answer.ndjson, 'output'), description: 'One JSON value of this schema a line.' };
  if (answer.media) content[answer.media] = { schema: { type: 'string' } };
  return {
    description: answer.description,
    ...(Object.keys(content).length > 0 ? { content } : {}),
    ...(answer.headers ? { headers: Object.fromEntries(Object.entries(answer.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }])) } : {}),
  };
}

/** Error answers grouped by status, each listing its codes. */
function errorResponses(codes: readonly ErrorCode[], statusOf: Record<ErrorCode, number>): Json {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set([...codes, ...EVERY_ROUTE])) byStatus.set(statusOf[code], [...(byStatus.get(statusOf[code]) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].sort(([a], [b]) => a - b).map(([status, list]) => [
      String(status),
      {
        description: `Error: ${list.join(', ')}.`,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['error'],
              properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string', enum: list }, message: { type: 'string' } } } },
            },
          },
        },
        ...(status === 429 || status === 503 ? { headers: { 'Retry-After': { description: 'Seconds to wait, when known.', schema: { type: 'integer' } } } } : {}),
      },
    ]),
  );
}

export function openApiDocument(operations: readonly Operation[], { version, statusOf }: DocumentOptions): Json {
  const paths: Record<string, Json> = {};
  for (const op of operations) {
    const path = (paths[openApiPath(op.path)] ??= {});
    const params = parameters(op);
    path[op.method] = {
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      operationId: `${op.method}${openApiPath(op.path).replace(/[{}]/g, '').split(/[/-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}`,
      ...(params.length > 0 ? { parameters: params } : {}),
      ...(op.body
        ? { requestBody: { required: true, content: { [op.body.media ?? 'application/json']: { schema: schemaOf(op.body.schema, 'input'), ...(op.body.example === undefined ? {} : { example: op.body.example }) } } } }
        : {}),
      responses: { ...Object.fromEntries(op.ok.map((answer) => [String(answer.status), okResponse(answer)])), ...errorResponses(op.errors, statusOf) },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vis-à-vis API',
      version,
      description:
        'A local French→English bilingual reader. Every error is `{"error": {"code", "message"}}`; the code is stable, the message says what to do. Offsets are UTF-16 indexes (JavaScript string indexes).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: [...new Set(operations.map((op) => op.tag))].map((name) => ({ name })),
    paths,
    'x-error-codes': Object.fromEntries(Object.entries(statusOf).sort(([a], [b]) => a.localeCompare(b))),
  };
}

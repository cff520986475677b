/**
 * The client's only network code: the server's API through `hc<AppType>`, so request and response
 * bodies are typed by the routes themselves, and the NDJSON translate stream.
 *
 * @example const health = await getHealth(); if (health.model.state === 'ready') …
 */
import { hc } from 'hono/client';
import type { AppType } from '../server/app.ts';
import type { ErrorBody, HealthResponse, SegmentResponse, TranslateEvent } from '../server/schemas.ts';
import { readNdjson } from './ndjson.ts';

const NDJSON = 'application/x-ndjson';

const client = hc<AppType>('/');

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
    this.name = 'ApiError';
  }
}

// Error bodies come from app.onError, which hc cannot see, so their shape is checked here.
function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && 'message' in error && typeof error.message === 'string';
}

async function failure(res: { status: number; statusText: string; json(): Promise<unknown> }): Promise<ApiError> {
  const body: unknown = await res.json().catch(() => null);
  if (isErrorBody(body)) return new ApiError(body.error.code, body.error.message, res.status);
  return new ApiError('HTTP_ERROR', `${res.status} ${res.statusText}`, res.status);
}

export async function getHealth(signal?: AbortSignal): Promise<HealthResponse> {
  const res = await client.api.health.$get(undefined, { init: { signal } });
  if (!res.ok) throw await failure(res);
  return res.json();
}

export async function segment(text: string, signal?: AbortSignal): Promise<SegmentResponse> {
  const res = await client.api.segment.$post({ json: { text } }, { init: { signal } });
  if (!res.ok) throw await failure(res);
  return res.json();
}

/** Yields the translate stream's events as they arrive; aborting the signal cancels the server's work. */
export async function* translateStream(text: string, signal?: AbortSignal): AsyncGenerator<TranslateEvent> {
  const res = await client.api.translate.$post({ json: { text } }, { headers: { Accept: NDJSON }, init: { signal } });
  if (!res.ok || !res.body) throw await failure(res);
  yield* readNdjson<TranslateEvent>(res.body);
}

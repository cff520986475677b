/**
 * The client's only network code: the server's JSON API and the NDJSON translate stream.
 */
import type { ErrorBody, HealthResponse, SegmentResponse, TranslateEvent } from '../server/schemas.ts';
import { readNdjson } from './ndjson.ts';

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
    this.name = 'ApiError';
  }
}

async function failure(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => null)) as ErrorBody | null;
  return new ApiError(body?.error.code ?? 'HTTP_ERROR', body?.error.message ?? `${res.status} ${res.statusText}`, res.status);
}

export async function getHealth(signal?: AbortSignal): Promise<HealthResponse> {
  const res = await fetch('/api/health', { signal });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as HealthResponse;
}

export async function segment(text: string, signal?: AbortSignal): Promise<SegmentResponse> {
  const res = await fetch('/api/segment', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
    signal,
  });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as SegmentResponse;
}

/** Yields the translate stream's events as they arrive; aborting the signal cancels the server's work. */
export async function* translateStream(text: string, signal?: AbortSignal): AsyncGenerator<TranslateEvent> {
  const res = await fetch('/api/translate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson' },
    body: JSON.stringify({ text }),
    signal,
  });
  if (!res.ok || !res.body) throw await failure(res);
  yield* readNdjson<TranslateEvent>(res.body);
}

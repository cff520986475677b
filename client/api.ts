/**
 * The client's only network code: the server's API through `hc<AppType>`, so request and response
 * bodies are typed by the routes themselves, and the NDJSON translate stream.
 *
 * @example const health = await getHealth(); if (health.model.state === 'ready') …
 */
import { hc } from 'hono/client';
import type { AppType } from '../server/app.ts';
import type {
  Alternative,
  DocumentCreate,
  DocumentResponse,
  DocumentSummary,
  ErrorBody,
  HealthResponse,
  SegmentResponse,
  TranslateEvent,
} from '../server/schemas.ts';
import { readNdjson } from './ndjson.ts';

const NDJSON = 'application/x-ndjson';

const client = hc<AppType>('/');

/** Above this many characters a request body waits for a task of its own (see `largeBody`). */
const LARGE_BODY = 20_000;

/**
 * Chromium copies a request body on the calling task: tens of milliseconds for a 150 KB article.
 * A large body starts in a task of its own, so the copy never adds to the click or the render
 * that led to it (together they would be one long task).
 */
async function largeBody(text: string): Promise<void> {
  if (text.length > LARGE_BODY) await new Promise((resolve) => setTimeout(resolve, 0));
}

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

export async function failure(res: { status: number; statusText: string; json(): Promise<unknown> }): Promise<ApiError> {
  const body: unknown = await res.json().catch(() => null);
  if (isErrorBody(body)) return new ApiError(body.error.code, body.error.message, res.status);
  return new ApiError('HTTP_ERROR', `${res.status} ${res.statusText}`, res.status);
}

/**
 * A JSON call by path, for the routes the typed client does not cover well (files, 204s): the
 * body, or the server's error as an ApiError.
 */
export async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, init);
  if (!res.ok) throw await failure(res);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** The init of a request sending `body` as JSON. */
export function send(method: string, body: unknown, signal?: AbortSignal): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal };
}

export async function getHealth(signal?: AbortSignal): Promise<HealthResponse> {
  const res = await client.api.health.$get(undefined, { init: { signal } });
  if (!res.ok) throw await failure(res);
  return res.json();
}

/**
 * The reader's calls to the server at `base`: the app's own origin, or the one an embedded
 * `<visavis-reader>` names in its `src`.
 */
export function readingApi(base: string) {
  const server = base === '/' ? client : hc<AppType>(base);
  return {
    async segment(text: string, signal?: AbortSignal): Promise<SegmentResponse> {
      await largeBody(text);
      const res = await server.api.segment.$post({ json: { text } }, { init: { signal } });
      if (!res.ok) throw await failure(res);
      return res.json();
    },

    /**
     * Yields the translate stream's events as they arrive; aborting the signal cancels the
     * server's work. `from`: the sentence the reader is at, where the model starts.
     */
    async *translateStream(text: string, signal?: AbortSignal, from?: number): AsyncGenerator<TranslateEvent> {
      await largeBody(text);
      const json = from === undefined ? { text } : { text, from };
      const res = await server.api.translate.$post({ json }, { headers: { Accept: NDJSON }, init: { signal } });
      if (!res.ok || !res.body) throw await failure(res);
      yield* readNdjson<TranslateEvent>(res.body);
    },
  };
}

export const { segment, translateStream } = readingApi('/');

/** Other translations of one sentence, best first (the beam search's n-best list). */
export async function alternatives(text: string, n: number, signal?: AbortSignal): Promise<Alternative[]> {
  const res = await client.api.alternatives.$post({ json: { text, n } }, { init: { signal } });
  if (!res.ok) throw await failure(res);
  return (await res.json()).alternatives;
}

/** What `POST /api/import` answers: the article of a web page, segmented like `/api/segment`. */
export type ImportedArticle = Awaited<ReturnType<typeof importUrl>>;

/** Fetches the article at a web address through the server (the browser cannot: CORS, and privacy). */
export async function importUrl(url: string, signal?: AbortSignal) {
  const res = await client.api.import.$post({ json: { url } }, { init: { signal } });
  if (!res.ok) throw await failure(res);
  return res.json();
}

export async function createDocument(doc: DocumentCreate, signal?: AbortSignal): Promise<DocumentResponse> {
  await largeBody(doc.text);
  const res = await client.api.documents.$post({ json: doc }, { init: { signal } });
  if (!res.ok) throw await failure(res);
  return res.json();
}

/** Most recently read first; `q` keeps the documents with every word of it. */
export async function listDocuments(q: string, signal?: AbortSignal): Promise<DocumentSummary[]> {
  const res = await client.api.documents.$get({ query: q ? { q } : {} }, { init: { signal } });
  if (!res.ok) throw await failure(res);
  return (await res.json()).documents;
}

export async function getDocument(id: number, signal?: AbortSignal): Promise<DocumentResponse> {
  const res = await client.api.documents[':id'].$get({ param: { id: String(id) } }, { init: { signal } });
  if (!res.ok) throw await failure(res);
  return res.json();
}

/**
 * Remembers the focused sentence (and marks the document read now). `keepalive` lets the request
 * outlive the page, for the last position sent as the tab closes.
 */
export async function savePosition(id: number, position: number, { keepalive = false } = {}): Promise<void> {
  const res = await client.api.documents[':id'].$patch({ param: { id: String(id) }, json: { position } }, { init: { keepalive } });
  if (!res.ok) throw await failure(res);
}

export async function deleteDocument(id: number): Promise<void> {
  const res = await client.api.documents[':id'].$delete({ param: { id: String(id) } });
  if (!res.ok) throw await failure(res);
}

export async function restoreDocument(id: number): Promise<DocumentResponse> {
  const res = await client.api.documents[':id'].restore.$post({ param: { id: String(id) } });
  if (!res.ok) throw await failure(res);
  return res.json();
}

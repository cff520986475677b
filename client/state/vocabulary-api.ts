/**
 * The learner's requests, as the wire contract (`server/schemas.ts`) has them: a text's words
 * (`POST /api/analyze`), a word looked up (`POST /api/lookup`), and the saved vocabulary with its
 * statuses, counts, history, events and exports (`/api/vocabulary…`).
 *
 * @example const { tokens } = await vocabularyApi.analyze('Il a opéré.');
 */
import type {
  AnalyzeResponse,
  KnownHistory,
  LookupRequest,
  LookupResponse,
  StatusesResponse,
  StatusesUpdate,
  StatusesUpdateResponse,
  VocabularyCreate,
  VocabularyEntry,
  VocabularyFormat,
  VocabularyList,
  VocabularyListQuery,
  VocabularyPatch,
  WordEventCreate,
} from '../../server/schemas.ts';
import { call, send } from '../api.ts';

export type { LookupResponse, VocabularyEntry, VocabularyFormat };

/** Everything the learner's screens ask of the server; tests hand them a fake. */
export interface VocabularyApi {
  analyze(text: string, signal?: AbortSignal): Promise<AnalyzeResponse>;
  lookup(request: LookupRequest, signal?: AbortSignal): Promise<LookupResponse>;
  save(request: VocabularyCreate): Promise<VocabularyEntry>;
  list(query: VocabularyListQuery, signal?: AbortSignal): Promise<VocabularyEntry[]>;
  update(id: number, patch: VocabularyPatch): Promise<VocabularyEntry>;
  remove(id: number): Promise<void>;
  statuses(signal?: AbortSignal): Promise<StatusesResponse['statuses']>;
  setStatuses(update: Partial<StatusesUpdate> & Pick<StatusesUpdate, 'lemmas'>): Promise<StatusesUpdateResponse>;
  history(signal?: AbortSignal): Promise<KnownHistory['days']>;
  /** Records a lookup or a reveal; the learner never waits for it. */
  record(event: WordEventCreate): Promise<unknown>;
}

/** `?status=…&documentId=…&q=…` with only the filters that are set. */
export function listQuery(query: VocabularyListQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Where the browser downloads the vocabulary as a file (the server names it). */
export function exportUrl(format: VocabularyFormat): string {
  return `/api/vocabulary/export?format=${format}`;
}

export const vocabularyApi: VocabularyApi = {
  analyze: (text, signal) => call('/api/analyze', send('POST', { text }, signal)),
  lookup: (request, signal) => call('/api/lookup', send('POST', request, signal)),
  save: (request) => call('/api/vocabulary', send('POST', request)),
  list: async (query, signal) => (await call<VocabularyList>(`/api/vocabulary${listQuery(query)}`, { signal })).entries,
  update: (id, patch) => call(`/api/vocabulary/${id}`, send('PATCH', patch)),
  remove: (id) => call(`/api/vocabulary/${id}`, { method: 'DELETE' }),
  statuses: async (signal) => (await call<StatusesResponse>('/api/vocabulary/statuses', { signal })).statuses,
  setStatuses: (update) => call('/api/vocabulary/statuses', send('POST', update)),
  history: async (signal) => (await call<KnownHistory>('/api/vocabulary/history', { signal })).days,
  record: (event) => call('/api/vocabulary/events', send('POST', event)),
};

/**
 * The wire contract of the HTTP API: request schemas validated at the edge and the response types.
 * It depends on no adapter, so the client can import its types without pulling in server code.
 */
import { z } from 'zod';

export const TextRequest = z.object({
  text: z.string({ error: 'Send JSON like {"text": "…"} with the French text as a string.' }),
});
export type TextRequest = z.infer<typeof TextRequest>;

export const TranslateRequest = TextRequest.extend({
  /** The sentence the reader is looking at (index in document order): the model starts there, then wraps to the top. */
  from: z.number({ error: '"from" is the index of a sentence: a whole number from 0.' }).int().min(0).optional(),
});
export type TranslateRequest = z.infer<typeof TranslateRequest>;

/** The role of a paragraph in a news article. */
export type ParagraphKind = 'title' | 'byline' | 'dateline' | 'heading' | 'caption' | 'credit' | 'body' | 'aside' | 'item';

/** Every error code the API answers with; each has one HTTP status (server/app.ts). */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'EMPTY_TEXT'
  | 'TEXT_TOO_LONG'
  | 'TOO_MANY_TOKENS'
  | 'BINARY_TEXT'
  | 'NO_ARTICLE'
  | 'HTML_TOO_COMPLEX'
  | 'URL_INVALID'
  | 'URL_FORBIDDEN'
  | 'URL_UNREACHABLE'
  | 'URL_TOO_LARGE'
  | 'URL_NOT_ARTICLE'
  | 'NOT_FRENCH'
  | 'NOT_FOUND'
  | 'MODEL_UNAVAILABLE'
  | 'MODEL_FAILED'
  | 'QUEUE_FULL'
  | 'STORAGE_FULL'
  | 'STORAGE_UNAVAILABLE'
  | 'SHUTTING_DOWN'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'HOST_NOT_ALLOWED'
  | 'CONFIG_INVALID'
  | 'INTERNAL';

export type ModelState = 'missing' | 'downloading' | 'loading' | 'ready' | 'error';

export interface DownloadProgress {
  /** Bytes on disk so far, over every file of the model. */
  received: number;
  /** Bytes of every file, once the hub has said; 0 until then. */
  total: number;
  /** The file being downloaded now. */
  file?: string;
}

export interface ModelStatus {
  id: string;
  state: ModelState;
  dtype: string;
  /** What to run when the model is missing and will not be downloaded by the server. */
  fix?: string;
  missingFiles?: string[];
  /** While `state` is `downloading`. */
  download?: DownloadProgress;
  error?: string;
}

export interface SentenceSpan {
  start: number;
  end: number;
}

export interface SegmentedParagraph {
  start: number;
  end: number;
  kind: ParagraphKind;
  sentences: SentenceSpan[];
}

export interface SegmentResponse {
  paragraphs: SegmentedParagraph[];
  /** Set when the input was HTML and the article text was extracted from it. */
  text?: string;
}

export interface TranslatedSentence extends SentenceSpan {
  translation: string;
  /** Mean log-probability per token of the translation (0 is certain). */
  score: number;
}

export interface TranslatedParagraph extends Omit<SegmentedParagraph, 'sentences'> {
  sentences: TranslatedSentence[];
}

export interface TranslateResponse {
  paragraphs: TranslatedParagraph[];
  text?: string;
  model: string;
}

export interface ErrorDetail {
  code: ErrorCode;
  message: string;
}

/** One line of the `application/x-ndjson` translate stream. */
export type TranslateEvent =
  | { type: 'segmentation'; paragraphs: SegmentedParagraph[]; sentences: number; text?: string; model: string }
  | { type: 'sentence'; paragraph: number; sentence: number; translation: string; score: number }
  | { type: 'done'; sentences: number; translated: number; ms: { total: number; firstSentence: number | null } }
  | { type: 'error'; error: ErrorDetail };

/** The translation cache: `off` by configuration, `unavailable` while its database fails (a full disk). */
export interface CacheStatus {
  state: 'on' | 'off' | 'unavailable';
  reason?: string;
}

export interface HealthResponse {
  status: 'ok' | 'degraded';
  model: ModelStatus;
  cache: CacheStatus;
  limits: { maxChars: number };
}

export interface ErrorBody {
  error: ErrorDetail;
}

export const DocumentCreate = z.object({
  text: z.string({ error: 'Send JSON like {"text": "…"} with the French text as a string.' }),
  title: z.string().trim().min(1).max(300).optional(),
  /** Where the text came from: "pasted", a file name or a URL. */
  source: z.string().max(2000).optional(),
});
export type DocumentCreate = z.infer<typeof DocumentCreate>;

export const DocumentPatch = z
  .object({
    /** Index of the focused sentence, in document order. */
    position: z.number().int().min(0).optional(),
    title: z.string().trim().min(1).max(300).optional(),
  })
  .refine((patch) => patch.position !== undefined || patch.title !== undefined, { error: 'Send {"position": n} or {"title": "…"} (or both).' });
export type DocumentPatch = z.infer<typeof DocumentPatch>;

/** `:id` of a saved document. */
export const IdParam = z.object({ id: z.coerce.number({ error: 'A document id is a whole number.' }).int().min(1) });
export const DocumentListQuery = z.object({ q: z.string().max(500).optional() });

export const ImportRequest = z.object({
  url: z.string({ error: 'Send JSON like {"url": "https://…"} with the address of a French article.' }),
});
export type ImportRequest = z.infer<typeof ImportRequest>;

export interface DocumentSummary {
  id: number;
  title: string;
  source: string;
  /** Index of the sentence the reader last focused, in document order. */
  position: number;
  createdAt: string;
  readAt: string;
  /** Length of the text, in characters. */
  chars: number;
}

export interface DocumentResponse extends Omit<DocumentSummary, 'chars'> {
  text: string;
}

export interface DocumentList {
  documents: DocumentSummary[];
}

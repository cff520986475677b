/**
 * Request and response shapes of the HTTP API, validated at the edge; the client imports only
 * these types.
 */
import { z } from 'zod';
import type { ParagraphKind } from './core/kinds.ts';
import type { ModelStatus } from './engine/translator.ts';

export const TextRequest = z.object({
  text: z.string({ error: 'Send JSON like {"text": "…"} with the French text as a string.' }),
});
export type TextRequest = z.infer<typeof TextRequest>;

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

export interface TranslateResponse {
  paragraphs: (Omit<SegmentedParagraph, 'sentences'> & { sentences: TranslatedSentence[] })[];
  text?: string;
  model: string;
}

/** One line of the `application/x-ndjson` translate stream. */
export type TranslateEvent =
  | { type: 'segmentation'; paragraphs: SegmentedParagraph[]; sentences: number; text?: string; model: string }
  | { type: 'sentence'; paragraph: number; sentence: number; translation: string; score: number }
  | { type: 'done'; sentences: number; translated: number; ms: { total: number; firstSentence: number | null } }
  | { type: 'error'; error: { code: string; message: string } };

export interface HealthResponse {
  status: 'ok' | 'degraded';
  model: ModelStatus;
  limits: { maxChars: number };
}

export interface ErrorBody {
  error: { code: string; message: string };
}

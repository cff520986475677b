/**
 * The API's answers as zod schemas, for the OpenAPI document and the test that checks real answers
 * against it. Each is tied to its TypeScript type in server/schemas.ts at compile time (`shaped`),
 * and strict, so a field added to a response without being documented fails the response test.
 */
import { z } from 'zod';
import type {
  AlternativesResponse,
  CacheStatus,
  DocumentList,
  DocumentResponse,
  DocumentSummary,
  ErrorBody,
  ErrorCode,
  HealthResponse,
  SegmentResponse,
  TranslateEvent,
  TranslateResponse,
} from '../schemas.ts';

/** The schema, checked to produce exactly values of type T (both ways). */
export function shaped<T>() {
  return <S extends z.ZodType<T>>(schema: S & (z.output<S> extends T ? (T extends z.output<S> ? unknown : never) : never)): S => schema;
}

export const count = z.number().int().min(0);
const span = { start: count, end: count };
export const Span = z.strictObject(span);
const kinds = ['title', 'byline', 'dateline', 'heading', 'caption', 'credit', 'body', 'aside', 'item'] as const;
const Paragraph = z.strictObject({ ...span, kind: z.enum(kinds), sentences: z.array(Span) });
const Check = z.strictObject({
  rule: z.enum(['number', 'name', 'untranslated']),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
const TranslatedParagraph = z.strictObject({
  ...span,
  kind: z.enum(kinds),
  sentences: z.array(z.strictObject({ ...span, translation: z.string(), score: z.number().max(0), checks: z.array(Check).optional() })),
});

export function errorBody(codes: readonly ErrorCode[]) {
  return z.strictObject({ error: z.strictObject({ code: z.enum(codes as [ErrorCode, ...ErrorCode[]]), message: z.string().min(1) }) });
}
export const ErrorBodySchema = shaped<ErrorBody>()(
  z.strictObject({ error: z.strictObject({ code: z.custom<ErrorCode>((v) => typeof v === 'string'), message: z.string() }) }),
);

const Download = z.strictObject({ received: z.number().int().min(0), total: z.number().int().min(0), file: z.string().optional() });

export const HealthSchema = shaped<HealthResponse>()(
  z.strictObject({
    status: z.enum(['ok', 'degraded']),
    model: z.strictObject({
      id: z.string(),
      state: z.enum(['missing', 'downloading', 'loading', 'ready', 'error']),
      dtype: z.string(),
      fix: z.string().optional(),
      missingFiles: z.array(z.string()).optional(),
      download: Download.optional(),
      error: z.string().optional(),
    }),
    cache: shaped<CacheStatus>()(z.strictObject({ state: z.enum(['on', 'off', 'unavailable']), reason: z.string().optional() })),
    limits: z.strictObject({ maxChars: z.number().int() }),
  }),
);

export const AlternativesSchema = shaped<AlternativesResponse>()(
  z.strictObject({ alternatives: z.array(z.strictObject({ translation: z.string(), score: z.number().max(0) })) }),
);

export const SegmentSchema = shaped<SegmentResponse>()(z.strictObject({ paragraphs: z.array(Paragraph), text: z.string().optional() }));

export const TranslateSchema = shaped<TranslateResponse>()(
  z.strictObject({ paragraphs: z.array(TranslatedParagraph), text: z.string().optional(), model: z.string() }),
);

export const TranslateEventSchema = shaped<TranslateEvent>()(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('segmentation'), paragraphs: z.array(Paragraph), sentences: z.number().int(), text: z.string().optional(), model: z.string() }),
    z.strictObject({
      type: z.literal('sentence'),
      paragraph: z.number().int(),
      sentence: z.number().int(),
      translation: z.string(),
      score: z.number(),
      checks: z.array(Check).optional(),
    }),
    z.strictObject({
      type: z.literal('done'),
      sentences: z.number().int(),
      translated: z.number().int(),
      ms: z.strictObject({ total: z.number(), firstSentence: z.number().nullable() }),
    }),
    z.strictObject({ type: z.literal('error'), error: ErrorBodySchema.shape.error }),
  ]),
);

const summary = {
  id: z.number().int().min(1),
  title: z.string(),
  source: z.string(),
  position: z.number().int().min(0),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime(),
};
export const DocumentSummarySchema = shaped<DocumentSummary>()(z.strictObject({ ...summary, chars: z.number().int().min(0) }));
export const DocumentSchema = shaped<DocumentResponse>()(z.strictObject({ ...summary, text: z.string() }));
export const DocumentListSchema = shaped<DocumentList>()(z.strictObject({ documents: z.array(DocumentSummarySchema) }));

export const ImportSchema = z.strictObject({ paragraphs: z.array(Paragraph), url: z.url(), title: z.string(), text: z.string() });

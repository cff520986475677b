/** The translators' operations: align and review a draft, saved reviews, the glossary, exports. */
import { z } from 'zod';
import {
  AlignRequest, Correction, EXPORT_FORMATS, ExportQuery, GlossaryExportQuery, GlossaryImport, GlossaryPut, ReviewCreate, ReviewIdParam, ReviewPatch, ReviewRequest,
  type AlignResponse, type ErrorCode, type GlossaryImportResponse, type GlossaryResponse, type ReviewList, type ReviewResponse, type SavedReview,
} from '../schemas.ts';
import type { Operation } from './operation.ts';
import { count, shaped, Span } from './responses.ts';

const Indexes = z.array(count);
const AlignmentSchema = shaped<AlignResponse>()(
  z.strictObject({ source: z.array(Span), draft: z.array(Span), links: z.array(z.strictObject({ source: Indexes, draft: Indexes })) }),
);
const Flag = z.strictObject({
  rule: z.enum(['number', 'omission', 'addition', 'untranslated', 'name', 'glossary', 'punctuation', 'repetition', 'inconsistency']),
  severity: z.enum(['error', 'warning', 'info']),
  link: count,
  message: z.string().min(1),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  source: Span.optional(),
  draft: Span.optional(),
  key: z.string().min(1),
  dismissed: z.boolean(),
});
const reviewed = { alignment: AlignmentSchema, flags: z.array(Flag), staleCorrections: Indexes };
const ReviewSchema = shaped<ReviewResponse>()(z.strictObject(reviewed));
const Term = z.strictObject({ source: z.string().min(1), target: z.string().min(1), note: z.string().optional() });
const summary = { id: z.number().int().min(1), title: z.string().min(1), createdAt: z.iso.datetime(), updatedAt: z.iso.datetime(), sourceChars: count, draftChars: count };
const SavedSchema = shaped<SavedReview>()(
  z.strictObject({
    ...summary,
    ...reviewed,
    source: z.string(),
    draft: z.string(),
    glossary: z.array(Term),
    corrections: z.array(Correction),
    dismissed: z.array(z.string()),
  }),
);
const ListSchema = shaped<ReviewList>()(z.strictObject({ reviews: z.array(z.strictObject(summary)) }));
const GlossarySchema = shaped<GlossaryResponse>()(z.strictObject({ terms: z.array(Term) }));
const ImportSchema = shaped<GlossaryImportResponse>()(z.strictObject({ terms: z.array(Term), imported: count }));

const PAIR_ERRORS: readonly ErrorCode[] = ['EMPTY_TEXT', 'BINARY_TEXT', 'TEXT_TOO_LONG'];
const WRITE_ERRORS: readonly ErrorCode[] = ['STORAGE_FULL', 'STORAGE_UNAVAILABLE'];
const source = ['Le taux atteint 3,5 %.', 'Le chat dort.'];
const draft = ['The rate reaches 4.5%.'];
const alignment: AlignResponse = { source: [{ start: 0, end: 22 }, { start: 23, end: 36 }], draft: [{ start: 0, end: 22 }], links: [{ source: [0], draft: [0] }, { source: [1], draft: [] }] };
const EXPORT_DESCRIPTION = `The file, as a download (Content-Disposition names it): \`xliff\` XLIFF 2.0 (\`application/xliff+xml\`), \`tmx\` TMX 1.4b (\`application/x-tmx+xml\`), \`tsv\` (\`text/tab-separated-values\`), \`html\` a standalone bilingual page (\`text/html\`). Formats: ${EXPORT_FORMATS.join(', ')}.`;
const download = { 'Content-Disposition': 'attachment; filename="<title>.<extension>"' };
const tag = 'Translators';

export const reviewOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/align',
    tag,
    summary: 'Align an English draft with its French source, sentence by sentence',
    description: 'Each side is a text (split into sentences by the rules of its language) or an array of sentences kept as given (offsets then index into the items joined by "\\n"). Every sentence is in exactly one link; `[]` on the empty side of a 1-0 omission or a 0-1 addition.',
    body: { schema: AlignRequest, example: { source, draft } },
    ok: [{ status: 200, description: 'The sentences of each side and the links between them, in order.', json: AlignmentSchema, example: alignment }],
    errors: PAIR_ERRORS,
  },
  {
    method: 'post',
    path: '/api/review',
    tag,
    summary: 'Align and check a draft: numbers, names, omissions, additions, glossary…',
    description: 'Corrections (merge, split, detach; naming their link by its sentence indexes) are replayed on the aligner’s links and the QA runs on the result; those whose link is gone are listed in `staleCorrections`. Without `glossary` the saved glossary is used. Flags whose `key` is in `dismissed` come back with `dismissed: true`.',
    body: { schema: ReviewRequest, example: { source, draft, glossary: [{ source: 'chat', target: 'cat' }] } },
    ok: [{ status: 200, description: 'The corrected alignment and its flags.', json: ReviewSchema }],
    errors: PAIR_ERRORS,
  },
  {
    method: 'post',
    path: '/api/review/export',
    tag,
    summary: 'Download a reviewed pair as XLIFF 2.0, TMX 1.4b, TSV or bilingual HTML',
    query: ExportQuery,
    body: { schema: ReviewCreate, example: { source, draft, title: 'Un taux' } },
    ok: [{ status: 200, description: EXPORT_DESCRIPTION, media: 'application/xliff+xml', headers: download }],
    errors: PAIR_ERRORS,
  },
  {
    method: 'post',
    path: '/api/reviews',
    tag,
    summary: 'Save a review (source, draft and what the translator did to them)',
    body: { schema: ReviewCreate, example: { source, draft, title: 'Un taux' } },
    ok: [{ status: 201, description: 'The saved review, aligned and checked.', json: SavedSchema }],
    errors: [...PAIR_ERRORS, ...WRITE_ERRORS],
  },
  {
    method: 'get',
    path: '/api/reviews',
    tag,
    summary: 'List saved reviews, most recently changed first',
    ok: [{ status: 200, description: 'Reviews without their texts.', json: ListSchema }],
    errors: ['STORAGE_UNAVAILABLE'],
  },
  {
    method: 'get',
    path: '/api/reviews/:id',
    tag,
    summary: 'One saved review, realigned and re-checked now',
    params: ReviewIdParam,
    ok: [{ status: 200, description: 'The review.', json: SavedSchema }],
    errors: ['NOT_FOUND', 'STORAGE_UNAVAILABLE'],
  },
  {
    method: 'patch',
    path: '/api/reviews/:id',
    tag,
    summary: 'Change a review: title, texts, glossary, corrections, dismissed flags',
    description: 'Each field sent replaces the saved one; a new source or draft is aligned again and the corrections replayed.',
    params: ReviewIdParam,
    body: { schema: ReviewPatch, example: { corrections: [{ op: 'detach', link: { source: [0], draft: [0] } }] } },
    ok: [{ status: 200, description: 'The review as saved.', json: SavedSchema }],
    errors: ['NOT_FOUND', ...PAIR_ERRORS, ...WRITE_ERRORS],
  },
  {
    method: 'delete',
    path: '/api/reviews/:id',
    tag,
    summary: 'Delete a saved review',
    params: ReviewIdParam,
    ok: [{ status: 204, description: 'Deleted.' }],
    errors: ['NOT_FOUND', ...WRITE_ERRORS],
  },
  {
    method: 'get',
    path: '/api/reviews/:id/export',
    tag,
    summary: 'Download a saved review as XLIFF 2.0, TMX 1.4b, TSV or bilingual HTML',
    params: ReviewIdParam,
    query: ExportQuery,
    ok: [{ status: 200, description: EXPORT_DESCRIPTION, media: 'application/xliff+xml', headers: download }],
    errors: ['NOT_FOUND', 'STORAGE_UNAVAILABLE'],
  },
  {
    method: 'get',
    path: '/api/glossary',
    tag,
    summary: 'The glossary: pinned French terms and the English wanted for them',
    ok: [{ status: 200, description: 'Every term, in the order added.', json: GlossarySchema }],
    errors: ['STORAGE_UNAVAILABLE'],
  },
  {
    method: 'put',
    path: '/api/glossary',
    tag,
    summary: 'Replace the glossary (one term per French term, the last one winning)',
    body: { schema: GlossaryPut, example: { terms: [{ source: 'député', target: 'MP', note: 'UK usage' }] } },
    ok: [{ status: 200, description: 'The glossary as saved.', json: GlossarySchema }],
    errors: WRITE_ERRORS,
  },
  {
    method: 'get',
    path: '/api/glossary/export',
    tag,
    summary: 'Download the glossary as TSV or CSV',
    query: GlossaryExportQuery,
    ok: [{ status: 200, description: 'A header line, then one term a line (`text/tab-separated-values` or RFC 4180 `text/csv`).', media: 'text/tab-separated-values', headers: download }],
    errors: ['STORAGE_UNAVAILABLE'],
  },
  {
    method: 'post',
    path: '/api/glossary/import',
    tag,
    summary: 'Import terms from a TSV or CSV file, merging or replacing',
    body: { schema: GlossaryImport, example: { text: 'source\ttarget\nSénat\tSenate\n', mode: 'merge' } },
    ok: [{ status: 200, description: 'The glossary as saved, and how many terms the file held.', json: ImportSchema }],
    errors: WRITE_ERRORS,
  },
];

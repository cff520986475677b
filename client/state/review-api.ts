/**
 * The review screen's requests: align and check a draft, save a review with its corrections and
 * dismissed flags, the glossary, and the exported files, as the wire contract (`server/schemas.ts`)
 * has them: `POST /api/review`, `/api/reviews[/:id]`, `/api/glossary`, `…/export?format=`.
 *
 * @example const { alignment, flags } = await reviewApi.review({ source, draft, corrections: [] });
 */
import type {
  AlignResponse,
  Correction,
  ExportFormat,
  GlossaryImportResponse,
  GlossaryResponse,
  GlossaryTerm,
  QaFlag,
  ReviewCreate,
  ReviewPatch,
  ReviewRequest,
  ReviewResponse,
  SavedReview,
} from '../../server/schemas.ts';
import { call, failure, send } from '../api.ts';

export type { AlignResponse as Alignment, Correction, ExportFormat, GlossaryTerm, QaFlag as Flag, ReviewResponse, SavedReview };

export const EXPORT_FORMATS: readonly ExportFormat[] = ['xliff', 'tmx', 'tsv', 'html'];

export interface ExportedFile {
  name: string;
  blob: Blob;
}

/** Everything the review session asks of the server; tests hand it a fake. */
export interface ReviewApi {
  review(input: ReviewRequest, signal?: AbortSignal): Promise<ReviewResponse>;
  save(input: ReviewCreate): Promise<SavedReview>;
  load(id: number, signal?: AbortSignal): Promise<SavedReview>;
  update(id: number, patch: ReviewPatch): Promise<unknown>;
  glossary(): Promise<GlossaryTerm[]>;
  saveGlossary(terms: GlossaryTerm[]): Promise<unknown>;
  /** Reads a TSV or CSV file's terms into the saved glossary; answers the whole glossary. */
  importGlossary(text: string): Promise<GlossaryImportResponse>;
  exportGlossary(): Promise<ExportedFile>;
  /** The saved review `id` as a file, or, without one, the review `input`. */
  exportFile(format: ExportFormat, input: ReviewRequest, id?: number): Promise<ExportedFile>;
}

/** The file name the server gives (Content-Disposition), else `<fallback>`. */
async function file(res: Response, fallback: string): Promise<ExportedFile> {
  if (!res.ok) throw await failure(res);
  const named = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(res.headers.get('Content-Disposition') ?? '');
  const name = named ? decodeURIComponent((named[1] ?? named[2])!) : fallback;
  return { name, blob: await res.blob() };
}

const EXTENSIONS: Record<ExportFormat, string> = { xliff: 'xlf', tmx: 'tmx', tsv: 'tsv', html: 'html' };

export const reviewApi: ReviewApi = {
  review: (input, signal) => call('/api/review', send('POST', input, signal)),
  save: (input) => call('/api/reviews', send('POST', input)),
  load: (id, signal) => call(`/api/reviews/${id}`, { signal }),
  update: (id, patch) => call(`/api/reviews/${id}`, send('PATCH', patch)),
  glossary: async () => (await call<GlossaryResponse>('/api/glossary')).terms,
  saveGlossary: (terms) => call('/api/glossary', send('PUT', { terms })),
  importGlossary: (text) => call('/api/glossary/import', send('POST', { text })),
  exportGlossary: async () => file(await fetch('/api/glossary/export?format=tsv'), 'glossary.tsv'),
  async exportFile(format, input, id) {
    const res = id === undefined ? await fetch(`/api/review/export?format=${format}`, send('POST', input)) : await fetch(`/api/reviews/${id}/export?format=${format}`);
    return file(res, `review.${EXTENSIONS[format]}`);
  },
};

/**
 * Saved reviews: a pair with what the translator did to it (its own glossary terms, corrections,
 * dismissed flags), realigned and re-checked on every read so it follows the current aligner and
 * QA rules. A write the disk refuses is a typed STORAGE_FULL, never a silent loss; without a
 * database every call is STORAGE_UNAVAILABLE.
 *
 * @example const saved = createSavedReviews({ reviews: new ReviewStore(db), glossary, maxChars }); saved.create({ source, draft })
 */
import type { Dictionary } from '../core/lexicon/wiktionary.ts';
import { NotFoundError, StorageUnavailableError } from '../errors.ts';
import type { Correction, ExportFormat, GlossaryTerm, ReviewCreate, ReviewList, ReviewPatch, ReviewSummary, SavedReview } from '../schemas.ts';
import type { ExportedFile } from './export.ts';
import { exportFile } from './export.ts';
import { alignPair, sideText, type Side } from './pair.ts';
import { mergeGlossaries, reviewAligned, titleOf, type GlossaryReader } from './review-service.ts';
import { written } from './written.ts';

/** A review as the store keeps it. */
export interface StoredReview {
  id: number;
  title: string;
  source: Side;
  draft: Side;
  glossary: unknown[];
  corrections: unknown[];
  dismissed: string[];
  createdAt: string;
  updatedAt: string;
}

type Fields = Pick<StoredReview, 'title' | 'source' | 'draft' | 'glossary' | 'corrections' | 'dismissed'>;

/** What saved reviews need of a store (server/store/reviews.ts). */
export interface ReviewsStore {
  insert(fields: Fields): StoredReview;
  get(id: number): StoredReview | undefined;
  list(): ReviewSummary[];
  update(id: number, change: Partial<Fields>): boolean;
  remove(id: number): boolean;
}

export interface SavedReviewsDeps {
  /** None when the database could not be opened. */
  reviews?: ReviewsStore;
  glossary?: GlossaryReader;
  maxChars: number;
  /** The fr→en dictionary once it has loaded (the aligner does without until then). */
  dictionary?: () => Dictionary | undefined;
}

export function createSavedReviews({ reviews, glossary, maxChars, dictionary }: SavedReviewsDeps) {
  const store = (): ReviewsStore => {
    if (!reviews) throw new StorageUnavailableError();
    return reviews;
  };
  const found = (id: number): StoredReview => {
    const review = store().get(id);
    if (!review) throw new NotFoundError(`There is no review ${id} (it may have been deleted).`);
    return review;
  };
  /** The saved review with its alignment and QA as of now. */
  const full = (review: StoredReview, pair = alignPair(review, maxChars, { dictionary: dictionary?.() })): SavedReview => {
    const own = review.glossary as GlossaryTerm[];
    const corrections = review.corrections as Correction[];
    const result = reviewAligned(pair, { glossary: mergeGlossaries(own, glossary?.all() ?? []), corrections, dismissed: review.dismissed, dictionary: dictionary?.() });
    const { sourceText, draftText } = result;
    return {
      id: review.id,
      title: review.title,
      createdAt: review.createdAt,
      updatedAt: review.updatedAt,
      sourceChars: sourceText.length,
      draftChars: draftText.length,
      source: sourceText,
      draft: draftText,
      glossary: own,
      corrections,
      dismissed: review.dismissed,
      alignment: result.alignment,
      flags: result.flags,
      staleCorrections: result.staleCorrections,
    };
  };

  return {
    create(body: ReviewCreate): SavedReview {
      const db = store();
      const pair = alignPair(body, maxChars, { dictionary: dictionary?.() });
      const fields = { title: body.title ?? titleOf(pair), source: body.source, draft: body.draft, glossary: body.glossary ?? [], corrections: body.corrections ?? [], dismissed: body.dismissed ?? [] };
      return full(written(() => db.insert(fields)), pair);
    },
    list(): ReviewList {
      return { reviews: store().list() };
    },
    get(id: number): SavedReview {
      return full(found(id));
    },
    update(id: number, patch: ReviewPatch): SavedReview {
      found(id);
      if (patch.source !== undefined) sideText(patch.source, 'source', maxChars);
      if (patch.draft !== undefined) sideText(patch.draft, 'draft', maxChars);
      const change = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<Fields>;
      if (!written(() => store().update(id, change))) found(id);
      return full(found(id));
    },
    remove(id: number): void {
      if (!written(() => store().remove(id))) found(id);
    },
    exportFile(id: number, format: ExportFormat): ExportedFile {
      const saved = full(found(id));
      return exportFile({ title: saved.title, sourceText: saved.source, draftText: saved.draft, alignment: saved.alignment, flags: saved.flags }, format);
    },
  };
}

export type SavedReviews = ReturnType<typeof createSavedReviews>;

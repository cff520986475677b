/**
 * The translator's review: aligns a French source with an English draft, replays the hand
 * corrections, runs the QA on the corrected alignment, marks the flags the translator dismissed,
 * and exports the result. Stateless: saved reviews (saved-reviews.ts) are built on it.
 *
 * @example const service = createReviewService({ maxChars: 200_000 }); service.review({ source, draft }).flags
 */
import type { Dictionary } from '../core/lexicon/wiktionary.ts';
import { reviewAlignment } from '../core/qa/review.ts';
import type { AlignResponse, Correction, ExportFormat, GlossaryTerm, QaFlag, ReviewRequest, ReviewResponse } from '../schemas.ts';
import { applyCorrections } from './corrections.ts';
import { exportFile, type ExportedFile } from './export.ts';
import { flagKey } from './flag-key.ts';
import { alignPair, type AlignedPair, type PairInput } from './pair.ts';

/** The saved glossary, as the QA reads it. */
export interface GlossaryReader {
  all(): GlossaryTerm[];
}

export interface ReviewDeps {
  maxChars: number;
  /** Used when a request sends no glossary of its own. */
  glossary?: GlossaryReader;
  /** The fr→en dictionary once it has loaded (the aligner does without until then). */
  dictionary?: () => Dictionary | undefined;
}

/** What the translator did to a pair. */
export interface ReviewChoices {
  glossary: readonly GlossaryTerm[];
  corrections?: readonly Correction[];
  dismissed?: readonly string[];
  /** Names and glossary terms are also matched through it (a name the English renames). */
  dictionary?: Dictionary;
}

export interface ReviewedResult extends ReviewResponse {
  sourceText: string;
  draftText: string;
}

/** Corrections applied, QA run on the result, dismissed flags marked. */
export function reviewAligned(pair: AlignedPair, choices: ReviewChoices): ReviewedResult {
  const { links, stale } = applyCorrections(pair.alignment.links, choices.corrections ?? []);
  const alignment: AlignResponse = { source: pair.alignment.source, draft: pair.alignment.draft, links };
  const dismissed = new Set(choices.dismissed ?? []);
  const flags: QaFlag[] = reviewAlignment({ sourceText: pair.sourceText, draftText: pair.draftText, alignment, glossary: [...choices.glossary], dictionary: choices.dictionary }).map((flag) => {
    const key = flagKey(flag, alignment);
    return { ...flag, key, dismissed: dismissed.has(key) };
  });
  return { sourceText: pair.sourceText, draftText: pair.draftText, alignment, flags, staleCorrections: stale };
}

/** Terms of the review first; a saved term of the same French is left out. */
export function mergeGlossaries(own: readonly GlossaryTerm[], saved: readonly GlossaryTerm[]): GlossaryTerm[] {
  const mine = new Set(own.map((t) => t.source));
  return [...own, ...saved.filter((t) => !mine.has(t.source))];
}

const TITLE_CHARS = 80;

/** The first French sentence, cut at a word: the title of an export or a saved review without one. */
export function titleOf(pair: AlignedPair): string {
  const first = pair.alignment.source[0];
  const text = (first ? pair.sourceText.slice(first.start, first.end) : '').replace(/\s+/g, ' ').trim();
  if (text.length <= TITLE_CHARS) return text || 'Review';
  const cut = text.lastIndexOf(' ', TITLE_CHARS - 1);
  return `${text.slice(0, cut > TITLE_CHARS / 2 ? cut : TITLE_CHARS - 1)}…`;
}

export function createReviewService({ maxChars, glossary, dictionary }: ReviewDeps) {
  const align = (input: PairInput): AlignedPair => alignPair(input, maxChars, { dictionary: dictionary?.() });
  const review = (request: ReviewRequest, pair = align(request)): ReviewedResult =>
    reviewAligned(pair, { glossary: request.glossary ?? glossary?.all() ?? [], corrections: request.corrections, dismissed: request.dismissed, dictionary: dictionary?.() });

  return {
    align(input: PairInput): AlignResponse {
      return align(input).alignment;
    },
    review(request: ReviewRequest): ReviewResponse {
      const { alignment, flags, staleCorrections } = review(request);
      return { alignment, flags, staleCorrections };
    },
    exportFile(request: ReviewRequest & { title?: string }, format: ExportFormat): ExportedFile {
      const pair = align(request);
      return exportFile({ title: request.title ?? titleOf(pair), ...review(request, pair) }, format);
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;

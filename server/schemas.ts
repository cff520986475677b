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

export const AlternativesRequest = z.object({
  text: z
    .string({ error: 'Send JSON like {"text": "…", "n": 4} with one French sentence.' })
    .trim()
    .min(1, { error: 'The sentence is empty.' })
    .max(2000, { error: 'Alternatives are for one sentence: at most 2 000 characters.' }),
  /** How many translations, best first. */
  n: z.number().int().min(1).max(8).default(4),
});
export type AlternativesRequest = z.infer<typeof AlternativesRequest>;

export interface Alternative {
  translation: string;
  /** Mean log-probability per token (0 is certain). */
  score: number;
}

export interface AlternativesResponse {
  alternatives: Alternative[];
}

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
  | 'NOT_A_WORD'
  | 'MODEL_UNAVAILABLE'
  | 'MODEL_FAILED'
  | 'QUEUE_FULL'
  | 'STORAGE_FULL'
  | 'STORAGE_UNAVAILABLE'
  | 'SHUTTING_DOWN'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'HOST_NOT_ALLOWED'
  | 'UNAUTHORIZED'
  | 'RATE_LIMITED'
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
  /** What the translation may have lost (a number, a name) or left in French; absent when nothing. */
  checks?: SentenceCheck[];
}

/** A QA check on one machine-translated sentence: the reader's quiet mark. */
export interface SentenceCheck {
  rule: 'number' | 'name' | 'untranslated';
  severity: 'error' | 'warning' | 'info';
  /** In English; `params` hold the facts for a client to say it in its own language. */
  message: string;
  params?: Record<string, string | number>;
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
  | { type: 'sentence'; paragraph: number; sentence: number; translation: string; score: number; checks?: SentenceCheck[] }
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

// ---- Translators: align a draft to its source, review it, save reviews, the glossary, exports ----

/** One side of a pair: a text to split into sentences, or sentences as given (offsets then index into them joined by "\n"). */
const PairSide = z.union([z.string(), z.array(z.string()).max(100_000)], {
  error: 'Send each side as a string (a text) or an array of strings (one sentence each).',
});

export const AlignRequest = z.object({ source: PairSide, draft: PairSide });
export type AlignRequest = z.infer<typeof AlignRequest>;

export const GlossaryTerm = z.object({
  source: z.string().trim().min(1, { error: 'A glossary term needs its French "source".' }).max(200),
  target: z.string().trim().min(1, { error: 'A glossary term needs its English "target".' }).max(200),
  note: z.string().trim().max(1000).optional(),
});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

/** A link as the client shows it: the sentence indexes of either side (what a correction names). */
const LinkRef = z.object({
  source: z.array(z.number().int().min(0)).max(10_000),
  draft: z.array(z.number().int().min(0)).max(10_000),
});

/**
 * A hand correction of the alignment, naming the link it acts on by its sentence indexes. They are
 * replayed in order on the aligner's links; one whose link no longer exists (the texts or the
 * aligner changed) is skipped and listed in `staleCorrections`, never applied to another link.
 * - `merge`: the link and the one after it become one link.
 * - `split`: two links; the second starts at source sentence `source` and draft sentence `draft`
 *   (defaults: each side of two or more sentences is cut after its first sentence).
 * - `detach`: an n-m link becomes n-0 (omission) then 0-m (addition).
 */
export const Correction = z.discriminatedUnion(
  'op',
  [
    z.object({ op: z.literal('merge'), link: LinkRef }),
    z.object({ op: z.literal('split'), link: LinkRef, source: z.number().int().min(0).optional(), draft: z.number().int().min(0).optional() }),
    z.object({ op: z.literal('detach'), link: LinkRef }),
  ],
  { error: 'A correction is {"op": "merge" | "split" | "detach", "link": {"source": [..], "draft": [..]}}.' },
);
export type Correction = z.infer<typeof Correction>;

const Corrections = z.array(Correction).max(10_000);
/** Dismissed flags, by their `key`. */
const Dismissed = z.array(z.string().max(500)).max(100_000);
const Glossary = z.array(GlossaryTerm).max(10_000);

/** `glossary` absent: the saved glossary (GET /api/glossary) is used; `[]`: none. */
export const ReviewRequest = AlignRequest.extend({ glossary: Glossary.optional(), corrections: Corrections.optional(), dismissed: Dismissed.optional() });
export type ReviewRequest = z.infer<typeof ReviewRequest>;

export const EXPORT_FORMATS = ['xliff', 'tmx', 'tsv', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `format is one of ${EXPORT_FORMATS.join(', ')}.` }),
});

export interface AlignmentLink {
  source: number[];
  draft: number[];
}

export interface AlignResponse {
  source: SentenceSpan[];
  draft: SentenceSpan[];
  links: AlignmentLink[];
}

export type QaRule = 'number' | 'omission' | 'addition' | 'untranslated' | 'name' | 'glossary' | 'punctuation' | 'repetition' | 'inconsistency';
export type QaSeverity = 'error' | 'warning' | 'info';

export interface QaFlag {
  rule: QaRule;
  severity: QaSeverity;
  /** Index into `alignment.links`. */
  link: number;
  /** In English; `params` carry the facts to say it in another UI language. */
  message: string;
  params?: Record<string, string | number>;
  source?: SentenceSpan;
  draft?: SentenceSpan;
  /** Stable across saves: rule, the link's sentence indexes, offsets relative to the link's start. */
  key: string;
  dismissed: boolean;
}

export interface ReviewResponse {
  /** With the corrections applied. */
  alignment: AlignResponse;
  flags: QaFlag[];
  /** Indexes into the corrections sent or saved that no longer applied and were skipped. */
  staleCorrections: number[];
}

export const ReviewCreate = ReviewRequest.extend({ title: z.string().trim().min(1).max(300).optional() });
export const ReviewIdParam = z.object({ id: z.coerce.number({ error: 'A review id is a whole number.' }).int().min(1) });
export type ReviewCreate = z.infer<typeof ReviewCreate>;

/** Each field given replaces the saved one; a new source or draft is aligned again and the corrections replayed. */
export const ReviewPatch = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    source: PairSide.optional(),
    draft: PairSide.optional(),
    glossary: Glossary.optional(),
    corrections: Corrections.optional(),
    dismissed: Dismissed.optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { error: 'Send at least one of title, source, draft, glossary, corrections, dismissed.' });
export type ReviewPatch = z.infer<typeof ReviewPatch>;

export interface ReviewSummary {
  id: number;
  title: string;
  createdAt: string;
  updatedAt: string;
  sourceChars: number;
  draftChars: number;
}

/** A saved review: its texts (the offsets index into them), what the translator did, and the QA now. */
export interface SavedReview extends ReviewSummary, ReviewResponse {
  source: string;
  draft: string;
  /** The review's own terms; the saved glossary is used as well (these win on the same source). */
  glossary: GlossaryTerm[];
  corrections: Correction[];
  dismissed: string[];
}

export interface ReviewList {
  reviews: ReviewSummary[];
}

export const GLOSSARY_FORMATS = ['tsv', 'csv'] as const;
export const GlossaryPut = z.object({ terms: Glossary });
export type GlossaryPut = z.infer<typeof GlossaryPut>;
export const GlossaryExportQuery = z.object({ format: z.enum(GLOSSARY_FORMATS, { error: 'format is tsv or csv.' }) });
/** `format` absent: guessed from the text (a tab on the first line: TSV). `replace`: drop the terms not in the file. */
export const GlossaryImport = z.object({
  text: z.string({ error: 'Send JSON like {"text": "…"} with the TSV or CSV file as a string.' }).max(2_000_000),
  format: z.enum(GLOSSARY_FORMATS).optional(),
  mode: z.enum(['merge', 'replace']).default('merge'),
});
export type GlossaryImport = z.infer<typeof GlossaryImport>;

export interface GlossaryResponse {
  terms: GlossaryTerm[];
}

export interface GlossaryImportResponse extends GlossaryResponse {
  /** Terms read from the file. */
  imported: number;
}

// ---- Learners: the saved vocabulary, word statuses keyed on the lemma, reveals and lookups, exports ----

/** How well the learner knows a lemma, as Lute counts it: saved (`new`), four learning levels, known, ignored. */
export const WORD_STATUSES = ['new', 'learning-1', 'learning-2', 'learning-3', 'learning-4', 'known', 'ignored'] as const;
export type WordStatus = (typeof WORD_STATUSES)[number];
const Status = z.enum(WORD_STATUSES, { error: `status is one of ${WORD_STATUSES.join(', ')}.` });

const WordAt = {
  text: z.string({ error: 'Send JSON like {"text": "…", "offset": n}: the French text and the index of the word in it.' }).min(1).max(200_000),
  /** Any whole number: one outside the text is answered NOT_A_WORD. */
  offset: z.number({ error: 'offset is the index (a whole number) of the word in text.' }).int(),
};

export const VocabularyCreate = z.object({
  ...WordAt,
  /** The English of the sentence the word is in. */
  translation: z.string().max(20_000).optional(),
  documentId: z.number().int().min(1).optional(),
  status: Status.optional(),
});
export type VocabularyCreate = z.infer<typeof VocabularyCreate>;

export const VocabularyPatch = z
  .object({ status: Status.optional(), gloss: z.string().trim().max(500).optional(), note: z.string().trim().max(5000).optional() })
  .refine((p) => p.status !== undefined || p.gloss !== undefined || p.note !== undefined, { error: 'Send {"status"}, {"gloss"} or {"note"} (any of them).' });
export type VocabularyPatch = z.infer<typeof VocabularyPatch>;

export const VocabularyListQuery = z.object({
  /** A status, or `learning` for any of the four levels. */
  status: z.enum([...WORD_STATUSES, 'learning'], { error: `status is learning or one of ${WORD_STATUSES.join(', ')}.` }).optional(),
  documentId: z.coerce.number().int().min(1).optional(),
  /** Words of the word, lemma, gloss, note or sentence (case and accents ignored). */
  q: z.string().max(500).optional(),
});
export type VocabularyListQuery = z.infer<typeof VocabularyListQuery>;

export const VocabularyIdParam = z.object({ id: z.coerce.number({ error: 'A vocabulary id is a whole number.' }).int().min(1) });

export const VOCABULARY_FORMATS = ['apkg', 'anki-text', 'csv'] as const;
export type VocabularyFormat = (typeof VOCABULARY_FORMATS)[number];
export const VocabularyExportQuery = VocabularyListQuery.extend({
  format: z.enum(VOCABULARY_FORMATS, { error: `format is one of ${VOCABULARY_FORMATS.join(', ')}.` }),
});

/** Sets the status of many lemmas at once; `overwrite: false` ("mark the rest as known") leaves lemmas that have one. */
export const StatusesUpdate = z.object({
  lemmas: z.array(z.string().trim().min(1).max(200)).min(1).max(50_000),
  status: Status.default('known'),
  overwrite: z.boolean().default(false),
});
export type StatusesUpdate = z.infer<typeof StatusesUpdate>;

/** A word looked up (its lemma and sentence), or a hidden sentence revealed (`offset`: anywhere in it). */
export const WordEventCreate = z.object({
  ...WordAt,
  kind: z.enum(['lookup', 'reveal'], { error: 'kind is "lookup" or "reveal".' }),
  documentId: z.number().int().min(1).optional(),
});
export type WordEventCreate = z.infer<typeof WordEventCreate>;

export interface VocabularyEntry {
  id: number;
  /** The form as the text has it. */
  word: string;
  lemma: string;
  /** Universal Dependencies part of speech. */
  upos: string;
  features: Record<string, string>;
  gloss: string;
  note: string;
  /** The lemma's status, shared by every entry of the lemma. */
  status: WordStatus;
  /** The French sentence, and the word's offsets in it. */
  sentence: string;
  wordStart: number;
  wordEnd: number;
  /** The English sentence ('' when none was given), and what the word became in it. */
  translation: string;
  inTranslation: SentenceSpan[];
  documentId: number | null;
  /** The title of the article it came from ('' when none). */
  source: string;
  createdAt: string;
  updatedAt: string;
  /** Times the lemma was looked up, and its sentence revealed. */
  lookups: number;
  reveals: number;
}

export interface VocabularyList {
  entries: VocabularyEntry[];
}

export interface StatusesResponse {
  /** lemma → status, for every lemma that has one (unknown lemmas are absent). */
  statuses: Record<string, WordStatus>;
}

export interface StatusesUpdateResponse {
  /** Lemmas whose status changed. */
  changed: number;
}

export interface WordEventResponse {
  id: number;
  kind: 'lookup' | 'reveal';
  lemma: string | null;
  sentence: string;
}

/** Distinct lemmas known at the end of each day a status changed. */
export interface KnownHistory {
  days: { day: string; known: number }[];
}

/** Distinct words of a text by status (`unknown`: no status yet). */
export interface WordCounts {
  unknown: number;
  new: number;
  learning: number;
  known: number;
  ignored: number;
}

// ---- Learners: looking a word up, and the word alignment behind "what the word became" ----

export const LookupRequest = z.object({
  ...WordAt,
  /** Any whole number: one outside the text is answered NOT_A_WORD, as the contract says. */
  offset: z.number({ error: 'offset is the index (a whole number) of the word in text.' }).int(),
  /** The English translation of the sentence the word is in: glosses are ranked by it and the word found in it. */
  translation: z.string().max(20_000).optional(),
});
export type LookupRequest = z.infer<typeof LookupRequest>;

export interface Gloss {
  text: string;
  /** The dictionary sense's part of speech (UD tag), `X` when it gives none. */
  pos: string;
}

export interface LookupResponse {
  /** The word, or the whole multiword expression it belongs to, as offsets into `text`. */
  token: SentenceSpan;
  /** The lemma; for an expression, the dictionary's headword. */
  lemma: string;
  /** Universal Dependencies part of speech. */
  upos: string;
  features: Record<string, string>;
  /** Best first for this context; none for a proper name. */
  glosses: Gloss[];
  /** What the word became: English words of `translation` (offsets into it); empty when none was sent or none matched. */
  inTranslation: SentenceSpan[];
  /** The word is a proper name. */
  name?: true;
  /** The token spans a multiword expression the dictionary knows (`de plus en plus`). */
  expression?: true;
  /** The lemma is a guess from the word's ending (the word is in no lexicon). */
  guess?: true;
  /** Why there are no glosses: the dictionary is not installed yet (or not readable). */
  glossesUnavailable?: string;
}

const AlignSide = (side: string) =>
  z.string({ error: `Send JSON like {"source": "…", "target": "…"}: ${side} as a string of whitespace-separated tokens.` }).max(20_000);

export const WordAlignRequest = z.object({ source: AlignSide('the French source'), target: AlignSide('the English target') });
export type WordAlignRequest = z.infer<typeof WordAlignRequest>;

export interface WordAlignResponse {
  /** [source token index, target token index] pairs, 0-based on whitespace-separated tokens. */
  links: [number, number][];
}

/** Universal Dependencies part-of-speech tags. */
export type UposTag = 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X';

/** One word or punctuation mark of POST /api/analyze's text. */
export interface AnalyzedWord {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  lemma: string;
  upos: UposTag;
  /** UD features a learner needs: Gender and Number of nouns and adjectives; VerbForm, Mood, Tense, Person, Number of verbs. */
  features?: Record<string, string>;
  /** The word is in no lexicon: its lemma is a guess from its ending. */
  guess?: true;
}

export interface AnalyzeResponse {
  tokens: AnalyzedWord[];
}

/**
 * The vocabulary service: saves the word at an offset with its sentence (found by the project's
 * segmenter) and what the lookup knows of it, lists and edits the saved words, keeps statuses on
 * the lemma, records lookups and reveals, and exports to Anki and CSV. A write the disk refuses is
 * a typed STORAGE_FULL, never a silent loss.
 *
 * @example createVocabularyService({ vocabulary: new VocabularyStore(db), wordEvents: new WordEvents(db), wordAt })
 */
import { NotAWordError, NotFoundError, StorageFullError, StorageUnavailableError } from '../errors.ts';
import type {
  KnownHistory, WordCounts, StatusesResponse, StatusesUpdate, VocabularyCreate, VocabularyEntry, VocabularyFormat, VocabularyList, VocabularyListQuery,
  VocabularyPatch, WordEventCreate, WordEventResponse, WordStatus,
} from '../schemas.ts';
import type { NewEntry, EntryFilter } from '../store/vocabulary.ts';
import type { NewWordEvent } from '../store/word-events.ts';
import { ankiPackage } from './anki-package.ts';
import { ankiText } from './anki-text.ts';
import { vocabularyCsv } from './vocabulary-csv.ts';
import { sentenceAt, type WordAt, type WordFound } from './word-at.ts';

/** What the service needs of a store (server/store/vocabulary.ts). */
export interface VocabularyRepository {
  save(entry: NewEntry, status: WordStatus | undefined): { entry: VocabularyEntry; created: boolean };
  get(id: number): VocabularyEntry | undefined;
  list(filter?: EntryFilter): VocabularyEntry[];
  update(id: number, change: { status?: WordStatus; gloss?: string; note?: string }): VocabularyEntry | undefined;
  remove(id: number): boolean;
  setStatuses(lemmas: readonly string[], status: WordStatus, overwrite: boolean): number;
  statuses(): Map<string, WordStatus>;
  knownHistory(): KnownHistory['days'];
}

/** What the service needs of the event log (server/store/word-events.ts). */
export interface WordEventRepository {
  record(event: NewWordEvent): WordEventResponse;
}

export interface VocabularyDeps {
  /** None when the database could not be opened: every call is 503 STORAGE_UNAVAILABLE. */
  vocabulary?: VocabularyRepository;
  wordEvents?: WordEventRepository;
  wordAt: WordAt;
  /** The title of a library document; undefined when there is none (404). Absent: documents are not checked. */
  documentTitle?: (id: number) => string | undefined;
  /** Lemma and part of speech of every token of a text (the analyze service), for word counts. */
  analyze: (text: string) => Promise<readonly { lemma: string; upos: string }[]>;
}

export interface ExportFile {
  body: Uint8Array | string;
  contentType: string;
  filename: string;
}

/** SQLite's codes for a disk that refuses writes: full, read-only, or failing. */
const REFUSED = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN)/;

function written<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (REFUSED.test((error as { code?: string }).code ?? '')) throw new StorageFullError(error);
    throw error;
  }
}

const noEntry = (id: number) => new NotFoundError(`There is no word ${id} in the vocabulary (it may have been deleted).`);

/** Tokens that are not vocabulary: punctuation, numbers, symbols, names. */
const NOT_VOCABULARY = new Set(['PUNCT', 'NUM', 'SYM', 'PROPN', 'X']);

/** Case, accents and apostrophe kind ignored. */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();

function matches(entry: VocabularyEntry, words: string[]): boolean {
  const haystack = fold([entry.word, entry.lemma, entry.gloss, entry.note, entry.sentence, entry.translation].join('\n'));
  return words.every((w) => haystack.includes(w));
}

export function createVocabularyService({ vocabulary, wordEvents, wordAt, documentTitle, analyze }: VocabularyDeps) {
  const store = (): VocabularyRepository => {
    if (!vocabulary) throw new StorageUnavailableError();
    return vocabulary;
  };
  const sourceOf = (documentId: number | undefined): string => {
    if (documentId === undefined || !documentTitle) return '';
    const title = documentTitle(documentId);
    if (title === undefined) throw new NotFoundError(`There is no document ${documentId} in the library (it may have been deleted).`);
    return title;
  };
  /** The sentence around `offset` and the word there, with offsets into the sentence. */
  const locate = async (text: string, offset: number, translation?: string): Promise<{ sentence: string; word: WordFound }> => {
    const span = sentenceAt(text, offset);
    if (!span) throw new NotAWordError(offset, text.length);
    const sentence = text.slice(span.start, span.end);
    try {
      return { sentence, word: await wordAt(sentence, offset - span.start, translation) };
    } catch (error) {
      // The lookup saw only the sentence: say the offset the client sent.
      if (error instanceof NotAWordError) throw new NotAWordError(offset, text.length);
      throw error;
    }
  };
  const list = (query: VocabularyListQuery = {}): VocabularyEntry[] => {
    const entries = store().list({ status: query.status, documentId: query.documentId });
    const words = fold(query.q ?? '').split(/[^\p{L}\p{N}']+/u).filter(Boolean);
    return words.length ? entries.filter((e) => matches(e, words)) : entries;
  };

  return {
    /** `created` false: the same lemma in the same sentence was saved already. */
    async save({ text, offset, translation, documentId, status }: VocabularyCreate): Promise<{ entry: VocabularyEntry; created: boolean }> {
      const db = store();
      const { sentence, word } = await locate(text, offset, translation);
      const entry: NewEntry = {
        word: sentence.slice(word.start, word.end),
        lemma: word.lemma,
        upos: word.upos,
        features: word.features ?? {},
        gloss: word.gloss ?? '',
        sentence,
        wordStart: word.start,
        wordEnd: word.end,
        translation: translation ?? '',
        inTranslation: word.inTranslation ?? [],
        documentId: documentId ?? null,
        source: sourceOf(documentId),
      };
      return written(() => db.save(entry, status));
    },
    list(query?: VocabularyListQuery): VocabularyList {
      return { entries: list(query) };
    },
    get(id: number): VocabularyEntry {
      const entry = store().get(id);
      if (!entry) throw noEntry(id);
      return entry;
    },
    update(id: number, patch: VocabularyPatch): VocabularyEntry {
      const entry = written(() => store().update(id, patch));
      if (!entry) throw noEntry(id);
      return entry;
    },
    remove(id: number): void {
      if (!written(() => store().remove(id))) throw noEntry(id);
    },
    statuses(): StatusesResponse {
      return { statuses: Object.fromEntries(store().statuses()) };
    },
    setStatuses({ lemmas, status, overwrite }: StatusesUpdate): { changed: number } {
      return { changed: written(() => store().setStatuses(lemmas, status, overwrite)) };
    },
    /** Distinct lemmas of `text` by their status (names, numbers and punctuation left out). */
    async counts(text: string): Promise<WordCounts> {
      const statuses = store().statuses();
      const lemmas = new Set((await analyze(text)).filter((t) => !NOT_VOCABULARY.has(t.upos)).map((t) => t.lemma));
      const counts: WordCounts = { unknown: 0, new: 0, learning: 0, known: 0, ignored: 0 };
      for (const lemma of lemmas) {
        const status = statuses.get(lemma);
        counts[status === undefined ? 'unknown' : status.startsWith('learning') ? 'learning' : (status as 'new' | 'known' | 'ignored')]++;
      }
      return counts;
    },
    knownHistory(): KnownHistory {
      return { days: store().knownHistory() };
    },
    async record({ kind, text, offset, documentId }: WordEventCreate): Promise<WordEventResponse> {
      const log = wordEvents;
      if (!log) throw new StorageUnavailableError();
      if (kind === 'lookup') {
        const { sentence, word } = await locate(text, offset);
        return written(() => log.record({ kind, lemma: word.lemma, sentence, documentId: documentId ?? null }));
      }
      const span = sentenceAt(text, offset);
      if (!span) throw new NotAWordError(offset, text.length);
      return written(() => log.record({ kind, lemma: null, sentence: text.slice(span.start, span.end), documentId: documentId ?? null }));
    },
    /** The entries `query` keeps, oldest first, as a file to download. */
    export(format: VocabularyFormat, query: VocabularyListQuery = {}, now = new Date()): ExportFile {
      const entries = list(query).reverse();
      if (format === 'apkg') return { body: ankiPackage(entries, now), contentType: 'application/apkg', filename: 'vis-a-vis.apkg' };
      if (format === 'anki-text') return { body: ankiText(entries), contentType: 'text/plain; charset=utf-8', filename: 'vis-a-vis.txt' };
      return { body: vocabularyCsv(entries), contentType: 'text/csv; charset=utf-8; header=present', filename: 'vis-a-vis.csv' };
    },
  };
}

export type VocabularyService = ReturnType<typeof createVocabularyService>;

/**
 * The library service: saves every article opened (extracted and checked like any text to read),
 * lists and searches them, and remembers where the reader was. A write the disk refuses is a
 * typed STORAGE_FULL, never a silent loss.
 */
import type { ParagraphKind } from '../schemas.ts';
import type { DocumentCreate, DocumentList, DocumentPatch, DocumentResponse } from '../schemas.ts';
import { NotFoundError, StorageFullError, StorageUnavailableError } from '../errors.ts';
import type { PreparedArticle } from '../reading/prepare.ts';

/** What the library needs of a store (server/store/documents.ts). */
export interface DocumentsStore {
  insert(doc: { title: string; text: string; source: string }): DocumentResponse;
  get(id: number): DocumentResponse | undefined;
  list(q?: string): DocumentList['documents'];
  update(id: number, change: { position?: number; title?: string }): boolean;
  remove(id: number): boolean;
  restore(id: number): boolean;
}

export interface LibraryDeps {
  /** None when the database could not be opened: every call is 503 STORAGE_UNAVAILABLE. */
  documents?: DocumentsStore;
  prepare: (text: string) => Promise<PreparedArticle>;
}

const TITLE_CHARS = 120;

/** The headline if the article has one, else its first sentence, cut at a word. */
export function titleOf(article: PreparedArticle): string {
  const byKind = (kind: ParagraphKind) => article.paragraphs.find((p) => p.kind === kind);
  const paragraph = byKind('title') ?? byKind('heading');
  const text = (paragraph ? article.source.slice(paragraph.start, paragraph.end) : article.sentences[0]?.text ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= TITLE_CHARS) return text;
  const cut = text.lastIndexOf(' ', TITLE_CHARS - 1);
  return `${text.slice(0, cut > TITLE_CHARS / 2 ? cut : TITLE_CHARS - 1)}…`;
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

export function createLibraryService({ documents, prepare }: LibraryDeps) {
  const store = (): DocumentsStore => {
    if (!documents) throw new StorageUnavailableError();
    return documents;
  };
  const found = (id: number): DocumentResponse => {
    const doc = store().get(id);
    if (!doc) throw new NotFoundError(`There is no document ${id} in the library (it may have been deleted).`);
    return doc;
  };

  return {
    async create({ text, title, source }: DocumentCreate): Promise<DocumentResponse> {
      const db = store();
      const article = await prepare(text);
      return written(() => db.insert({ title: title ?? titleOf(article), text: article.source, source: source ?? 'pasted' }));
    },
    list(q?: string): DocumentList {
      return { documents: store().list(q) };
    },
    get: found,
    update(id: number, patch: DocumentPatch): DocumentResponse {
      if (!written(() => store().update(id, patch))) return found(id);
      return found(id);
    },
    remove(id: number): void {
      if (!written(() => store().remove(id))) found(id);
    },
    restore(id: number): DocumentResponse {
      if (!written(() => store().restore(id))) throw new NotFoundError(`There is no deleted document ${id} to restore.`);
      return found(id);
    },
  };
}

export type LibraryService = ReturnType<typeof createLibraryService>;

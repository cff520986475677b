/**
 * The library screen's state as a Lit reactive controller: the documents (most recently read
 * first), the search (debounced, the older request cancelled), and deleting with an undo.
 *
 * @example
 * const library = new Library(this);
 * library.load(); library.search('espions'); await library.remove(doc); await library.undo();
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DocumentSummary } from '../../server/schemas.ts';
import { ApiError, deleteDocument, listDocuments, restoreDocument } from '../api.ts';

/** Long enough for a word typed at an easy pace to ask once, short enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 250;

export interface LibraryApi {
  list(q: string, signal: AbortSignal): Promise<DocumentSummary[]>;
  remove(id: number): Promise<void>;
  restore(id: number): Promise<unknown>;
}

export type LibraryStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface LibraryError {
  code: string;
  message: string;
}

const serverApi: LibraryApi = { list: listDocuments, remove: deleteDocument, restore: restoreDocument };

/** The list with `doc` back in its place: most recently read first, the newer id first on a tie. */
export function insertByReadAt(documents: readonly DocumentSummary[], doc: DocumentSummary): DocumentSummary[] {
  const rest = documents.filter((d) => d.id !== doc.id);
  const at = rest.findIndex((d) => d.readAt < doc.readAt || (d.readAt === doc.readAt && d.id < doc.id));
  return at === -1 ? [...rest, doc] : [...rest.slice(0, at), doc, ...rest.slice(at)];
}

function asError(error: unknown): LibraryError {
  return error instanceof ApiError ? { code: error.code, message: error.message } : { code: 'NETWORK', message: String(error) };
}

export class Library implements ReactiveController {
  status: LibraryStatus = 'idle';
  documents: DocumentSummary[] = [];
  /** The search as typed; the list shows its results once the debounce has run. */
  query = '';
  error: LibraryError | undefined;
  /** The document last deleted, while its undo is offered. */
  deleted: DocumentSummary | undefined;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private listing: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly calls: LibraryApi = serverApi,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.listing?.abort();
  }

  /** Asks for the list now, for the current query; resolves once it is shown (or replaced). */
  async load(): Promise<void> {
    clearTimeout(this.timer);
    this.listing?.abort();
    const listing = new AbortController();
    this.listing = listing;
    this.set({ status: this.status === 'ready' ? 'ready' : 'loading', error: undefined });
    try {
      const documents = await this.calls.list(this.query.trim(), listing.signal);
      if (listing.signal.aborted) return;
      this.set({ status: 'ready', documents });
    } catch (error) {
      if (listing.signal.aborted) return;
      this.set({ status: 'error', error: asError(error) });
    }
  }

  /** Searches `query` once typing pauses for SEARCH_DEBOUNCE_MS. */
  search(query: string): void {
    this.query = query;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), SEARCH_DEBOUNCE_MS);
  }

  /** Takes the document out of the list at once and offers its undo; puts it back if the server refuses. */
  async remove(doc: DocumentSummary): Promise<void> {
    this.set({ documents: this.documents.filter((d) => d.id !== doc.id), deleted: doc, error: undefined });
    try {
      await this.calls.remove(doc.id);
    } catch (error) {
      this.set({ documents: insertByReadAt(this.documents, doc), deleted: undefined, error: asError(error) });
    }
  }

  /** Restores the document last deleted, in its place in the list. */
  async undo(): Promise<void> {
    const doc = this.deleted;
    if (!doc) return;
    this.set({ deleted: undefined });
    try {
      await this.calls.restore(doc.id);
      this.set({ documents: insertByReadAt(this.documents, doc) });
    } catch (error) {
      this.set({ error: asError(error) });
    }
  }

  /** Stops offering the undo (the toast was closed or timed out). */
  dismiss(): void {
    this.set({ deleted: undefined });
  }

  private set(patch: Partial<Pick<Library, 'status' | 'documents' | 'error' | 'deleted'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }
}

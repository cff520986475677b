/**
 * The document being read, as a Lit reactive controller: saves every new article in the library
 * (importing a web address first), opens a saved one where the reader left it, and hands its
 * text to the reading session. When the library cannot store it, the article is still read.
 *
 *   idle → importing → saving → (the shell routes to #/doc/<id>) → loading → open
 *   any step → error
 *
 * @example
 * const id = await documents.add({ text, source: 'pasted' }); if (id) router.go({ name: 'doc', id });
 * await documents.open(id); // documents.doc, documents.start …
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DocumentCreate, DocumentResponse } from '../../server/schemas.ts';
import { ApiError, createDocument, getDocument, importUrl, savePosition, type ImportedArticle } from '../api.ts';
import type { ReaderStart } from '../components/aligned-reader.ts';
import { singleUrl } from '../input-text.ts';
import { PositionSaver } from './position-saver.ts';

export type DocumentStatus = 'idle' | 'importing' | 'saving' | 'loading' | 'open' | 'error';

export interface DocumentError {
  code: string;
  message: string;
}

export interface DocumentApi {
  importUrl(url: string, signal: AbortSignal): Promise<ImportedArticle>;
  create(doc: DocumentCreate, signal: AbortSignal): Promise<DocumentResponse>;
  get(id: number, signal: AbortSignal): Promise<DocumentResponse>;
  savePosition(id: number, position: number, options: { keepalive: boolean }): Promise<void>;
}

/** What the reading session is asked to do with a document's text. */
export interface Reading {
  submit(text: string, options?: { from?: number }): Promise<void>;
  /** The reader is at sentence `index`: the translation may move there. */
  lookAt(index: number): void;
  close(): void;
}

const serverApi: DocumentApi = { importUrl, create: createDocument, get: getDocument, savePosition };

/** The library cannot store it, but the article can still be read. */
const STORAGE_CODES = new Set(['STORAGE_FULL', 'STORAGE_UNAVAILABLE']);

function asError(error: unknown): DocumentError {
  return error instanceof ApiError ? { code: error.code, message: error.message } : { code: 'NETWORK', message: String(error) };
}

export class OpenDocument implements ReactiveController {
  status: DocumentStatus = 'idle';
  /** The open document, its `position` kept up to date as the reader moves. */
  doc: DocumentResponse | undefined;
  error: DocumentError | undefined;
  /** Why the article being read is not in the library (it is read all the same). */
  unsaved: DocumentError | undefined;
  /** Where the reader's keyboard goes once the article is on the page. */
  start: ReaderStart | undefined;

  readonly saver: PositionSaver;
  /** The document just saved, so opening it right after needs no request. */
  private created: DocumentResponse | undefined;
  private working: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly reading: Reading,
    private readonly api: DocumentApi = serverApi,
  ) {
    this.saver = new PositionSaver(api.savePosition);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.working?.abort();
    this.saver.flush({ keepalive: true });
  }

  /**
   * Saves a new article and resolves to its id, for the shell to route to. Undefined when it
   * failed (`error`) or is read without being saved (`unsaved`).
   */
  async add({ text, source, title }: DocumentCreate): Promise<number | undefined> {
    const working = this.begin();
    const url = singleUrl(text);
    let article: DocumentCreate = { text, source, ...(title ? { title } : {}) };
    try {
      if (url) {
        this.set({ status: 'importing' });
        const imported = await this.api.importUrl(url, working.signal);
        // The address after redirects names the page that was read.
        article = { text: imported.text, source: imported.url || url, ...(imported.title ? { title: imported.title } : {}) };
      }
      this.set({ status: 'saving' });
      const doc = await this.api.create(article, working.signal);
      this.created = doc;
      return doc.id;
    } catch (error) {
      if (working.signal.aborted) return undefined;
      const problem = asError(error);
      if (STORAGE_CODES.has(problem.code)) {
        this.set({ status: 'open', doc: undefined, unsaved: problem, start: undefined });
        void this.reading.submit(article.text);
      } else {
        this.set({ status: 'error', error: problem });
      }
      return undefined;
    }
  }

  /** Opens a saved document at its position: the one just saved at once, any other from the server. */
  async open(id: number): Promise<void> {
    if (this.doc?.id === id && this.status === 'open') return;
    const working = this.begin();
    const fresh = this.created?.id === id ? this.created : undefined;
    this.created = undefined;
    this.set({ status: 'loading', doc: undefined });
    try {
      const loaded = fresh ?? (await this.api.get(id, working.signal));
      if (working.signal.aborted) return;
      // A position this page sent a moment ago may not have reached the server before this read.
      const doc = { ...loaded, position: this.saver.last(loaded.id) ?? loaded.position };
      this.saver.known(doc.id, doc.position);
      // Opening counts as reading: the library lists it first from now on.
      if (!fresh) this.api.savePosition(doc.id, doc.position, { keepalive: false }).catch(() => undefined);
      this.set({ status: 'open', doc, start: { position: doc.position } });
      void this.reading.submit(doc.text, doc.position > 0 ? { from: doc.position } : {});
    } catch (error) {
      if (working.signal.aborted) return;
      this.set({ status: 'error', error: asError(error) });
    }
  }

  /** The reader moved: remembered in the library once it settles. */
  moved(position: number): void {
    if (position < 0) return;
    this.reading.lookAt(position);
    const doc = this.doc;
    if (!doc) return;
    doc.position = position;
    this.saver.move(doc.id, position);
  }

  /** Leaves the document (another screen): sends its last position and stops its reading. */
  close(): void {
    this.working?.abort();
    this.saver.flush();
    this.reading.close();
    this.set({ status: 'idle', doc: undefined, error: undefined, unsaved: undefined, start: undefined });
  }

  /** Cancels whatever was under way, and forgets the last outcome. */
  private begin(): AbortController {
    this.working?.abort();
    this.working = new AbortController();
    this.set({ error: undefined, unsaved: undefined });
    return this.working;
  }

  private set(patch: Partial<Pick<OpenDocument, 'status' | 'doc' | 'error' | 'unsaved' | 'start'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }
}

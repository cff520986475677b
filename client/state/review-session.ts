/**
 * One review as a Lit reactive controller: the source and the draft, their alignment and QA flags
 * from the server, the hand corrections (each shown at once, saved, and followed by a new QA run),
 * the flags dismissed, the glossary, and the machine's English of every source sentence, streamed.
 *
 *   idle → running → ready ⇄ checking (a correction, a new glossary) ; running, checking → error
 *
 * @example
 * const review = new ReviewSession(this, { onSaved: (id) => (location.hash = `#/review/${id}`) });
 * await review.run(french, english); // render review.alignment, review.visibleFlags …
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TranslateEvent } from '../../server/schemas.ts';
import { ApiError, translateStream } from '../api.ts';
import { reviewApi, type Alignment, type Correction, type ExportFormat, type ExportedFile, type Flag, type GlossaryTerm, type ReviewApi, type ReviewResponse } from './review-api.ts';
import { correct, correctionOf, type Action } from './review-links.ts';
import { MachineColumn } from './review-machine.ts';

export type ReviewStatus = 'idle' | 'running' | 'ready' | 'checking' | 'error';

/** `code` is the server's error code, or `NETWORK` when it did not answer. */
export interface ReviewError {
  code: string;
  message: string;
}

export interface ReviewSessionOptions {
  api?: ReviewApi;
  translate?: (text: string, signal: AbortSignal) => AsyncIterable<TranslateEvent>;
  /** Told the id a new review was saved under, so the address can name it. */
  onSaved?: (id: number) => void;
}

function describe(error: unknown): ReviewError {
  return error instanceof ApiError ? { code: error.code, message: error.message } : { code: 'NETWORK', message: String(error) };
}

export class ReviewSession implements ReactiveController {
  status: ReviewStatus = 'idle';
  source = '';
  draft = '';
  id: number | undefined;
  alignment: Alignment | undefined;
  flags: Flag[] = [];
  corrections: Correction[] = [];
  /** Keys of the dismissed flags. */
  dismissed = new Set<string>();
  glossary: GlossaryTerm[] = [];
  error: ReviewError | undefined;
  /** Why the review (or its last change) could not be saved; the review itself goes on. */
  unsaved: ReviewError | undefined;
  readonly machine: MachineColumn;

  private readonly api: ReviewApi;
  private running: AbortController | undefined;
  /** The last save: an export waits for it, so the file has every correction. */
  private saving: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReviewSessionOptions = {},
  ) {
    this.api = options.api ?? reviewApi;
    this.machine = new MachineColumn(options.translate ?? translateStream, () => host.requestUpdate());
    host.addController(this);
  }

  hostDisconnected(): void {
    this.running?.abort();
    this.machine.stop();
  }

  /** The flags not dismissed, in link order. */
  get visibleFlags(): Flag[] {
    return this.flags.filter((f) => !this.dismissed.has(f.key));
  }

  get busy(): boolean {
    return this.status === 'running' || this.status === 'checking';
  }

  /** The saved glossary (the QA uses it too). */
  async loadGlossary(): Promise<void> {
    this.glossary = await this.api.glossary().catch(() => this.glossary);
    this.host.requestUpdate();
  }

  /** Aligns and checks a new pair and saves it as a review; the machine's English streams in. */
  async run(source: string, draft: string): Promise<void> {
    Object.assign(this, { source, draft, id: undefined, corrections: [], dismissed: new Set<string>(), unsaved: undefined });
    const running = this.start('running');
    try {
      const saved = await this.api.save({ source, draft, corrections: [], dismissed: [] });
      if (running.signal.aborted) return;
      this.show(saved);
      this.id = saved.id;
      this.options.onSaved?.(saved.id);
    } catch (error) {
      if (running.signal.aborted) return;
      // Not saved (no database, a full disk): the review still runs, and says so.
      this.unsaved = describe(error);
      if (!(await this.check('running'))) return;
    }
    this.machine.translate(this.source, this.alignment!.source);
  }

  /** Opens a saved review: its texts, corrections, dismissed flags, and the QA as it is now. */
  async open(id: number): Promise<void> {
    if (this.id === id && this.alignment) return;
    const running = this.start('running');
    Object.assign(this, { id, alignment: undefined, flags: [], unsaved: undefined });
    try {
      const saved = await this.api.load(id, running.signal);
      if (running.signal.aborted) return;
      Object.assign(this, { source: saved.source, draft: saved.draft, corrections: saved.corrections, dismissed: new Set(saved.dismissed) });
      this.show(saved);
      this.machine.translate(this.source, saved.alignment.source);
    } catch (error) {
      if (!running.signal.aborted) this.fail(error);
    }
  }

  /** One hand correction of the link at `index`: shown at once, saved, then the QA runs again. */
  async correct(action: Action, index: number): Promise<void> {
    if (!this.alignment || this.busy || !this.alignment.links[index]) return;
    const correction = correctionOf(this.alignment.links, action, index);
    this.corrections = [...this.corrections, correction];
    this.alignment = { ...this.alignment, links: correct(this.alignment.links, correction) };
    // The flags named the old links: the new run brings them back.
    this.flags = [];
    this.persist({ corrections: this.corrections });
    await this.check('checking');
  }

  /** Hides a flag in this review for good: it stays hidden when the QA runs again. */
  dismiss(flag: Flag): void {
    this.dismissed = new Set(this.dismissed).add(flag.key);
    this.persist({ dismissed: [...this.dismissed] });
    this.host.requestUpdate();
  }

  /** Brings back every dismissed flag. */
  restoreFlags(): void {
    this.dismissed = new Set();
    this.persist({ dismissed: [] });
    this.host.requestUpdate();
  }

  /** A new glossary, saved; the QA runs again on it. */
  async setGlossary(terms: GlossaryTerm[]): Promise<void> {
    this.glossary = terms;
    this.host.requestUpdate();
    await this.api.saveGlossary(terms).catch((error: unknown) => (this.unsaved = describe(error)));
    if (this.alignment && !this.busy) await this.check('checking');
  }

  /** Terms of a TSV or CSV file join the saved glossary; answers how many the file held. */
  async importGlossary(text: string): Promise<number> {
    const { terms, imported } = await this.api.importGlossary(text);
    this.glossary = terms;
    this.host.requestUpdate();
    if (this.alignment && !this.busy) await this.check('checking');
    return imported;
  }

  exportGlossary(): Promise<ExportedFile> {
    return this.api.exportGlossary();
  }

  async exportFile(format: ExportFormat): Promise<ExportedFile> {
    await this.saving;
    return this.api.exportFile(format, this.request(), this.unsaved ? undefined : this.id);
  }

  /** Back to the empty screen; the texts stay for the input boxes. */
  close(): void {
    this.running?.abort();
    this.machine.stop();
    Object.assign(this, { status: 'idle', id: undefined, alignment: undefined, flags: [], corrections: [], error: undefined, unsaved: undefined });
    this.host.requestUpdate();
  }

  private request() {
    return { source: this.source, draft: this.draft, corrections: this.corrections, dismissed: [...this.dismissed] };
  }

  /** A new run of the server's work, which overtakes any before it. */
  private start(status: 'running' | 'checking'): AbortController {
    this.running?.abort();
    const running = new AbortController();
    this.running = running;
    Object.assign(this, { status, error: undefined });
    this.host.requestUpdate();
    return running;
  }

  private show(result: ReviewResponse): void {
    Object.assign(this, { status: 'ready', alignment: result.alignment, flags: result.flags });
    this.host.requestUpdate();
  }

  /** Aligns and checks again; true when the answer came (and was not overtaken). */
  private async check(status: 'running' | 'checking'): Promise<boolean> {
    const running = this.start(status);
    try {
      const result = await this.api.review(this.request(), running.signal);
      if (running.signal.aborted) return false;
      this.show(result);
      return true;
    } catch (error) {
      if (!running.signal.aborted) this.fail(error);
      return false;
    }
  }

  private persist(patch: { corrections?: Correction[]; dismissed?: string[] }): void {
    if (this.id === undefined || this.unsaved) return;
    this.saving = this.api.update(this.id, patch).catch((error: unknown) => {
      this.unsaved = describe(error);
      this.host.requestUpdate();
    });
  }

  private fail(error: unknown): void {
    Object.assign(this, { status: 'error', error: describe(error) });
    this.host.requestUpdate();
  }
}

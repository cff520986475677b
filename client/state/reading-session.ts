/**
 * The reading of one article as an explicit state machine, owned by the shell as a Lit reactive
 * controller. It owns the AbortController: a new submit, `close()` or the host leaving the page
 * cancels the stream, and so the server's work.
 *
 *   idle → pending → streaming → done
 *                  ↘ awaiting-model (French only) → pending (resume) → …
 *   any running state → error
 *
 * @example
 * const session = new ReadingSession(this);
 * void session.submit(text); // render session.status, session.paragraphs …
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SegmentResponse, TranslateEvent } from '../../server/schemas.ts';
import { ApiError, segment, translateStream } from '../api.ts';
import { fromSegmentation, withTranslation, withoutTranslations, type ReaderParagraph } from '../reader-model.ts';

export type SessionStatus = 'idle' | 'pending' | 'streaming' | 'done' | 'awaiting-model' | 'error';

/** `code` is the server's error code, or `NETWORK` when the server did not answer. */
export interface SessionError {
  code: string;
  message: string;
}

export interface ReadingApi {
  translateStream(text: string, signal: AbortSignal, from?: number): AsyncIterable<TranslateEvent>;
  segment(text: string, signal: AbortSignal): Promise<SegmentResponse>;
}

export interface ReadingSessionOptions {
  api?: ReadingApi;
  /** Most often the host renders while sentences stream in (they all may come in one burst). */
  renderEveryMs?: number;
  /** Told when the server says the model is not there, so the health poll can start again. */
  onModelUnavailable?: () => void;
}

const NETWORK = 'NETWORK';
/**
 * Longest run of stream events handled in one task. A cached article arrives in one chunk of
 * thousands of events; handing the browser back its turn this often keeps the page responsive.
 */
const SLICE_MS = 12;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Sentences either side of where the reader went: with none of them translated yet, the model is
 * far from there and starts again at the reader (the cache gives back what was done at once).
 */
const NEAR = 16;

/** About a frame: the page shows each translation as soon as it can paint it, and no sooner. */
const RENDER_EVERY_MS = 16;

export class ReadingSession implements ReactiveController {
  status: SessionStatus = 'idle';
  /** The text last submitted, kept after `close()` so the input shows it again. */
  text = '';
  paragraphs: ReaderParagraph[] = [];
  translated = 0;
  total = 0;
  /** How long the whole translation took, once done. */
  seconds: number | undefined;
  error: SessionError | undefined;

  private running: AbortController | undefined;
  /** Where the running stream asked the model to start. */
  private from = 0;
  private readonly api: ReadingApi;
  private renderTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReadingSessionOptions = {},
  ) {
    this.api = options.api ?? { translateStream, segment };
    host.addController(this);
  }

  get busy(): boolean {
    return this.status === 'pending' || this.status === 'streaming';
  }

  hostDisconnected(): void {
    this.running?.abort();
    clearTimeout(this.renderTimer);
    this.renderTimer = undefined;
  }

  /**
   * Reads a new text, cancelling the one before; the model starts at sentence `from` (a reopened
   * document's position). Resolves when this reading ends or is cancelled.
   */
  submit(text: string, { from }: { from?: number } = {}): Promise<void> {
    return this.run(text, [], from);
  }

  /** The reader went to sentence `index`: when the model is far from there, it moves there. */
  lookAt(index: number): void {
    if (this.status !== 'streaming') return;
    const sentences = this.paragraphs.flatMap((p) => p.sentences);
    if (index < 0 || index >= sentences.length) return;
    // Just where the model was sent: it is on its way.
    if (index >= this.from && index < this.from + NEAR) return;
    if (sentences.slice(Math.max(0, index - NEAR), index + NEAR).some((s) => s.en !== undefined)) return;
    void this.run(this.text, this.paragraphs, index);
  }

  /** Translates the article shown in French only, once the model has come; otherwise nothing. */
  resume(): Promise<void> {
    if (this.status !== 'awaiting-model') return Promise.resolve();
    return this.run(this.text, withoutTranslations(this.paragraphs, undefined));
  }

  /** Back to the input: cancels the reading and forgets the article, keeping its text. */
  close(): void {
    this.running?.abort();
    this.running = undefined;
    this.set({ status: 'idle', paragraphs: [], translated: 0, total: 0, seconds: undefined, error: undefined });
  }

  /** `paragraphs` shown meanwhile; translations in them are kept when the same text comes back. */
  private async run(text: string, paragraphs: ReaderParagraph[], from?: number): Promise<void> {
    this.running?.abort();
    const running = new AbortController();
    this.running = running;
    this.from = from ?? 0;
    this.set({ status: 'pending', text, paragraphs, translated: 0, total: 0, seconds: undefined, error: undefined });
    try {
      let slice = performance.now();
      for await (const event of this.api.translateStream(text, running.signal, from)) {
        if (running.signal.aborted) return;
        this.apply(event, text, paragraphs);
        // A new article's first rows render in a turn of their own, before its translations pour in.
        if (event.type === 'segmentation' || performance.now() - slice > SLICE_MS) {
          await nextTask();
          if (running.signal.aborted) return;
          slice = performance.now();
        }
      }
      if (this.busy) this.fail({ code: NETWORK, message: 'The translation stream ended before it was done.' });
    } catch (error) {
      if (running.signal.aborted) return;
      if (error instanceof ApiError && error.code === 'MODEL_UNAVAILABLE' && (await this.showFrench(text, running.signal))) return;
      if (running.signal.aborted) return;
      this.fail(error instanceof ApiError ? { code: error.code, message: error.message } : { code: NETWORK, message: String(error) });
    } finally {
      if (this.running === running) this.running = undefined;
    }
  }

  private apply(event: TranslateEvent, text: string, shown: ReaderParagraph[]): void {
    switch (event.type) {
      case 'segmentation': {
        const paragraphs = keepTranslations(fromSegmentation(event.text ?? text, event.paragraphs), shown);
        const translated = paragraphs.reduce((n, p) => n + p.sentences.filter((s) => s.en !== undefined).length, 0);
        this.set({ status: 'streaming', paragraphs, total: event.sentences, translated });
        break;
      }
      case 'sentence': {
        const known = this.paragraphs[event.paragraph]?.sentences[event.sentence]?.en !== undefined;
        this.set(
          {
            paragraphs: withTranslation(this.paragraphs, event.paragraph, event.sentence, event.translation, event.score, event.checks),
            translated: this.translated + (known ? 0 : 1),
          },
          { soon: true },
        );
        break;
      }
      case 'done':
        this.set({ status: 'done', seconds: event.ms.total / 1000 });
        break;
      case 'error':
        this.fail(event.error);
        break;
    }
  }

  /** Without the model, the French split into sentences is still worth reading. */
  private async showFrench(text: string, signal: AbortSignal): Promise<boolean> {
    this.options.onModelUnavailable?.();
    const segmented = await this.api.segment(text, signal).catch(() => undefined);
    if (!segmented || signal.aborted) return false;
    this.set({ status: 'awaiting-model', paragraphs: withoutTranslations(fromSegmentation(segmented.text ?? text, segmented.paragraphs), '') });
    return true;
  }

  private fail(error: SessionError): void {
    this.set({ status: 'error', error: { code: error.code, message: error.message } });
  }

  /**
   * The state changes at once; the host renders at once, or with `soon` once per
   * `renderEveryMs` (a cached article's thousands of sentences are one render a frame, not one each).
   */
  private set(
    patch: Partial<Pick<ReadingSession, 'status' | 'text' | 'paragraphs' | 'translated' | 'total' | 'seconds' | 'error'>>,
    { soon = false } = {},
  ): void {
    Object.assign(this, patch);
    if (soon) {
      this.renderTimer ??= setTimeout(() => {
        this.renderTimer = undefined;
        this.host.requestUpdate();
      }, this.options.renderEveryMs ?? RENDER_EVERY_MS);
      return;
    }
    clearTimeout(this.renderTimer);
    this.renderTimer = undefined;
    this.host.requestUpdate();
  }
}

/** The new segmentation with the English of `shown` where the same sentence stands at the same place. */
function keepTranslations(paragraphs: ReaderParagraph[], shown: ReaderParagraph[]): ReaderParagraph[] {
  if (shown.length === 0) return paragraphs;
  return paragraphs.map((p, pi) => ({
    ...p,
    sentences: p.sentences.map((s, si) => {
      const old = shown[pi]?.sentences[si];
      return old?.fr === s.fr && old.en !== undefined ? { ...old, key: s.key } : s;
    }),
  }));
}

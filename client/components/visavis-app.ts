import { LitElement, css, html } from 'lit';
import type { HealthResponse } from '../../server/schemas.ts';
import { ApiError, getHealth, segment, translateStream } from '../api.ts';
import type { SubmitTextEvent } from '../events.ts';
import { LANGUAGES, LocaleController, language, setLanguage, t, type Language } from '../i18n.ts';
import { fromSegmentation, withTranslation, type ReaderParagraph } from '../reader-model.ts';
import type { Layout } from './aligned-reader.ts';
import './aligned-reader.ts';
import './model-banner.ts';
import './source-input.ts';

const HEALTH_POLL_MS = 1500;

/**
 * The application shell: the input panel, then the aligned reader filling in as the translation
 * streams, with the model banner, the layout toggle and the language switch.
 */
export class VisavisApp extends LitElement {
  static override properties = {
    view: { state: true },
    text: { state: true },
    paragraphs: { state: true },
    health: { state: true },
    layout: { state: true },
    done: { state: true },
    total: { state: true },
    seconds: { state: true },
    error: { state: true },
  };

  declare view: 'input' | 'reader';
  declare text: string;
  declare paragraphs: ReaderParagraph[];
  declare health: HealthResponse | undefined;
  declare layout: Layout;
  declare done: number;
  declare total: number;
  /** Seconds the whole translation took, once finished. */
  declare seconds: number | undefined;
  declare error: string;

  private running?: AbortController;
  private pollTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    new LocaleController(this);
    this.view = 'input';
    this.text = '';
    this.paragraphs = [];
    this.layout = (localStorage.getItem('visavis.layout') as Layout | null) ?? 'side';
    this.done = 0;
    this.total = 0;
    this.error = '';
  }

  static override styles = css`
    :host {
      display: block;
      min-height: 100vh;
      background: #fbfaf7;
      color: #1d1b18;
      font-family: system-ui, sans-serif;
    }
    header {
      display: flex;
      align-items: center;
      gap: 1.2rem;
      padding: 0.9rem 2rem;
      border-bottom: 1px solid #e6e1d8;
      background: #fff;
    }
    .brand {
      font: 700 1.35rem/1 'Iowan Old Style', 'Charter', 'DejaVu Serif', Georgia, serif;
      letter-spacing: -0.01em;
    }
    .brand span {
      color: #2f5d8a;
    }
    .tagline {
      color: #8a8276;
      font-size: 0.88rem;
    }
    .spacer {
      flex: 1;
    }
    .segmented {
      display: inline-flex;
      border: 1px solid #cfc7b8;
      border-radius: 8px;
      overflow: hidden;
    }
    .segmented button {
      font: inherit;
      font-size: 0.85rem;
      border: 0;
      background: #fff;
      color: #3d382f;
      padding: 0.35rem 0.75rem;
      cursor: pointer;
    }
    .segmented button[aria-pressed='true'] {
      background: #2f5d8a;
      color: #fff;
    }
    .link {
      font: inherit;
      font-size: 0.9rem;
      background: none;
      border: 1px solid #cfc7b8;
      border-radius: 8px;
      padding: 0.35rem 0.8rem;
      cursor: pointer;
      color: #3d382f;
    }
    main {
      max-width: 76rem;
      margin: 0 auto;
      padding: 1.6rem 2rem 4rem;
    }
    .progress {
      display: flex;
      align-items: center;
      gap: 1rem;
      margin-bottom: 0.6rem;
      font-size: 0.85rem;
      color: #6d665c;
    }
    .track {
      flex: 1;
      height: 4px;
      border-radius: 2px;
      background: #ebe6dc;
      overflow: hidden;
    }
    .fill {
      height: 100%;
      background: #2f5d8a;
      transition: width 200ms ease-out;
    }
    .hint {
      font-size: 0.82rem;
      color: #9a9286;
      margin: 0 0 0.4rem;
    }
    .error {
      background: #fbeceb;
      border: 1px solid #e8b4b0;
      color: #7a231e;
      border-radius: 10px;
      padding: 0.8rem 1.1rem;
      margin-bottom: 1.2rem;
    }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refreshHealth();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.running?.abort();
    clearTimeout(this.pollTimer);
  }

  private async refreshHealth(): Promise<void> {
    clearTimeout(this.pollTimer);
    try {
      this.health = await getHealth();
    } catch {
      this.error = t('errors.network');
    }
    if (this.health?.model.state === 'loading') {
      this.pollTimer = setTimeout(() => void this.refreshHealth(), HEALTH_POLL_MS);
    }
  }

  private async read(event: SubmitTextEvent): Promise<void> {
    this.running?.abort();
    const running = new AbortController();
    this.running = running;
    const text = event.detail.text;
    Object.assign(this, { text, error: '', paragraphs: [], done: 0, total: 0, seconds: undefined });
    try {
      for await (const e of translateStream(text, running.signal)) {
        if (e.type === 'segmentation') {
          this.paragraphs = fromSegmentation(e.text ?? text, e.paragraphs);
          this.total = e.sentences;
          this.view = 'reader';
        } else if (e.type === 'sentence') {
          this.paragraphs = withTranslation(this.paragraphs, e.paragraph, e.sentence, e.translation, e.score);
          this.done += 1;
        } else if (e.type === 'done') {
          this.seconds = e.ms.total / 1000;
        } else {
          this.error = e.error.message;
        }
      }
    } catch (error) {
      if (running.signal.aborted) return;
      if (error instanceof ApiError && error.code === 'MODEL_UNAVAILABLE') {
        // Read the French split into sentences while the model is missing.
        await this.refreshHealth();
        const segmented = await segment(text, running.signal).catch(() => undefined);
        if (segmented) {
          this.paragraphs = fromSegmentation(segmented.text ?? text, segmented.paragraphs).map((p) => ({
            ...p,
            sentences: p.sentences.map((s) => ({ ...s, en: '' })),
          }));
          this.view = 'reader';
          return;
        }
      }
      this.error = error instanceof ApiError ? error.message : t('errors.network');
    } finally {
      if (this.running === running) this.running = undefined;
      void this.refreshHealth();
    }
  }

  private setLayout(layout: Layout): void {
    this.layout = layout;
    localStorage.setItem('visavis.layout', layout);
  }

  private backToInput(): void {
    this.running?.abort();
    this.view = 'input';
  }

  private renderProgress() {
    if (this.total === 0) return html``;
    const finished = this.seconds !== undefined;
    const label = finished
      ? t('reader.done', { total: this.total, seconds: this.seconds!.toFixed(1) })
      : t('reader.progress', { done: this.done, total: this.total });
    return html`<div class="progress">
      <div
        class="track"
        role="progressbar"
        aria-label=${label}
        aria-valuemin="0"
        aria-valuemax=${this.total}
        aria-valuenow=${this.done}
      >
        <div class="fill" style="width: ${(100 * this.done) / this.total}%"></div>
      </div>
      <span>${label}</span>
    </div>`;
  }

  override render() {
    const current = language();
    return html`
      <header>
        <div class="brand">Vis-<span>à</span>-vis</div>
        <div class="tagline">${t('app.tagline')}</div>
        <div class="spacer"></div>
        ${this.view === 'reader'
          ? html`<div class="segmented" role="group" aria-label=${t('app.layout')}>
                ${(['side', 'interleaved'] as const).map(
                  (l) => html`<button aria-pressed=${this.layout === l} @click=${() => this.setLayout(l)}>
                    ${l === 'side' ? t('app.sideBySide') : t('app.interleaved')}
                  </button>`,
                )}
              </div>
              <button class="link" @click=${this.backToInput}>${t('app.newText')}</button>`
          : ''}
        <div class="segmented" role="group" aria-label=${t('app.language')}>
          ${LANGUAGES.map(
            (l: Language) => html`<button lang=${l} aria-pressed=${current === l} @click=${() => void setLanguage(l)}>
              ${l.toUpperCase()}
            </button>`,
          )}
        </div>
      </header>
      <main>
        <model-banner .status=${this.health?.model}></model-banner>
        ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : ''}
        ${this.view === 'input'
          ? html`<source-input .text=${this.text} ?busy=${this.running !== undefined} @submit-text=${this.read}></source-input>`
          : html`${this.renderProgress()}
              <p class="hint">${t('reader.keys')}</p>
              <aligned-reader .paragraphs=${this.paragraphs} layout=${this.layout}></aligned-reader>`}
      </main>
    `;
  }
}

customElements.define('visavis-app', VisavisApp);

declare global {
  interface HTMLElementTagNameMap {
    'visavis-app': VisavisApp;
  }
}

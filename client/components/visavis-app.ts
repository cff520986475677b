import { LitElement, css, html, nothing } from 'lit';
import type { LayoutChangeEvent, SubmitTextEvent } from '../events.ts';
import { LocaleController, t } from '../i18n.ts';
import { ModelHealth } from '../state/model-health.ts';
import { ReadingSession } from '../state/reading-session.ts';
import type { Layout } from './aligned-reader.ts';
import './aligned-reader.ts';
import './model-banner.ts';
import './reading-progress.ts';
import './source-input.ts';
import './visavis-header.ts';

const LAYOUT_KEY = 'visavis.layout';

function storedLayout(): Layout {
  return localStorage.getItem(LAYOUT_KEY) === 'interleaved' ? 'interleaved' : 'side';
}

/**
 * The application shell: renders the reading session and the model's health, and wires the
 * events of its children to them. The state lives in the two controllers, not here.
 *
 * @cssproperty --vv-content-width - the widest the page's content gets
 * @cssproperty --vv-color-page - the page's background
 */
export class VisavisApp extends LitElement {
  static override properties = { layout: { state: true } };

  declare layout: Layout;

  private readonly session: ReadingSession;
  private readonly health: ModelHealth;

  constructor() {
    super();
    new LocaleController(this);
    this.layout = storedLayout();
    this.health = new ModelHealth(this, { onReady: () => void this.session.resume() });
    this.session = new ReadingSession(this, { onModelUnavailable: () => this.health.markUnavailable() });
  }

  static override styles = css`
    :host {
      display: block;
      min-height: 100vh;
      background: var(--vv-color-page);
      color: var(--vv-color-ink);
      font-family: var(--vv-font-ui);
    }
    main {
      max-width: var(--vv-content-width);
      margin: 0 auto;
      padding: 1.6rem var(--vv-space-xl) 4rem;
    }
    .hint {
      font-size: 0.82rem;
      color: var(--vv-color-subtle);
      margin: 0 0 0.4rem;
    }
    .error {
      background: var(--vv-color-danger-bg);
      border: 1px solid var(--vv-color-danger-line);
      color: var(--vv-color-danger-ink);
      border-radius: var(--vv-radius-l);
      padding: 0.8rem 1.1rem;
      margin-bottom: var(--vv-space-l);
    }
    @media (max-width: 720px) {
      main {
        padding: var(--vv-space-l) var(--vv-space-m) 3rem;
      }
    }
  `;

  private setLayout(event: LayoutChangeEvent): void {
    this.layout = event.detail.layout;
    localStorage.setItem(LAYOUT_KEY, this.layout);
  }

  /** The session's error in the current language when it is the network's, else the server's words. */
  private errorText(): string | undefined {
    const error = this.session.error;
    if (error) return error.code === 'NETWORK' ? t('errors.network') : error.message;
    return this.health.unreachable ? t('errors.network') : undefined;
  }

  override render() {
    const session = this.session;
    const reading = session.paragraphs.length > 0;
    const error = this.errorText();
    return html`
      <visavis-header
        layout=${this.layout}
        ?reading=${reading}
        @layout-change=${this.setLayout}
        @new-text=${() => session.close()}
      ></visavis-header>
      <main>
        <model-banner .status=${this.health.status}></model-banner>
        ${error ? html`<div class="error" role="alert">${error}</div>` : nothing}
        ${reading
          ? html`<reading-progress .translated=${session.translated} .total=${session.total} .seconds=${session.seconds}></reading-progress>
              <p class="hint">${t('reader.keys')}</p>
              <aligned-reader .paragraphs=${session.paragraphs} layout=${this.layout}></aligned-reader>`
          : html`<source-input
              .text=${session.text}
              ?busy=${session.busy}
              @submit-text=${(e: SubmitTextEvent) => void session.submit(e.detail.text)}
            ></source-input>`}
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

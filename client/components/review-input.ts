import { LitElement, css, html, nothing } from 'lit';
import { LocaleController, t } from '../i18n.ts';
import { looksLikeMarkup, markupToText } from '../input-text.ts';
import { buttons, focusRing } from '../styles/controls.ts';

export type ReviewSubmitEvent = CustomEvent<{ source: string; draft: string }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'review-submit': ReviewSubmitEvent;
  }
}

const TEXT_FILE = /\.(txt|text|md|html?|xhtml)$/i;
const HTML_FILE = /\.x?html?$/i;
type Side = 'source' | 'draft';

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (files saved on Windows often are). */
function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Where a review starts: the French source and the English draft, each pasted or opened from a
 * .txt or .html file (markup becomes its text, one paragraph per block: paragraphs are kept).
 *
 * @fires review-submit - with the source and the draft to align and check
 */
export class ReviewInput extends LitElement {
  static override properties = {
    source: { type: String },
    draft: { type: String },
    busy: { type: Boolean },
    fileError: { state: true },
  };

  declare source: string;
  declare draft: string;
  declare busy: boolean;
  declare fileError: string;

  constructor() {
    super();
    new LocaleController(this);
    this.source = '';
    this.draft = '';
    this.busy = false;
    this.fileError = '';
  }

  static override styles = [
    buttons,
    focusRing,
    css`
      :host {
        display: block;
        font-family: var(--vv-font-ui);
      }
      h1 {
        font: 700 1.6rem/1.2 var(--vv-font-reading);
        margin: 0 0 var(--vv-space-s);
      }
      .intro {
        color: var(--vv-color-ink-quiet);
        max-width: 48rem;
        margin: 0 0 var(--vv-space-l);
      }
      .pair {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: var(--vv-space-l);
      }
      label {
        display: block;
        font-weight: 600;
        margin-bottom: var(--vv-space-xs);
      }
      textarea {
        box-sizing: border-box;
        width: 100%;
        min-height: 16rem;
        resize: vertical;
        font: var(--vv-text-m) / 1.55 var(--vv-font-reading);
        padding: var(--vv-space-s);
        border-radius: var(--vv-radius-m);
        border: 1px solid var(--vv-color-control-line);
        background: var(--vv-color-surface);
        color: var(--vv-color-ink);
      }
      .file {
        margin-top: var(--vv-space-xs);
      }
      input[type='file'] {
        display: none;
      }
      .bar {
        display: flex;
        align-items: center;
        gap: var(--vv-space-m);
        margin-top: var(--vv-space-l);
      }
      .error {
        color: var(--vv-color-danger);
      }
      @media (max-width: 720px) {
        .pair {
          grid-template-columns: 1fr;
        }
        textarea {
          min-height: 10rem;
        }
      }
    `,
  ];

  private async readFile(side: Side, file: File): Promise<void> {
    this.fileError = '';
    if (!TEXT_FILE.test(file.name) && !file.type.startsWith('text/')) {
      this.fileError = t('review.notText', { name: file.name });
      return;
    }
    const text = decodeText(await file.arrayBuffer());
    this[side] = HTML_FILE.test(file.name) || file.type === 'text/html' || looksLikeMarkup(text) ? markupToText(text) : text;
  }

  private submit(): void {
    if (this.source.trim() && this.draft.trim() && !this.busy) {
      this.dispatchEvent(new CustomEvent('review-submit', { detail: { source: this.source, draft: this.draft }, bubbles: true, composed: true }));
    }
  }

  private box(side: Side) {
    const lang = side === 'source' ? 'fr' : 'en';
    return html`<div>
      <label for=${side}>${t(side === 'source' ? 'review.sourceLabel' : 'review.draftLabel')}</label>
      <textarea
        id=${side}
        lang=${lang}
        spellcheck="false"
        .value=${this[side]}
        placeholder=${t(side === 'source' ? 'review.sourcePlaceholder' : 'review.draftPlaceholder')}
        @input=${(e: InputEvent) => (this[side] = (e.target as HTMLTextAreaElement).value)}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && this.submit()}
      ></textarea>
      <div class="file">
        <button class="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>(`#file-${side}`)?.click()}>
          ${t(side === 'source' ? 'review.openSource' : 'review.openDraft')}
        </button>
        <input
          id=${`file-${side}`}
          type="file"
          accept=".txt,.text,.md,.html,.htm,text/plain,text/html"
          @change=${(e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void this.readFile(side, file);
          }}
        />
      </div>
    </div>`;
  }

  override render() {
    return html`<h1>${t('review.heading')}</h1>
      <p class="intro">${t('review.intro')}</p>
      <div class="pair">${this.box('source')} ${this.box('draft')}</div>
      ${this.fileError ? html`<p class="error" role="alert">${this.fileError}</p>` : nothing}
      <div class="bar">
        <button class="button primary" ?disabled=${!this.source.trim() || !this.draft.trim() || this.busy} @click=${this.submit}>${t('review.run')}</button>
        <span role="status">${this.busy ? t('review.running') : ''}</span>
      </div>`;
  }
}

customElements.define('review-input', ReviewInput);

declare global {
  interface HTMLElementTagNameMap {
    'review-input': ReviewInput;
  }
}

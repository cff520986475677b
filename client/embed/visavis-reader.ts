/**
 * `<visavis-reader>`: a French text with its English beside it, sentence by sentence, on any page,
 * from a Vis-à-vis server. One ES module (`dist/embed/visavis-reader.js`, built by Vite in library
 * mode); the page's styles stay out (shadow DOM) and the element changes nothing outside itself.
 *
 * ```html
 * <script type="module" src="http://127.0.0.1:8787/embed/visavis-reader.js"></script>
 * <visavis-reader src="http://127.0.0.1:8787" lang="en">Le chat dort. Il part demain.</visavis-reader>
 * ```
 * The server must list the page's origin in `VISAVIS_ALLOWED_ORIGINS`.
 *
 * @attr src - URL of the Vis-à-vis server (default: the page's own origin)
 * @attr layout - `side` (two columns, the default) or `interleaved` (each French sentence above its English)
 * @attr lang - language of the element's own words: `en` (default) or `fr`
 * @attr hide - `english`, `french` or `none` (default): blurs one side; a click, a tap or Enter reveals a sentence
 * @fires visavis-ready - every sentence has its English: `{sentences}`
 * @fires visavis-sentence-focus - the reader moved to a sentence: `{index, paragraph, sentence, french, english}`
 * @fires visavis-error - the server refused or could not be reached: `{code, message}`
 * @csspart reader - the aligned sentences
 * @csspart status - the line that says what is happening (translating, an error)
 * @cssproperty --visavis-font - the reading typeface
 * @cssproperty --visavis-ink - text colour
 * @cssproperty --visavis-background - background
 * @cssproperty --visavis-highlight - background of the pair in focus
 */
import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import { readingApi } from '../api.ts';
import { LocaleController, errorText, t, useLanguage } from '../i18n.ts';
import type { Layout } from '../components/aligned-reader.ts';
import type { PositionChangeEvent } from '../events.ts';
import { ReadingSession } from '../state/reading-session.ts';
import { tokens } from '../styles/tokens.ts';
import '../components/aligned-reader.ts';

export type Hidden = 'english' | 'french' | 'none';

export interface SentenceFocusDetail {
  index: number;
  paragraph: number;
  sentence: number;
  french: string;
  english: string | undefined;
}

export class VisavisReader extends LitElement {
  static override properties = {
    src: { type: String },
    layout: { type: String },
    lang: { type: String },
    hide: { type: String },
    text: { type: String, attribute: false },
  };

  declare src: string;
  declare layout: Layout;
  declare hide: Hidden;
  /** The French text; by default the element's own text content. */
  declare text: string;

  static override styles = [
    // The app's tokens, scoped to this element instead of the page's :root.
    unsafeCSS(tokens.cssText.replaceAll(':root', ':host')),
    css`
      :host {
        display: block;
        color: var(--visavis-ink, var(--vv-color-ink));
        background: var(--visavis-background, var(--vv-color-page));
        --vv-font-reading: var(--visavis-font, Georgia, 'Times New Roman', serif);
        --reader-highlight: var(--visavis-highlight, var(--vv-color-highlight));
      }
      [part='status'] {
        font: 0.85rem/1.4 system-ui, sans-serif;
        color: var(--vv-color-muted);
        margin: 0 0 0.5rem;
      }
      [part='status'].error {
        color: var(--vv-color-danger);
      }
      slot {
        display: none;
      }
    `,
  ];

  /** The server's origin, from `src`. */
  private base = '/';
  private readonly session = new ReadingSession(this, {
    api: {
      segment: (text, signal) => readingApi(this.base).segment(text, signal),
      translateStream: (text, signal, from) => readingApi(this.base).translateStream(text, signal, from),
    },
  });
  private read = '';

  constructor() {
    super();
    new LocaleController(this);
    this.src = '';
    this.layout = 'side';
    this.hide = 'none';
    this.text = '';
  }

  /** Starts reading here, not after the render: the session's first state joins this update. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) void useLanguage(this.lang === 'fr' ? 'fr' : 'en');
    const text = this.text || this.textContent?.trim() || '';
    if (text && (text !== this.read || changed.has('src'))) {
      this.read = text;
      this.base = this.src ? `${new URL(this.src, location.href).origin}/` : '/';
      void this.session.submit(text).then(() => this.announce());
    }
  }

  /** Says how the reading ended, once it has. */
  private announce(): void {
    const { status, error, total } = this.session;
    if (status === 'done') this.dispatchEvent(new CustomEvent('visavis-ready', { detail: { sentences: total }, bubbles: true, composed: true }));
    if (status === 'error' && error) this.dispatchEvent(new CustomEvent('visavis-error', { detail: error, bubbles: true, composed: true }));
  }

  private onPosition(event: PositionChangeEvent): void {
    event.stopPropagation();
    const index = event.detail.position;
    let seen = 0;
    for (const [p, paragraph] of this.session.paragraphs.entries()) {
      if (index < seen + paragraph.sentences.length) {
        const s = paragraph.sentences[index - seen]!;
        const detail: SentenceFocusDetail = { index, paragraph: p, sentence: index - seen, french: s.fr, english: s.en };
        this.dispatchEvent(new CustomEvent('visavis-sentence-focus', { detail, bubbles: true, composed: true }));
        return;
      }
      seen += paragraph.sentences.length;
    }
  }

  private status(): string {
    const { status, error, translated, total } = this.session;
    if (status === 'error' && error) return errorText(error.code, error.message);
    if (status === 'pending' || status === 'streaming') return t('reader.progress', { done: translated, count: total });
    return '';
  }

  override render() {
    const status = this.status();
    return html`<slot></slot>
      <p part="status" class=${this.session.status === 'error' ? 'error' : ''} role="status" ?hidden=${!status}>${status}</p>
      <aligned-reader
        part="reader"
        .paragraphs=${this.session.paragraphs}
        .layout=${this.layout}
        .hide=${this.hide}
        @position-change=${(e: PositionChangeEvent) => this.onPosition(e)}
      ></aligned-reader>`;
  }
}

customElements.define('visavis-reader', VisavisReader);

declare global {
  interface HTMLElementTagNameMap {
    'visavis-reader': VisavisReader;
  }
}

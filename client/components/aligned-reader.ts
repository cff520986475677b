import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { LocaleController, t } from '../i18n.ts';
import type { ReaderParagraph, ReaderSentence } from '../reader-model.ts';

export type Layout = 'side' | 'interleaved';

/**
 * The aligned reader: each paragraph is one row, French and English level with each other; each
 * French sentence and its English light up together on hover, focus, or ↑ ↓ / j k.
 *
 * @csspart row - one paragraph row
 * @cssproperty --reader-highlight - background of the linked pair (default --vv-color-highlight)
 * @cssproperty --reader-highlight-edge - underline of the linked pair (default --vv-color-highlight-edge)
 * @cssproperty --vv-font-reading - the article's typeface
 */
export class AlignedReader extends LitElement {
  static override properties = {
    paragraphs: { attribute: false },
    layout: { type: String },
    active: { type: String, reflect: true },
  };

  declare paragraphs: ReaderParagraph[];
  declare layout: Layout;
  /** Key of the highlighted pair, `paragraph:sentence`. */
  declare active: string;

  constructor() {
    super();
    new LocaleController(this);
    this.paragraphs = [];
    this.layout = 'side';
    this.active = '';
  }

  static override styles = css`
    :host {
      display: block;
      font-family: var(--vv-font-reading);
      color: var(--vv-color-ink);
    }
    .heads,
    .row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      column-gap: var(--vv-space-2xl);
    }
    .heads {
      position: sticky;
      top: 0;
      z-index: 1;
      background: var(--vv-color-page);
      border-bottom: 1px solid var(--vv-color-line);
      padding: 0.6rem 0 0.45rem;
      font: 600 var(--vv-text-xs)/1 var(--vv-font-ui);
      letter-spacing: 0.12em;
      text-transform: uppercase;
      color: var(--vv-color-subtle);
    }
    :host([layout='interleaved']) .heads {
      display: none;
    }
    article:focus {
      outline: none;
    }
    .row {
      padding: 0.55rem 0;
    }
    .interleaved .row {
      display: block;
    }
    .interleaved .en {
      margin-top: var(--vv-space-xs);
      padding-left: var(--vv-space-m);
      border-left: 3px solid var(--vv-color-line-strong);
      color: var(--vv-color-ink-quiet);
    }
    .cell {
      font-size: var(--vv-text-reading);
      line-height: 1.65;
      hyphens: auto;
      overflow-wrap: anywhere;
    }
    .s {
      border-radius: 3px;
      padding: 0.05em 0.1em;
      margin: 0 -0.1em;
      transition: background-color 120ms ease-out, box-shadow 120ms ease-out;
      cursor: default;
      box-decoration-break: clone;
      -webkit-box-decoration-break: clone;
    }
    .s:focus {
      outline: none;
    }
    .s.active {
      background: var(--reader-highlight, var(--vv-color-highlight));
      box-shadow: 0 2px 0 var(--reader-highlight-edge, var(--vv-color-highlight-edge));
    }
    .pending {
      color: var(--vv-color-faint);
      font-style: italic;
      font-family: var(--vv-font-ui);
      font-size: 0.85em;
      animation: pulse 1.4s ease-in-out infinite;
    }
    .missing {
      color: var(--vv-color-faint);
    }
    @keyframes pulse {
      50% {
        opacity: 0.45;
      }
    }
    .title .cell {
      font-size: 1.85rem;
      line-height: 1.25;
      font-weight: 700;
      padding-top: 0.6rem;
    }
    .byline .cell,
    .dateline .cell {
      font: 0.86rem/1.5 var(--vv-font-ui);
      color: var(--vv-color-muted);
    }
    .row.byline,
    .row.dateline {
      padding: 0.1rem 0;
    }
    .heading .cell {
      font-size: 1.25rem;
      font-weight: 700;
      padding-top: 0.8rem;
    }
    .caption .cell,
    .credit .cell {
      font: italic 0.9rem/1.5 var(--vv-font-ui);
      color: var(--vv-color-ink-quiet);
    }
    .row.caption,
    .row.credit {
      border-left: 3px solid var(--vv-color-line);
      padding-left: 0.8rem;
      margin: 0.3rem 0;
    }
    .aside .cell {
      color: var(--vv-color-subtle);
      font-size: 0.95rem;
    }
    .row.aside.first {
      border-top: 1px dashed var(--vv-color-line-strong);
      margin-top: 1rem;
      padding-top: 1rem;
    }
    @media (max-width: 720px) {
      .heads {
        display: none;
      }
      .row {
        display: block;
      }
      .en {
        margin-top: var(--vv-space-xs);
        padding-left: var(--vv-space-m);
        border-left: 3px solid var(--vv-color-line-strong);
      }
    }
  `;

  private get keys(): string[] {
    return this.paragraphs.flatMap((p) => p.sentences.map((s) => s.key));
  }

  private activate(key: string): void {
    this.active = key;
  }

  private onKeydown(event: KeyboardEvent): void {
    const step = event.key === 'ArrowDown' || event.key === 'j' ? 1 : event.key === 'ArrowUp' || event.key === 'k' ? -1 : 0;
    if (step === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const keys = this.keys;
    const at = keys.indexOf(this.active);
    const next = keys[Math.min(keys.length - 1, Math.max(0, at === -1 ? 0 : at + step))];
    if (next === undefined) return;
    this.active = next;
    this.focusActive();
  }

  private async focusActive(): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`.fr .s[data-key="${this.active}"]`);
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('paragraphs') && this.active && !this.keys.includes(this.active)) this.active = '';
  }

  private sentence(s: ReaderSentence, side: 'fr' | 'en', rovingKey: string) {
    const text = side === 'fr' ? s.fr : s.en;
    const classes = ['s', s.key === this.active ? 'active' : '', text === undefined ? 'pending' : '', text === '' ? 'missing' : ''].join(' ');
    // An empty translation (none made, or no model) is a quiet dash that still says what it is.
    return html`<span
        class=${classes}
        data-key=${s.key}
        tabindex=${side === 'fr' && s.key === rovingKey ? 0 : -1}
        title=${text === '' ? t('reader.untranslated') : nothing}
        @mouseenter=${() => this.activate(s.key)}
        @focus=${() => this.activate(s.key)}
        >${text === undefined ? t('reader.pending') : text === '' ? '—' : text}</span
      >${' '}`;
  }

  override render() {
    const rovingKey = this.active || this.keys[0] || '';
    let asideSeen = false;
    return html`
      <div class="heads" aria-hidden="true"><span>${t('reader.french')}</span><span>${t('reader.english')}</span></div>
      <article class=${this.layout === 'interleaved' ? 'interleaved' : 'side'} @keydown=${this.onKeydown} aria-label=${t('reader.keys')}>
        ${this.paragraphs.map((p) => {
          const firstAside = p.kind === 'aside' && !asideSeen;
          asideSeen ||= p.kind === 'aside';
          return html`<div class="row ${p.kind} ${firstAside ? 'first' : ''}" part="row" data-kind=${p.kind}>
            <div class="cell fr" lang="fr">${p.sentences.map((s) => this.sentence(s, 'fr', rovingKey))}</div>
            <div class="cell en" lang="en">${p.sentences.map((s) => this.sentence(s, 'en', rovingKey))}</div>
          </div>`;
        })}
      </article>
    `;
  }
}

customElements.define('aligned-reader', AlignedReader);

declare global {
  interface HTMLElementTagNameMap {
    'aligned-reader': AlignedReader;
  }
}

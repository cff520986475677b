import { LitElement, css, html, nothing } from 'lit';
import { layoutChange, newText } from '../events.ts';
import { LocaleController, t } from '../i18n.ts';
import { segmented } from '../styles/controls.ts';
import type { Layout } from './aligned-reader.ts';
import './language-switch.ts';

const LAYOUTS: readonly Layout[] = ['side', 'interleaved'];

/**
 * The top bar: the brand and tagline, and while an article is open the layout toggle and the way
 * back to a new text; the language switch always.
 *
 * @fires layout-change - with the layout the reader picked
 * @fires new-text - when the reader wants to paste another article
 * @csspart bar - the header box
 * @cssproperty --vv-color-accent - the brand's "à" and the pressed layout button
 * @cssproperty --vv-color-surface - the bar's background
 */
export class VisavisHeader extends LitElement {
  static override properties = {
    layout: { type: String },
    reading: { type: Boolean },
  };

  declare layout: Layout;
  /** An article is open: show the reader's controls. */
  declare reading: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.layout = 'side';
    this.reading = false;
  }

  static override styles = [
    segmented,
    css`
      :host {
        display: block;
        font-family: var(--vv-font-ui);
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--vv-space-s) var(--vv-space-l);
        padding: var(--vv-space-m) var(--vv-space-xl);
        border-bottom: 1px solid var(--vv-color-line);
        background: var(--vv-color-surface);
      }
      .brand {
        font: 700 var(--vv-text-brand) / 1 var(--vv-font-reading);
        letter-spacing: -0.01em;
        color: var(--vv-color-ink);
      }
      .brand span {
        color: var(--vv-color-accent);
      }
      .tagline {
        color: var(--vv-color-subtle);
        font-size: 0.88rem;
      }
      .spacer {
        flex: 1;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--vv-space-s) var(--vv-space-l);
      }
      .link {
        font: inherit;
        font-size: 0.9rem;
        background: none;
        border: 1px solid var(--vv-color-control-line);
        border-radius: var(--vv-radius-m);
        padding: var(--vv-space-xs) 0.8rem;
        cursor: pointer;
        color: var(--vv-color-ink-soft);
      }
      @media (max-width: 720px) {
        header {
          padding: var(--vv-space-m);
        }
        .tagline {
          display: none;
        }
        /* Brand and language share the first row; the reader's controls get a row of their own. */
        .controls {
          order: 1;
          flex-basis: 100%;
          justify-content: space-between;
        }
      }
    `,
  ];

  override render() {
    return html`<header part="bar">
      <div class="brand">Vis-<span>à</span>-vis</div>
      <div class="tagline">${t('app.tagline')}</div>
      <div class="spacer"></div>
      ${this.reading
        ? html`<div class="controls">
            <div class="segmented" role="group" aria-label=${t('app.layout')}>
              ${LAYOUTS.map(
                (l) => html`<button aria-pressed=${this.layout === l} @click=${() => this.dispatchEvent(layoutChange(l))}>
                  ${l === 'side' ? t('app.sideBySide') : t('app.interleaved')}
                </button>`,
              )}
            </div>
            <button class="link" @click=${() => this.dispatchEvent(newText())}>${t('app.newText')}</button>
          </div>`
        : nothing}
      <language-switch></language-switch>
    </header>`;
  }
}

customElements.define('visavis-header', VisavisHeader);

declare global {
  interface HTMLElementTagNameMap {
    'visavis-header': VisavisHeader;
  }
}

import { LitElement, css, html, nothing } from 'lit';
import { exportDocument, layoutChange, newText } from '../events.ts';
import { LocaleController, t } from '../i18n.ts';
import type { Route } from '../router.ts';
import { buttons, focusRing, segmented } from '../styles/controls.ts';
import type { Layout } from './aligned-reader.ts';
import './language-switch.ts';

const LAYOUTS: readonly Layout[] = ['side', 'interleaved'];

/**
 * The top bar: the brand, the way to the library and to a new text, the language switch, and
 * while an article is open its layout, download and print.
 *
 * @fires layout-change - with the layout the reader picked
 * @fires new-text - when the reader wants to paste another article
 * @fires export-document - when the reader wants the article as a file
 * @csspart bar - the header box
 * @cssproperty --vv-color-accent - the brand's "à" and the pressed layout button
 * @cssproperty --vv-color-surface - the bar's background
 */
export class VisavisHeader extends LitElement {
  static override properties = {
    layout: { type: String },
    reading: { type: Boolean },
    route: { attribute: false },
  };

  declare layout: Layout;
  /** An article is open: show the reader's controls. */
  declare reading: boolean;
  declare route: Route['name'];

  constructor() {
    super();
    new LocaleController(this);
    this.layout = 'side';
    this.reading = false;
    this.route = 'input';
  }

  static override styles = [
    buttons,
    focusRing,
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
        text-decoration: none;
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
      nav,
      .controls {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--vv-space-s);
      }
      @media (max-width: 1100px) {
        .tagline {
          display: none;
        }
      }
      @media (max-width: 720px) {
        header {
          padding: var(--vv-space-m);
        }
        /* Brand and language share the first row; navigation and the reader's controls follow. */
        nav,
        .controls {
          order: 1;
          flex-basis: 100%;
        }
        /* A narrow screen always shows pairs: there is no layout to pick. */
        .layout {
          display: none;
        }
      }
    `,
  ];

  override render() {
    return html`<header part="bar">
      <a class="brand" href="#/" lang="fr" @click=${() => this.dispatchEvent(newText())}>Vis-<span>à</span>-vis</a>
      ${this.route === 'input' && !this.reading ? html`<div class="tagline">${t('app.tagline')}</div>` : nothing}
      <div class="spacer"></div>
      <nav aria-label=${t('app.navigation')}>
        <a class="button" href="#/library" aria-current=${this.route === 'library' ? 'page' : nothing}>${t('app.library')}</a>
        <a class="button" href="#/review" aria-current=${this.route === 'review' ? 'page' : nothing}>${t('review.nav')}</a>
        <a class="button" href="#/vocabulary" aria-current=${this.route === 'vocabulary' ? 'page' : nothing}>${t('vocabulary.nav')}</a>
        <a class="button" href="#/" aria-current=${this.route === 'input' && !this.reading ? 'page' : nothing} @click=${() => this.dispatchEvent(newText())}
          >${t('app.newText')}</a
        >
      </nav>
      ${this.reading
        ? html`<div class="controls">
            <div class="segmented layout" role="group" aria-label=${t('app.layout')}>
              ${LAYOUTS.map(
                (l) => html`<button aria-pressed=${this.layout === l} @click=${() => this.dispatchEvent(layoutChange(l))}>
                  ${l === 'side' ? t('app.sideBySide') : t('app.interleaved')}
                </button>`,
              )}
            </div>
            <button class="button" title=${t('app.downloadLabel')} @click=${() => this.dispatchEvent(exportDocument())}>${t('app.download')}</button>
            <button class="button" @click=${() => window.print()}>${t('app.print')}</button>
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

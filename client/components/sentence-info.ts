/**
 * `<sentence-info>`: what the machine says of the sentence the reader is on — how sure it was (a
 * meter from the mean log-probability), what the checks found (a number or a name lost, French left
 * in), and, on demand, other wordings from the beam search.
 *
 * @csspart meter - the confidence meter
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Alternative } from '../../server/schemas.ts';
import { ApiError, alternatives } from '../api.ts';
import { LocaleController, errorText, t } from '../i18n.ts';
import type { ReaderSentence } from '../reader-model.ts';
import { checkText, confidenceOf } from './sentence-check-text.ts';

export class SentenceInfo extends LitElement {
  static override properties = {
    sentence: { attribute: false },
    found: { state: true },
    status: { state: true },
  };

  declare sentence: ReaderSentence | undefined;
  declare found: Alternative[] | undefined;
  declare status: string;
  private asking: AbortController | undefined;

  static override styles = css`
    :host {
      display: block;
      font: 0.85rem/1.4 var(--vv-font-ui);
      color: var(--vv-color-muted);
      min-height: 1.4em;
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem 0.9rem;
      align-items: center;
    }
    meter {
      width: 5rem;
      height: 0.6rem;
    }
    .check {
      color: var(--vv-color-ink-soft);
    }
    .check::before {
      content: '⚑ ';
      color: var(--vv-color-warning-ink, var(--vv-color-ink-soft));
    }
    button {
      font: inherit;
      color: var(--vv-color-accent);
      background: none;
      border: 1px solid var(--vv-color-control-line);
      border-radius: 4px;
      padding: 0.1rem 0.5rem;
      cursor: pointer;
    }
    button:focus-visible {
      outline: var(--vv-focus-ring);
    }
    ol {
      margin: 0.3rem 0 0;
      padding-left: 1.4rem;
      color: var(--vv-color-ink);
    }
  `;

  constructor() {
    super();
    new LocaleController(this);
    this.sentence = undefined;
    this.found = undefined;
    this.status = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sentence') && (changed.get('sentence') as ReaderSentence | undefined)?.key !== this.sentence?.key) {
      this.asking?.abort();
      this.found = undefined;
      this.status = '';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.asking?.abort();
  }

  private async ask(): Promise<void> {
    const fr = this.sentence?.fr;
    if (!fr) return;
    this.asking?.abort();
    const asking = new AbortController();
    this.asking = asking;
    this.status = t('sentence.asking');
    try {
      const found = await alternatives(fr, 4, asking.signal);
      if (asking.signal.aborted) return;
      this.found = found.filter((a) => a.translation !== this.sentence?.en);
      this.status = this.found.length ? '' : t('sentence.noOther');
    } catch (error) {
      if (asking.signal.aborted) return;
      this.status = error instanceof ApiError ? errorText(error.code, error.message) : String(error);
    }
  }

  override render() {
    const s = this.sentence;
    if (!s?.en || s.score === undefined) return nothing;
    const confidence = confidenceOf(s.score);
    return html`<div class="line">
        <label
          >${t('sentence.confidence')}
          <meter part="meter" min="0" max="1" low="0.35" high="0.6" optimum="1" .value=${confidence}
            >${Math.round(confidence * 100)} %</meter
          ></label
        >
        ${(s.checks ?? []).map((c) => html`<span class="check">${checkText(c)}</span>`)}
        <button type="button" @click=${() => void this.ask()}>${t('sentence.other')}</button>
        <span role="status">${this.status}</span>
      </div>
      ${this.found?.length ? html`<ol aria-label=${t('sentence.other')}>${this.found.map((a) => html`<li lang="en">${a.translation}</li>`)}</ol>` : nothing}`;
  }
}

customElements.define('sentence-info', SentenceInfo);

declare global {
  interface HTMLElementTagNameMap {
    'sentence-info': SentenceInfo;
  }
}

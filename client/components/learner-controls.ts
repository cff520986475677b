import { LitElement, css, html, nothing } from 'lit';
import type { WordCounts } from '../../server/schemas.ts';
import { LocaleController, t } from '../i18n.ts';
import { learnerSettings, markRestKnown, wordListen, type Hidden } from '../state/word-events.ts';
import { buttons, focusRing } from '../styles/controls.ts';
import { wordColors } from '../styles/words.ts';

const HIDDEN: readonly Hidden[] = ['none', 'english', 'french'];
const HIDE_LABELS = { none: 'words.hideNone', english: 'words.hideEnglish', french: 'words.hideFrench' } as const;

/**
 * The learner's bar above an article: how many distinct words of it are unknown, learning and
 * known; hide one side; gloss mode; Listen (the sentence in focus, only where a French voice
 * exists). At the end of the article (`placement="end"`): "mark the rest as known".
 *
 * @fires learner-settings - with the side hidden and whether gloss mode is on
 * @fires word-listen - with '' (the sentence in focus)
 * @fires mark-rest-known - when the learner marks the article's remaining words as known
 */
export class LearnerControls extends LitElement {
  static override properties = {
    placement: { type: String },
    hide: { type: String },
    glossing: { type: Boolean },
    counts: { attribute: false },
    speakable: { type: Boolean },
    status: { type: String },
    sheet: { type: Boolean, reflect: true },
  };

  declare placement: 'top' | 'end';
  declare hide: Hidden;
  declare glossing: boolean;
  /** The article's words by status; none while they are being found. */
  declare counts: WordCounts | undefined;
  declare speakable: boolean;
  /** A line to announce: what the last action did, or why words are missing. */
  declare status: string;
  /** The word panel is open: on a phone it covers the lower half, so the end of the article leaves room to scroll above it. */
  declare sheet: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.placement = 'top';
    this.hide = 'none';
    this.glossing = false;
    this.counts = undefined;
    this.speakable = false;
    this.status = '';
    this.sheet = false;
  }

  static override styles = [
    buttons,
    focusRing,
    wordColors,
    css`
      :host {
        display: block;
        font-family: var(--vv-font-ui);
        font-size: var(--vv-text-s);
        color: var(--vv-color-ink-soft);
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--vv-space-s) var(--vv-space-l);
        margin: var(--vv-space-xs) 0 var(--vv-space-s);
      }
      .counts {
        display: flex;
        flex-wrap: wrap;
        gap: var(--vv-space-xs) var(--vv-space-m);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .counts strong {
        font-variant-numeric: tabular-nums;
        color: var(--vv-color-ink);
      }
      /* The same cues as the words themselves: colour and underline. */
      .unknown strong {
        text-decoration: underline dotted 1px var(--vv-word-unknown-line);
        text-underline-offset: 0.22em;
      }
      .learning strong {
        text-decoration: underline solid 2px var(--vv-word-line);
        text-underline-offset: 0.22em;
      }
      .group {
        display: inline-flex;
        align-items: center;
        gap: var(--vv-space-xs);
      }
      .button[aria-pressed='true'] {
        background: var(--vv-color-accent);
        border-color: var(--vv-color-accent);
        color: var(--vv-color-on-accent);
      }
      select {
        font: inherit;
        color: var(--vv-color-ink);
        background: var(--vv-color-surface);
        border: 1px solid var(--vv-color-control-line);
        border-radius: var(--vv-radius-m);
        min-height: 2.25rem;
        padding: 0 var(--vv-space-s);
      }
      .end {
        border-top: 1px dashed var(--vv-color-line-strong);
        margin-top: var(--vv-space-l);
        padding-top: var(--vv-space-m);
      }
      p {
        margin: var(--vv-space-2xs) 0;
      }
      @media (max-width: 720px) {
        :host([sheet]) .end {
          padding-bottom: 55vh;
        }
      }
    `,
  ];

  private countsList() {
    const c = this.counts;
    if (!c) return html`<span>${t('words.analyzing')}</span>`;
    const item = (name: 'unknown' | 'learning' | 'known', n: number) => html`<li class=${name}><strong>${n}</strong> ${t(`words.${name}`)}</li>`;
    return html`<ul class="counts" aria-label=${t('words.counts')}>
      ${item('unknown', c.unknown)} ${item('learning', c.learning + c.new)} ${item('known', c.known)}
    </ul>`;
  }

  private top() {
    return html`<div class="bar" role="group" aria-label=${t('words.controls')}>
        ${this.countsList()}
        <label class="group"
          >${t('words.hide')}
          <select @change=${(e: Event) => this.dispatchEvent(learnerSettings((e.target as HTMLSelectElement).value as Hidden, this.glossing))}>
            ${HIDDEN.map((h) => html`<option value=${h} ?selected=${this.hide === h}>${t(HIDE_LABELS[h])}</option>`)}
          </select>
        </label>
        <button class="button" aria-pressed=${this.glossing} title=${t('words.glossesLabel')} @click=${() => this.dispatchEvent(learnerSettings(this.hide, !this.glossing))}>
          ${t('words.glosses')}
        </button>
        ${this.speakable
          ? html`<button class="button" aria-label=${t('words.listenSentence')} @click=${() => this.dispatchEvent(wordListen())}>${t('words.listen')}</button>`
          : nothing}
      </div>
      <p role="status">${this.status}</p>`;
  }

  override render() {
    if (this.placement === 'top') return this.top();
    return html`<div class="end">
      <button class="button" ?disabled=${!this.counts || this.counts.unknown === 0} @click=${() => this.dispatchEvent(markRestKnown())}>${t('words.markRest')}</button>
      <p>${t('words.markRestHint')}</p>
      <p role="status">${this.status}</p>
    </div>`;
  }
}

customElements.define('learner-controls', LearnerControls);

declare global {
  interface HTMLElementTagNameMap {
    'learner-controls': LearnerControls;
  }
}

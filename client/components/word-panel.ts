import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { WORD_STATUSES, type WordStatus } from '../../server/schemas.ts';
import { LocaleController, errorText, t } from '../i18n.ts';
import { wordClose, wordListen, wordStatus, type PanelPlace } from '../state/word-events.ts';
import { grammarKeys } from '../state/word-grammar.ts';
import { joinSpans } from '../state/word-tokens.ts';
import type { OpenWord } from '../state/word-view.ts';
import { buttons, focusRing } from '../styles/controls.ts';
import { wordColors, wordPanelStyles } from '../styles/words.ts';

/**
 * The word panel: the word open in the reader, its lemma and grammar ("opéré → opérer, verb,
 * past participle"), its glosses best first, what it became in this sentence's English, and its
 * status (a status on a word not saved yet saves it). A side sheet beside the article, a bottom
 * sheet on a phone; not modal, so the next word can be clicked while it is open. Escape closes it.
 *
 * @fires word-status - with the status picked, and whether the word is saved with it
 * @fires word-close - on the close button or Escape (the shell gives the focus back to the word)
 * @fires word-listen - with the word, to be read aloud
 * @cssproperty --vv-color-surface - the sheet's background
 */
export class WordPanel extends LitElement {
  static override properties = {
    word: { attribute: false },
    status: { type: String },
    speakable: { type: Boolean },
    place: { type: String, reflect: true },
    grab: { type: Boolean },
  };

  declare word: OpenWord | undefined;
  /** The status of the word's lemma, if it has one. */
  declare status: WordStatus | undefined;
  /** A French voice exists: the Listen button shows. */
  declare speakable: boolean;
  /** The half of the screen the sheet takes (beside the article; a phone always has it at the bottom). */
  declare place: PanelPlace;
  /** The word was opened from the keyboard: the panel takes the focus (a click leaves it on the text). */
  declare grab: boolean;

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.word) {
      event.preventDefault();
      this.dispatchEvent(wordClose());
    }
  };

  constructor() {
    super();
    new LocaleController(this);
    this.word = undefined;
    this.status = undefined;
    this.speakable = false;
    this.place = 'bottom';
    this.grab = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
  }

  protected override willUpdate(): void {
    this.hidden = this.word === undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const before = changed.get('word') as OpenWord | undefined;
    // A word opened with Enter takes the keyboard: its statuses are a Tab away, Escape goes back to the text.
    if (this.grab && changed.has('word') && this.word && (before?.key !== this.word.key || before.start !== this.word.start)) {
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  static override styles = [
    buttons,
    focusRing,
    wordColors,
    wordPanelStyles,
  ];

  private became(word: OpenWord) {
    const spans = joinSpans(word.translation, word.result?.inTranslation ?? []);
    if (!word.translation) return html`<p class="quiet">${t('words.noTranslation')}</p>`;
    if (spans.length === 0) return html`<p class="quiet">${t('words.notFound')}</p>`;
    return html`<p lang="en">${spans.map((s, i) => html`${i ? ', ' : ''}<mark>${word.translation.slice(s.start, s.end)}</mark>`)}</p>`;
  }

  private meanings(word: OpenWord) {
    const result = word.result!;
    if (result.name) return html`<p>${t('words.name')}</p>`;
    if (result.glossesUnavailable) return html`<p class="quiet">${t('words.glossesUnavailable', { reason: result.glossesUnavailable })}</p>`;
    if (result.glosses.length === 0) return html`<p class="quiet">${t('words.noGlosses')}</p>`;
    return html`<ol lang="en">${result.glosses.map((g) => html`<li>${g.text}</li>`)}</ol>`;
  }

  private body(word: OpenWord) {
    const result = word.result;
    if (!result) {
      return word.error
        ? html`<p class="error" role="alert">${t('words.lookupFailed', { reason: errorText(word.error.code, word.error.message) })}</p>`
        : html`<p class="quiet" role="status">${t('words.looking')}</p>`;
    }
    const grammar = grammarKeys(result.upos, result.features).map((key) => t(key));
    const saved = word.entry !== undefined;
    return html`
      <p class="grammar">
        <span lang="fr">${word.form}</span> → <span class="lemma" lang="fr">${result.lemma}</span>${grammar.length ? `, ${grammar.join(', ')}` : ''}
      </p>
      ${result.guess ? html`<p class="quiet">${t('words.guess')}</p>` : nothing}
      ${result.expression ? html`<p class="quiet">${t('words.expression')}</p>` : nothing}
      <h3>${t('words.meanings')}</h3>
      ${this.meanings(word)}
      <h3>${t('words.became')}</h3>
      ${this.became(word)}
      <h3 id="status-heading">${t('words.status')}</h3>
      <div class="statuses" role="group" aria-label=${t('words.statusLabel', { lemma: result.lemma })}>
        ${WORD_STATUSES.map(
          (s) => html`<button class="button" aria-pressed=${this.status === s} aria-label=${t(`words.statusNames.${s}`)}
            @click=${() => this.dispatchEvent(wordStatus(s, !saved))}>${t(`words.statuses.${s}`)}</button>`,
        )}
      </div>
      <div class="actions">
        ${saved
          ? html`<p role="status">${t('words.saved')}</p>`
          : html`<button class="button primary" @click=${() => this.dispatchEvent(wordStatus(this.status ?? 'new', true))}>${t('words.save')}</button>
              <span class="quiet">${t('words.notSaved')}</span>`}
      </div>
      ${word.error ? html`<p class="error" role="alert">${t('words.saveFailed', { reason: errorText(word.error.code, word.error.message) })}</p>` : nothing}
    `;
  }

  override render() {
    const word = this.word;
    if (!word) return nothing;
    return html`<section role="dialog" aria-modal="false" aria-labelledby="word-heading">
      <div class="top">
        <h2 id="word-heading" tabindex="-1" lang="fr">${word.result?.expression ? word.sentence.slice(word.result.token.start, word.result.token.end) : word.form}</h2>
        ${this.speakable
          ? html`<button class="button" aria-label=${t('words.listenWord', { word: word.form })} @click=${() => this.dispatchEvent(wordListen(word.form))}>
              ${t('words.listen')}
            </button>`
          : nothing}
        <button class="button" aria-label=${t('words.closeLabel')} title=${t('words.closeLabel')} @click=${() => this.dispatchEvent(wordClose())}>✕</button>
      </div>
      ${this.body(word)}
    </section>`;
  }
}

customElements.define('word-panel', WordPanel);

declare global {
  interface HTMLElementTagNameMap {
    'word-panel': WordPanel;
  }
}

import { LitElement, html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { WORD_STATUSES, type VocabularyListQuery, type WordStatus } from '../../server/schemas.ts';
import { LocaleController, errorText, t } from '../i18n.ts';
import { exportUrl, type VocabularyEntry, type VocabularyFormat } from '../state/vocabulary-api.ts';
import { VocabularyPage } from '../state/vocabulary-page.ts';
import { buttons, focusRing } from '../styles/controls.ts';
import { vocabularyStyles } from '../styles/vocabulary.ts';

const FORMATS: readonly [VocabularyFormat, 'vocabulary.apkg' | 'vocabulary.ankiText' | 'vocabulary.csv'][] = [
  ['apkg', 'vocabulary.apkg'],
  ['anki-text', 'vocabulary.ankiText'],
  ['csv', 'vocabulary.csv'],
];

/**
 * The vocabulary page (#/vocabulary): the saved words, filtered by status, article and search;
 * each with its sentence, its English and where it came from, its meaning and note to edit, its
 * status, and how often it was looked up and revealed; known words over time as a table with
 * bars; and the exports for Anki.
 */
export class VocabularyView extends LitElement {
  private readonly page = new VocabularyPage(this);
  /** The search waits for a pause in typing. */
  private typing: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  static override styles = [
    buttons,
    focusRing,
    vocabularyStyles,
  ];

  private sentence(e: VocabularyEntry) {
    return html`<p class="sentence" lang="fr">
      ${e.sentence.slice(0, e.wordStart)}<mark>${e.sentence.slice(e.wordStart, e.wordEnd)}</mark>${e.sentence.slice(e.wordEnd)}
    </p>`;
  }

  private save(event: SubmitEvent, entry: VocabularyEntry): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    void this.page.update(entry.id, { gloss: String(data.get('gloss') ?? ''), note: String(data.get('note') ?? '') });
  }

  private entry(e: VocabularyEntry) {
    const id = `e${e.id}`;
    return html`<li class="entry">
      <h3 lang="fr">${e.word} <span class="lemma">→ ${e.lemma}</span></h3>
      ${this.sentence(e)}
      ${e.translation ? html`<p class="english" lang="en">${e.translation}</p>` : nothing}
      <p class="quiet">${e.source ? html`${t('vocabulary.from', { source: e.source })} · ` : nothing}${t('vocabulary.events', { lookups: e.lookups, reveals: e.reveals })}</p>
      <form class="edit" @submit=${(ev: SubmitEvent) => this.save(ev, e)}>
        <label for="${id}-gloss">${t('vocabulary.gloss')}<input id="${id}-gloss" name="gloss" lang="en" .value=${e.gloss} /></label>
        <label for="${id}-note">${t('vocabulary.note')}<input id="${id}-note" name="note" .value=${e.note} /></label>
        <label for="${id}-status"
          >${t('vocabulary.status')}
          <select id="${id}-status" @change=${(ev: Event) => void this.page.update(e.id, { status: (ev.target as HTMLSelectElement).value as WordStatus })}>
            ${WORD_STATUSES.map((s) => html`<option value=${s} ?selected=${e.status === s}>${t(`words.statusNames.${s}`)}</option>`)}
          </select>
        </label>
        <div class="buttons">
          <button class="button primary" type="submit">${t('vocabulary.save')}</button>
          <button class="button" type="button" aria-label=${t('vocabulary.removeLabel', { word: e.word })} @click=${() => void this.page.remove(e.id)}>
            ${t('vocabulary.remove')}
          </button>
        </div>
      </form>
      ${this.page.savedId === e.id ? html`<p class="quiet" role="status">${t('vocabulary.saved')}</p>` : nothing}
    </li>`;
  }

  private filters() {
    const { query, articles } = this.page;
    const statusOptions: readonly NonNullable<VocabularyListQuery['status']>[] = ['learning', ...WORD_STATUSES];
    return html`<form class="filters" role="search" aria-label=${t('vocabulary.filters')} @submit=${(e: Event) => e.preventDefault()}>
      <label>${t('vocabulary.status')}
        <select @change=${(e: Event) => this.page.filter({ status: ((e.target as HTMLSelectElement).value || undefined) as VocabularyListQuery['status'] })}>
          <option value="" ?selected=${!query.status}>${t('vocabulary.allStatuses')}</option>
          ${statusOptions.map((s) => html`<option value=${s} ?selected=${query.status === s}>${s === 'learning' ? t('vocabulary.anyLearning') : t(`words.statusNames.${s}`)}</option>`)}
        </select>
      </label>
      <label>${t('vocabulary.article')}
        <select @change=${(e: Event) => this.page.filter({ documentId: Number((e.target as HTMLSelectElement).value) || undefined })}>
          <option value="" ?selected=${!query.documentId}>${t('vocabulary.allArticles')}</option>
          ${articles.map((a) => html`<option value=${a.id} ?selected=${query.documentId === a.id}>${a.title}</option>`)}
        </select>
      </label>
      <label class="search">${t('vocabulary.search')}
        <input type="search" placeholder=${t('vocabulary.searchPlaceholder')} .value=${query.q ?? ''}
          @input=${(e: Event) => {
            clearTimeout(this.typing);
            const q = (e.target as HTMLInputElement).value.trim();
            this.typing = setTimeout(() => this.page.filter({ q: q || undefined }), 250);
          }} />
      </label>
    </form>`;
  }

  private history() {
    const days = this.page.history;
    if (days.length === 0) return html`<p class="quiet">${t('vocabulary.historyEmpty')}</p>`;
    const most = Math.max(1, ...days.map((d) => d.known));
    return html`<table>
      <thead><tr><th scope="col">${t('vocabulary.day')}</th><th scope="col">${t('vocabulary.known')}</th></tr></thead>
      <tbody>
        ${days.map((d) => html`<tr><td>${d.day}</td><td><span class="bar" aria-hidden="true" style=${styleMap({ width: `${(8 * d.known) / most}rem` })}></span>${d.known}</td></tr>`)}
      </tbody>
    </table>`;
  }

  private list() {
    const page = this.page;
    if (page.error) return html`<p class="error" role="alert">${t('vocabulary.loadFailed', { reason: errorText(page.error.code, page.error.message) })}</p>`;
    const filtered = Object.values(page.query).some((v) => v !== undefined);
    return html`<p role="status">${page.loading ? t('vocabulary.loading') : t('vocabulary.count', { count: page.entries.length })}</p>
      ${!page.loading && page.entries.length === 0 ? html`<p class="quiet">${filtered ? t('vocabulary.noMatch') : t('vocabulary.empty')}</p>` : nothing}
      <ul class="entries">${page.entries.map((e) => this.entry(e))}</ul>`;
  }

  override render() {
    return html`<h1>${t('vocabulary.title')}</h1>
      ${this.filters()} ${this.list()}
      <h2>${t('vocabulary.history')}</h2>
      ${this.history()}
      <h2>${t('vocabulary.export')}</h2>
      <p class="exports">${FORMATS.map(([format, label]) => html`<a class="button" href=${exportUrl(format)} download>${t(label)}</a>`)}</p>`;
  }
}

customElements.define('vocabulary-view', VocabularyView);

declare global {
  interface HTMLElementTagNameMap {
    'vocabulary-view': VocabularyView;
  }
}

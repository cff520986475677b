import { LitElement, html, nothing } from 'lit';
import type { DocumentSummary } from '../../server/schemas.ts';
import { relativeTime } from '../format.ts';
import { LocaleController, errorText, language, t } from '../i18n.ts';
import { hashOf } from '../router.ts';
import { Library } from '../state/library.ts';
import { buttons, focusRing } from '../styles/controls.ts';
import { libraryStyles } from '../styles/library.ts';

/** Long enough to read the toast and reach Undo; it stays while the keyboard is inside it. */
const UNDO_MS = 10_000;
/** "Read 2 minutes ago" stays true while the screen is open. */
const CLOCK_MS = 60_000;

/** A source as the list shows it: a web address by its host, "pasted" in the UI language. */
function sourceLabel(source: string): string {
  if (source === 'pasted') return t('library.pasted');
  try {
    return /^https?:/i.test(source) ? new URL(source).host : source;
  } catch {
    return source;
  }
}

/**
 * The library: every article opened, most recently read first, with a search (debounced) and
 * delete with an undo. Opening a document is a link to `#/doc/<id>`, so it can be bookmarked.
 *
 * @csspart list - the list of documents
 * @cssproperty --vv-color-accent - the documents' titles
 */
export class LibraryView extends LitElement {
  static override styles = [buttons, focusRing, libraryStyles];

  private readonly library = new Library(this);
  private now = new Date();
  private clock: ReturnType<typeof setInterval> | undefined;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.library.load();
    this.clock = setInterval(() => this.requestUpdate(), CLOCK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    clearTimeout(this.toastTimer);
  }

  protected override willUpdate(): void {
    this.now = new Date();
  }

  private async deleteDocument(doc: DocumentSummary): Promise<void> {
    const removing = this.library.remove(doc);
    await this.updateComplete;
    // The button pressed is gone: the keyboard goes to the undo that just appeared.
    this.renderRoot.querySelector<HTMLElement>('.toast .undo')?.focus();
    this.armToast();
    await removing;
  }

  private armToast(): void {
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => {
      if (this.renderRoot.querySelector('.toast')?.matches(':focus-within')) this.armToast();
      else this.library.dismiss();
    }, UNDO_MS);
  }

  private async undo(): Promise<void> {
    const doc = this.library.deleted;
    clearTimeout(this.toastTimer);
    await this.library.undo();
    await this.updateComplete;
    if (doc) this.renderRoot.querySelector<HTMLElement>(`a[data-id="${doc.id}"]`)?.focus();
  }

  private dismiss(): void {
    clearTimeout(this.toastTimer);
    this.library.dismiss();
    this.renderRoot.querySelector<HTMLElement>('input[type=search]')?.focus();
  }

  /** "just now" under a minute: Intl's "now" reads oddly after "Read". */
  private when(iso: string): string {
    return this.now.getTime() - new Date(iso).getTime() < 60_000 ? t('library.justNow') : relativeTime(iso, this.now, language());
  }

  private item(doc: DocumentSummary) {
    return html`<li>
      <a class="title" href=${hashOf({ name: 'doc', id: doc.id })} data-id=${doc.id} lang="fr">${doc.title}</a>
      <p class="meta"><span title=${doc.source}>${sourceLabel(doc.source)}</span> · <span>${t('library.read', { when: this.when(doc.readAt) })}</span> · <span
          >${t('library.chars', { count: doc.chars })}</span
        ></p>
      <button class="button delete" aria-label=${t('library.deleteLabel', { title: doc.title })} @click=${() => void this.deleteDocument(doc)}>
        ${t('library.delete')}
      </button>
    </li>`;
  }

  private body() {
    const { status, documents, error } = this.library;
    const query = this.library.query.trim();
    if (status === 'error' && error && documents.length === 0) return html`<p class="error" role="alert">${errorText(error.code, error.message)}</p>`;
    if (status === 'loading' && documents.length === 0) return html`<p class="empty">${t('library.loading')}</p>`;
    if (documents.length === 0) return html`<p class="empty">${query ? t('library.noMatch', { query }) : t('library.empty')}</p>`;
    return html`<ul part="list">
      ${documents.map((doc) => this.item(doc))}
    </ul>`;
  }

  override render() {
    const { documents, deleted, error, status } = this.library;
    return html`
      <div class="top">
        <h1>${t('library.heading')}</h1>
        <span class="count" role="status">${status === 'ready' ? t('library.count', { count: documents.length }) : ''}</span>
      </div>
      <div class="search" role="search">
        <label for="q">${t('library.search')}</label>
        <input
          id="q"
          type="search"
          lang="fr"
          autocomplete="off"
          aria-describedby="q-hint"
          .value=${this.library.query}
          @input=${(e: InputEvent) => this.library.search((e.target as HTMLInputElement).value)}
        />
        <p class="hint" id="q-hint">${t('library.searchHint')}</p>
      </div>
      ${error && documents.length > 0 ? html`<p class="error" role="alert">${errorText(error.code, error.message)}</p>` : nothing}
      ${this.body()}
      <div role="status">
        ${deleted
          ? html`<div class="toast">
              <span class="message">${t('library.deleted', { title: deleted.title })}</span>
              <button class="button undo" @click=${() => void this.undo()}>${t('library.undo')}</button>
              <button class="button" @click=${() => this.dismiss()}>${t('library.dismiss')}</button>
            </div>`
          : nothing}
      </div>
    `;
  }
}

customElements.define('library-view', LibraryView);

declare global {
  interface HTMLElementTagNameMap {
    'library-view': LibraryView;
  }
}

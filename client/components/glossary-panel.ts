import { LitElement, css, html, nothing } from 'lit';
import { LocaleController, errorText, t } from '../i18n.ts';
import type { ExportedFile, GlossaryTerm } from '../state/review-api.ts';
import { buttons, focusRing } from '../styles/controls.ts';
import { saveBlob } from './review-download.ts';

export type GlossaryChangeEvent = CustomEvent<{ terms: GlossaryTerm[] }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'glossary-change': GlossaryChangeEvent;
  }
}

/**
 * The glossary of pinned terms (French → English, with a note): add, edit and remove a term,
 * import a TSV or CSV file (through `importer`: the server reads it into the saved glossary),
 * export the list as TSV (through `exporter`).
 *
 * @fires glossary-change - with the whole new list of terms
 */
export class GlossaryPanel extends LitElement {
  static override properties = {
    terms: { attribute: false },
    importer: { attribute: false },
    exporter: { attribute: false },
    editing: { state: true },
    status: { state: true },
  };

  declare terms: GlossaryTerm[];
  /** Reads a file's text into the glossary; answers how many terms it held. */
  declare importer: (text: string) => Promise<number>;
  declare exporter: () => Promise<ExportedFile>;
  /** The index of the term being edited; -1 while adding a new one. */
  declare editing: number;
  declare status: string;

  constructor() {
    super();
    new LocaleController(this);
    this.terms = [];
    this.importer = async () => 0;
    this.exporter = async () => ({ name: 'glossary.tsv', blob: new Blob([]) });
    this.editing = -1;
    this.status = '';
  }

  static override styles = [
    buttons,
    focusRing,
    css`
      :host {
        display: block;
        font-family: var(--vv-font-ui);
        font-size: var(--vv-text-s);
      }
      table {
        width: 100%;
        border-collapse: collapse;
        margin-bottom: var(--vv-space-s);
      }
      th,
      td {
        text-align: start;
        padding: var(--vv-space-2xs) var(--vv-space-xs);
        border-bottom: 1px solid var(--vv-color-line);
        vertical-align: middle;
        overflow-wrap: anywhere;
      }
      td.acts {
        white-space: nowrap;
        text-align: end;
      }
      th {
        color: var(--vv-color-muted);
        font-weight: 600;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: var(--vv-space-xs);
        align-items: end;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 2px;
        color: var(--vv-color-muted);
      }
      input[type='text'] {
        font: inherit;
        min-height: 2rem;
        padding: 0 var(--vv-space-xs);
        border-radius: var(--vv-radius-s);
        border: 1px solid var(--vv-color-control-line);
        background: var(--vv-color-surface);
        color: var(--vv-color-ink);
      }
      input[type='file'] {
        display: none;
      }
      .button {
        min-height: 2rem;
        font-size: var(--vv-text-s);
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        gap: var(--vv-space-xs);
        margin-top: var(--vv-space-s);
      }
      .empty,
      .status {
        color: var(--vv-color-subtle);
      }
    `,
  ];

  private change(terms: GlossaryTerm[]): void {
    this.dispatchEvent(new CustomEvent('glossary-change', { detail: { terms }, bubbles: true, composed: true }));
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const term: GlossaryTerm = { source: field('source'), target: field('target') };
    const note = field('note');
    if (note) term.note = note;
    if (!term.source || !term.target) return;
    const terms = [...this.terms];
    if (this.editing >= 0) terms.splice(this.editing, 1, term);
    else terms.push(term);
    this.editing = -1;
    form.reset();
    this.change(terms);
  }

  private async importFile(file: File): Promise<void> {
    try {
      this.status = t('review.glossary.imported', { count: await this.importer(await file.text()) });
    } catch (error) {
      this.status = this.failure(error);
    }
  }

  private async exportFile(): Promise<void> {
    try {
      const { name, blob } = await this.exporter();
      saveBlob(name, blob);
    } catch (error) {
      this.status = this.failure(error);
    }
  }

  private failure(error: unknown): string {
    const e = error as { code?: string; message?: string };
    return errorText(e.code ?? 'NETWORK', e.message ?? String(error));
  }

  private form() {
    const term = this.terms[this.editing];
    return html`<form @submit=${this.submit}>
      <label>${t('review.glossary.source')}<input type="text" name="source" lang="fr" required .value=${term?.source ?? ''} /></label>
      <label>${t('review.glossary.target')}<input type="text" name="target" lang="en" required .value=${term?.target ?? ''} /></label>
      <label>${t('review.glossary.note')}<input type="text" name="note" .value=${term?.note ?? ''} /></label>
      <button class="button primary" type="submit">${term ? t('review.glossary.save') : t('review.glossary.add')}</button>
      ${term ? html`<button class="button" type="button" @click=${() => (this.editing = -1)}>${t('review.glossary.cancel')}</button>` : nothing}
    </form>`;
  }

  override render() {
    return html`${this.terms.length === 0
        ? html`<p class="empty">${t('review.glossary.empty')}</p>`
        : html`<table>
            <thead>
              <tr><th scope="col">${t('review.glossary.source')}</th><th scope="col">${t('review.glossary.target')}</th><th scope="col">${t('review.glossary.note')}</th><th></th></tr>
            </thead>
            <tbody>
              ${this.terms.map(
                (term, i) => html`<tr>
                  <td lang="fr">${term.source}</td>
                  <td lang="en">${term.target}</td>
                  <td>${term.note ?? ''}</td>
                  <td class="acts">
                    <button class="button" aria-label=${t('review.glossary.editLabel', { term: term.source })} @click=${() => (this.editing = i)}>${t('review.glossary.edit')}</button>
                    <button class="button" aria-label=${t('review.glossary.removeLabel', { term: term.source })} @click=${() => this.change(this.terms.filter((_, j) => j !== i))}>
                      ${t('review.glossary.remove')}
                    </button>
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>`}
      ${this.form()}
      <div class="tools">
        <button class="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}>${t('review.glossary.import')}</button>
        <input
          type="file"
          accept=".tsv,.csv,.txt,text/tab-separated-values,text/csv,text/plain"
          @change=${(e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void this.importFile(file);
          }}
        />
        <button class="button" ?disabled=${this.terms.length === 0} @click=${() => void this.exportFile()}>
          ${t('review.glossary.export')}
        </button>
        <span class="status" role="status">${this.status}</span>
      </div>`;
  }
}

customElements.define('glossary-panel', GlossaryPanel);

declare global {
  interface HTMLElementTagNameMap {
    'glossary-panel': GlossaryPanel;
  }
}

import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { LocaleController, errorText, t } from '../i18n.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../state/review-api.ts';
import { ReviewSession } from '../state/review-session.ts';
import { buttons, focusRing } from '../styles/controls.ts';
import type { GlossaryChangeEvent } from './glossary-panel.ts';
import { saveBlob } from './review-download.ts';
import type { ReviewColumns, ReviewCorrectEvent } from './review-columns.ts';
import type { ReviewDismissEvent, ReviewJumpEvent } from './review-flags.ts';
import type { ReviewSubmitEvent } from './review-input.ts';
import './glossary-panel.ts';
import './review-columns.ts';
import './review-flags.ts';
import './review-input.ts';

const FORMAT_NAMES: Record<ExportFormat, string> = { xliff: 'XLIFF', tmx: 'TMX', tsv: 'TSV', html: 'HTML' };

/**
 * The review screen (`#/review`, `#/review/<id>`): the input for a source and its draft, then the
 * three aligned columns with their QA flags, the list of flags, the glossary and the exports. The
 * review's state lives in its own controller; a new review is saved and its address names it.
 *
 * @cssproperty --vv-content-width - the widest the screen gets
 */
export class ReviewView extends LitElement {
  static override properties = {
    reviewId: { type: Number, attribute: 'review-id' },
    exportError: { state: true },
  };

  /** The saved review the address names; undefined for a new one. */
  declare reviewId: number | undefined;
  declare exportError: string;

  private readonly review = new ReviewSession(this, { onSaved: (id) => (location.hash = `#/review/${id}`) });

  constructor() {
    super();
    new LocaleController(this);
    this.reviewId = undefined;
    this.exportError = '';
  }

  static override styles = [
    buttons,
    focusRing,
    css`
      :host {
        display: block;
        font-family: var(--vv-font-ui);
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--vv-space-s) var(--vv-space-m);
        margin-bottom: var(--vv-space-m);
      }
      h1 {
        font: 700 1.4rem/1.2 var(--vv-font-reading);
        margin: 0;
      }
      .summary {
        color: var(--vv-color-muted);
        font-size: var(--vv-text-s);
      }
      .spacer {
        flex: 1;
      }
      .exports {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--vv-space-xs);
      }
      .panels {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        align-items: start;
        gap: var(--vv-space-l);
        margin-bottom: var(--vv-space-l);
      }
      details {
        border: 1px solid var(--vv-color-line);
        border-radius: var(--vv-radius-m);
        padding: var(--vv-space-s) var(--vv-space-m);
        background: var(--vv-color-surface);
      }
      summary {
        cursor: pointer;
        font-weight: 600;
      }
      .notice {
        border-radius: var(--vv-radius-l);
        padding: 0.8rem 1.1rem;
        margin: 0 0 var(--vv-space-l);
        background: var(--vv-color-warning-bg);
        border: 1px solid var(--vv-color-warning-line);
        color: var(--vv-color-warning-ink);
      }
      .error {
        border-radius: var(--vv-radius-l);
        padding: 0.8rem 1.1rem;
        margin-bottom: var(--vv-space-l);
        background: var(--vv-color-danger-bg);
        border: 1px solid var(--vv-color-danger-line);
        color: var(--vv-color-danger-ink);
      }
      .below {
        margin-top: var(--vv-space-xl);
        max-width: 48rem;
      }
      @media (max-width: 900px) {
        .panels {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.review.loadGlossary();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('reviewId')) return;
    if (this.reviewId !== undefined) void this.review.open(this.reviewId);
    else if (this.review.id !== undefined) this.review.close();
  }

  private async exportAs(format: ExportFormat): Promise<void> {
    this.exportError = '';
    try {
      const file = await this.review.exportFile(format);
      saveBlob(file.name, file.blob);
    } catch (error) {
      const e = error as { code?: string; message?: string };
      this.exportError = t('review.exportFailed', { reason: errorText(e.code ?? 'NETWORK', e.message ?? String(error)) });
    }
  }

  private jump(event: ReviewJumpEvent): void {
    void this.renderRoot.querySelector<ReviewColumns>('review-columns')?.focusLink(event.detail.link, event.detail.column);
  }

  /** The glossary the QA uses, closed until wanted: beside the input (terms before a first run) and the results. */
  private glossaryPanel() {
    const review = this.review;
    return html`<details>
      <summary>${t('review.glossary.heading')} · ${t('review.glossary.count', { count: review.glossary.length })}</summary>
      <glossary-panel
        .terms=${review.glossary}
        .importer=${(text: string) => review.importGlossary(text)}
        .exporter=${() => review.exportGlossary()}
        @glossary-change=${(e: GlossaryChangeEvent) => void review.setGlossary(e.detail.terms)}
      ></glossary-panel>
    </details>`;
  }

  private results() {
    const review = this.review;
    const alignment = review.alignment!;
    const flags = review.visibleFlags;
    const count = (severity: string) => flags.filter((f) => f.severity === severity).length;
    return html`<div class="top">
        <h1>${t('review.heading')}</h1>
        <span class="summary" role="status">${review.status === 'checking' ? t('review.checking') : [t('review.links', { count: alignment.links.length }), t('review.errors', { count: count('error') }), t('review.warnings', { count: count('warning') })].join(' · ')}</span>
        <span class="spacer"></span>
        <div class="exports" role="group" aria-label=${t('review.export')}>
          <span>${t('review.export')}</span>
          ${EXPORT_FORMATS.map(
            (f) => html`<button class="button" title=${t('review.exportAs', { format: FORMAT_NAMES[f] })} @click=${() => void this.exportAs(f)}>${FORMAT_NAMES[f]}</button>`,
          )}
        </div>
        <a class="button" href="#/review" @click=${() => this.review.close()}>${t('review.newReview')}</a>
      </div>
      ${this.exportError ? html`<div class="error" role="alert">${this.exportError}</div>` : nothing}
      ${review.unsaved ? html`<p class="notice" role="status">${t('review.notSaved', { reason: errorText(review.unsaved.code, review.unsaved.message) })}</p>` : nothing}
      <div class="panels">
        <review-flags
          .flags=${flags}
          .dismissed=${review.dismissed.size}
          @review-jump=${this.jump}
          @review-dismiss=${(e: ReviewDismissEvent) => review.dismiss(e.detail.flag)}
          @review-restore=${() => review.restoreFlags()}
        ></review-flags>
        ${this.glossaryPanel()}
      </div>
      <review-columns
        .source=${review.source}
        .draft=${review.draft}
        .alignment=${alignment}
        .machine=${review.machine.lines}
        ?machineFailed=${review.machine.failed}
        .flags=${flags}
        .terms=${review.glossary}
        ?busy=${review.busy}
        @review-correct=${(e: ReviewCorrectEvent) => void review.correct(e.detail.action, e.detail.link)}
      ></review-columns>`;
  }

  override render() {
    const review = this.review;
    const error = review.error ? errorText(review.error.code, review.error.message) : '';
    return html`${error ? html`<div class="error" role="alert">${error}</div>` : nothing}
      ${review.alignment
        ? this.results()
        : html`<review-input
            .source=${review.source}
            .draft=${review.draft}
            ?busy=${review.busy}
            @review-submit=${(e: ReviewSubmitEvent) => void review.run(e.detail.source, e.detail.draft)}
          ></review-input>
          <div class="below">${this.glossaryPanel()}</div>`}`;
  }
}

customElements.define('review-view', ReviewView);

declare global {
  interface HTMLElementTagNameMap {
    'review-view': ReviewView;
  }
}

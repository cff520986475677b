import { LitElement, css, html, nothing } from 'lit';
import { seconds } from '../format.ts';
import { LocaleController, language, t } from '../i18n.ts';
import { progressTrack } from '../styles/controls.ts';

/**
 * How far the article's translation has come: a bar and "Translating: 3 of 22 sentences", then
 * how long it took ("1 phrase traduite en 0,3 s"). Renders nothing before the article is segmented.
 *
 * @csspart track - the progress bar
 * @cssproperty --vv-color-accent - the bar's fill
 * @cssproperty --vv-color-track - the bar's background
 */
export class ReadingProgress extends LitElement {
  static override properties = {
    translated: { type: Number },
    total: { type: Number },
    seconds: { type: Number },
  };

  declare translated: number;
  declare total: number;
  /** Set once the translation is done. */
  declare seconds: number | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.translated = 0;
    this.total = 0;
  }

  static override styles = [
    progressTrack,
    css`
      :host {
        display: block;
        font-family: var(--vv-font-ui);
      }
      .progress {
        display: flex;
        align-items: center;
        gap: 1rem;
        margin-bottom: var(--vv-space-s);
        font-size: var(--vv-text-s);
        color: var(--vv-color-muted);
      }
      .track {
        flex: 1;
      }
    `,
  ];

  override render() {
    if (this.total === 0) return nothing;
    const label =
      this.seconds === undefined
        ? t('reader.progress', { done: this.translated, count: this.total })
        : t('reader.done', { count: this.total, seconds: seconds(this.seconds, language()) });
    return html`<div class="progress">
      <div
        class="track"
        part="track"
        role="progressbar"
        aria-label=${label}
        aria-valuemin="0"
        aria-valuemax=${this.total}
        aria-valuenow=${this.translated}
      >
        <div class="fill" style="width: ${(100 * this.translated) / this.total}%"></div>
      </div>
      <span>${label}</span>
    </div>`;
  }
}

customElements.define('reading-progress', ReadingProgress);

declare global {
  interface HTMLElementTagNameMap {
    'reading-progress': ReadingProgress;
  }
}

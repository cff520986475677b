import { LitElement, css, html, nothing } from 'lit';
import type { DownloadProgress, ModelStatus } from '../../server/schemas.ts';
import { megabytes, percent, wholePercent } from '../format.ts';
import { LocaleController, language, t } from '../i18n.ts';
import { progressTrack } from '../styles/controls.ts';

/**
 * Says where the translation model stands when it is not ready: downloading (with a progress
 * bar), loading, missing (with the exact command to install it) or broken. Renders nothing when
 * the model is ready.
 *
 * @csspart banner - the banner box
 * @cssproperty --vv-color-info-bg - background while the model downloads or loads (and -line, -ink)
 * @cssproperty --vv-color-warning-bg - background when the model is missing or broken (and -line, -ink)
 * @cssproperty --vv-color-code-bg - background of the install command (and --vv-color-code-ink)
 */
export class ModelBanner extends LitElement {
  static override properties = { status: { attribute: false } };

  declare status: ModelStatus | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  static override styles = [
    progressTrack,
    css`
      :host {
        display: block;
        font-family: var(--vv-font-ui);
      }
      .banner {
        border-radius: var(--vv-radius-l);
        padding: var(--vv-space-m) 1.1rem;
        margin-bottom: var(--vv-space-l);
        line-height: 1.5;
      }
      .missing,
      .error {
        background: var(--vv-color-warning-bg);
        border: 1px solid var(--vv-color-warning-line);
        color: var(--vv-color-warning-ink);
      }
      .loading,
      .downloading {
        background: var(--vv-color-info-bg);
        border: 1px solid var(--vv-color-info-line);
        color: var(--vv-color-info-ink);
      }
      strong {
        display: block;
      }
      .share {
        font-variant-numeric: tabular-nums;
      }
      .track {
        margin: var(--vv-space-s) 0;
        background: var(--vv-color-surface);
      }
      .hint {
        margin: 0;
        font-size: var(--vv-text-s);
      }
      code {
        display: inline-block;
        max-width: 100%;
        box-sizing: border-box;
        overflow-wrap: anywhere;
        margin-top: 0.4rem;
        padding: 0.25rem var(--vv-space-s);
        border-radius: var(--vv-radius-s);
        background: var(--vv-color-code-bg);
        color: var(--vv-color-code-ink);
        font: 0.9rem var(--vv-font-mono);
        user-select: all;
      }
    `,
  ];

  private renderDownload(download: DownloadProgress | undefined) {
    const lang = language();
    const received = download?.received ?? 0;
    const total = download?.total ?? 0;
    // Until the hub has said how big the files are, the bar is indeterminate (no aria-valuenow).
    const share = total > 0 ? Math.min(1, received / total) : undefined;
    const text =
      share === undefined
        ? t('model.downloadReceived', { received: megabytes(received, lang) })
        : t('model.downloadShare', {
            percent: percent(share, lang),
            received: megabytes(received, lang, { unit: false }),
            total: megabytes(total, lang),
          });
    const now = share === undefined ? undefined : wholePercent(share);
    return html`<div class="banner downloading" part="banner" role="status">
      <strong>${t('model.downloading')} <span class="share">${text}</span></strong>
      <div
        class="track"
        role="progressbar"
        aria-label=${t('model.downloadLabel')}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${now ?? nothing}
        aria-valuetext=${text}
      >
        <div class="fill" style="width: ${now ?? 0}%"></div>
      </div>
      <p class="hint">${t('model.downloadHint')}</p>
    </div>`;
  }

  override render() {
    const status = this.status;
    if (!status || status.state === 'ready') return nothing;
    switch (status.state) {
      case 'downloading':
        return this.renderDownload(status.download);
      case 'loading':
        return html`<div class="banner loading" part="banner" role="status">${t('model.loading')}</div>`;
      case 'missing':
        return html`<div class="banner missing" part="banner" role="alert">
          <strong>${t('model.missingTitle')}</strong>
          ${status.error ? html`<p class="hint">${status.error}</p>` : nothing}
          ${t('model.missingBody')}<br /><code>${status.fix}</code>
        </div>`;
      case 'error':
        return html`<div class="banner error" part="banner" role="alert">${t('model.error', { message: status.error ?? '' })}</div>`;
    }
  }
}

customElements.define('model-banner', ModelBanner);

declare global {
  interface HTMLElementTagNameMap {
    'model-banner': ModelBanner;
  }
}

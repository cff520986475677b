import { LitElement, css, html } from 'lit';
import type { ModelStatus } from '../../server/schemas.ts';
import { LocaleController, t } from '../i18n.ts';

/**
 * Says when the translation model is missing (with the exact command to install it), loading,
 * or broken. Renders nothing when the model is ready.
 */
export class ModelBanner extends LitElement {
  static override properties = { status: { attribute: false } };

  declare status: ModelStatus | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
    }
    .banner {
      border-radius: 10px;
      padding: 0.9rem 1.1rem;
      margin-bottom: 1.2rem;
      line-height: 1.5;
    }
    .missing,
    .error {
      background: #fff4e5;
      border: 1px solid #f0c98a;
      color: #5a3d0c;
    }
    .loading {
      background: #eef3f8;
      border: 1px solid #c9d8e8;
      color: #23425f;
    }
    strong {
      display: block;
    }
    code {
      display: inline-block;
      margin-top: 0.4rem;
      padding: 0.25rem 0.6rem;
      border-radius: 6px;
      background: #1d1b18;
      color: #f5efe3;
      font: 0.9rem ui-monospace, 'DejaVu Sans Mono', monospace;
      user-select: all;
    }
  `;

  override render() {
    const status = this.status;
    if (!status || status.state === 'ready') return html``;
    if (status.state === 'missing') {
      return html`<div class="banner missing" role="alert">
        <strong>${t('model.missingTitle')}</strong>
        ${t('model.missingBody')}<br /><code>${status.fix}</code>
      </div>`;
    }
    if (status.state === 'loading') return html`<div class="banner loading" role="status">${t('model.loading')}</div>`;
    return html`<div class="banner error" role="alert">${t('model.error', { message: status.error ?? '' })}</div>`;
  }
}

customElements.define('model-banner', ModelBanner);

declare global {
  interface HTMLElementTagNameMap {
    'model-banner': ModelBanner;
  }
}

import { LitElement, css, html } from 'lit';
import { LANGUAGES, LocaleController, language, setLanguage, t } from '../i18n.ts';
import { focusRing, segmented } from '../styles/controls.ts';

/**
 * The interface language, EN or FR. The choice is global (i18next) and remembered, so it fires
 * no event: every element with a LocaleController re-renders.
 *
 * @csspart group - the button group
 * @cssproperty --vv-color-accent - background of the current language
 */
export class LanguageSwitch extends LitElement {
  constructor() {
    super();
    new LocaleController(this);
  }

  static override styles = [
    focusRing,
    segmented,
    css`
      :host {
        display: inline-block;
      }
    `,
  ];

  override render() {
    const current = language();
    return html`<div class="segmented" part="group" role="group" aria-label=${t('app.language')}>
      ${LANGUAGES.map(
        (l) => html`<button lang=${l} aria-pressed=${current === l} @click=${() => void setLanguage(l)}>${l.toUpperCase()}</button>`,
      )}
    </div>`;
  }
}

customElements.define('language-switch', LanguageSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'language-switch': LanguageSwitch;
  }
}

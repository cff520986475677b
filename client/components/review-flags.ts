import { LitElement, css, html, nothing } from 'lit';
import { LocaleController, t } from '../i18n.ts';
import type { Flag } from '../state/review-api.ts';
import { buttons, focusRing } from '../styles/controls.ts';
import type { Column } from './review-columns.ts';
import { flagText, severityIcon } from './review-flag-text.ts';

export type ReviewJumpEvent = CustomEvent<{ link: number; column: Column }>;
export type ReviewDismissEvent = CustomEvent<{ flag: Flag }>;
export type ReviewRestoreEvent = CustomEvent<null>;

declare global {
  interface GlobalEventHandlersEventMap {
    'review-jump': ReviewJumpEvent;
    'review-dismiss': ReviewDismissEvent;
    'review-restore': ReviewRestoreEvent;
  }
}

const options = { bubbles: true, composed: true } as const;

/**
 * The QA flags as a list, in link order: each says its severity (icon and word), rule and message
 * in the UI language, jumps to its link (scrolls to it and focuses the cell it is about), and can
 * be dismissed; dismissed flags can all be shown again.
 *
 * @fires review-jump - with the link (and column) a flag is about
 * @fires review-dismiss - with the flag to hide
 * @fires review-restore - to show every dismissed flag again
 */
export class ReviewFlags extends LitElement {
  static override properties = {
    flags: { attribute: false },
    dismissed: { type: Number },
  };

  declare flags: Flag[];
  /** How many flags of this review are dismissed. */
  declare dismissed: number;

  constructor() {
    super();
    new LocaleController(this);
    this.flags = [];
    this.dismissed = 0;
  }

  static override styles = [
    buttons,
    focusRing,
    css`
      :host {
        display: block;
        font-family: var(--vv-font-ui);
      }
      h2 {
        font-size: var(--vv-text-m);
        margin: 0 0 var(--vv-space-xs);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        max-height: 16rem;
        overflow-y: auto;
        border: 1px solid var(--vv-color-line);
        border-radius: var(--vv-radius-m);
        background: var(--vv-color-surface);
      }
      li {
        display: flex;
        align-items: center;
        gap: var(--vv-space-s);
        padding: var(--vv-space-xs) var(--vv-space-s);
        border-bottom: 1px solid var(--vv-color-line);
      }
      li:last-child {
        border-bottom: 0;
      }
      .jump {
        flex: 1;
        display: flex;
        gap: var(--vv-space-s);
        align-items: baseline;
        text-align: start;
        font: inherit;
        font-size: var(--vv-text-s);
        color: var(--vv-color-ink);
        background: none;
        border: 0;
        padding: var(--vv-space-2xs);
        cursor: pointer;
        border-radius: var(--vv-radius-s);
      }
      .jump:hover {
        background: var(--vv-color-hover);
      }
      .sev {
        font-weight: 700;
        white-space: nowrap;
        min-width: 6.5rem;
      }
      .error .sev {
        color: var(--vv-color-danger);
      }
      .warning .sev {
        color: var(--vv-color-warning-ink);
      }
      .info .sev {
        color: var(--vv-color-info-ink);
      }
      .where {
        color: var(--vv-color-muted);
        white-space: nowrap;
      }
      .button {
        min-height: 2rem;
        font-size: var(--vv-text-s);
      }
      .empty {
        color: var(--vv-color-subtle);
        font-size: var(--vv-text-s);
        margin: 0;
      }
      @media (max-width: 720px) {
        li {
          flex-wrap: wrap;
        }
        .sev {
          min-width: 0;
        }
        /* On a phone the page scrolls: a second scrolling box inside it would trap the thumb. */
        ul {
          max-height: none;
        }
        .jump {
          flex-wrap: wrap;
        }
      }
    `,
  ];

  private jump(flag: Flag): void {
    const column: Column = flag.draft ? 'draft' : 'source';
    this.dispatchEvent(new CustomEvent('review-jump', { detail: { link: flag.link, column }, ...options }));
  }

  override render() {
    const count = this.flags.length;
    return html`<h2 id="flags-heading">${t('review.flags')} · ${t('review.flagsCount', { count })}</h2>
      ${count === 0
        ? html`<p class="empty">${t('review.noFlags')}</p>`
        : html`<ul aria-labelledby="flags-heading">
            ${this.flags.map((f) => {
              const message = flagText(f);
              return html`<li class=${f.severity}>
                <button class="jump" title=${t('review.goTo', { n: f.link + 1 })} @click=${() => this.jump(f)}>
                  <span class="sev"><span aria-hidden="true">${severityIcon(f.severity)}</span> ${t(`review.severity.${f.severity}`)}</span>
                  <span class="where">${t('review.link', { n: f.link + 1 })} · ${t(`review.rules.${f.rule}`)}</span>
                  <span class="msg">${message}</span>
                </button>
                <button class="button" aria-label=${t('review.dismissLabel', { message })} @click=${() => this.dispatchEvent(new CustomEvent('review-dismiss', { detail: { flag: f }, ...options }))}>
                  ${t('review.dismiss')}
                </button>
              </li>`;
            })}
          </ul>`}
      ${this.dismissed > 0
        ? html`<p><button class="button" @click=${() => this.dispatchEvent(new CustomEvent('review-restore', { detail: null, ...options }))}>${t('review.restore', { count: this.dismissed })}</button></p>`
        : nothing}`;
  }
}

customElements.define('review-flags', ReviewFlags);

declare global {
  interface HTMLElementTagNameMap {
    'review-flags': ReviewFlags;
  }
}

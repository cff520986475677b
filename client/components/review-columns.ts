import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocaleController, language, t } from '../i18n.ts';
import type { Alignment, Flag, GlossaryTerm } from '../state/review-api.ts';
import { canDetach, canMerge, canSplit, canSplitLate, type Action, type Link } from '../state/review-links.ts';
import { pieces, termMarks, type Mark } from '../state/review-marks.ts';
import { focusRing, visuallyHidden } from '../styles/controls.ts';
import { reviewStyles } from '../styles/review.ts';
import { flagText, severityIcon } from './review-flag-text.ts';

export type Column = 'source' | 'draft' | 'machine';
const COLUMNS: readonly Column[] = ['source', 'draft', 'machine'];
const WHOLE = new Set<string>(['omission', 'addition']);

/** `link`: the index of the link in the alignment shown. */
export type ReviewCorrectEvent = CustomEvent<{ action: Action; link: number }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'review-correct': ReviewCorrectEvent;
  }
}

/**
 * The review's three columns, source · draft · machine, one row per link of the alignment: a 2-1
 * or 1-2 link is one row spanning its sentences, a 1-0 link shows a marked gap in the draft
 * column, a 0-1 link one in the source column. Each row's margin holds its QA flags (icon, rule
 * and severity: colour is never the only cue) and the buttons that correct it. Hovering or
 * focusing a cell lights its row's partners (by CSS alone, so a hover renders nothing) and
 * describes them to screen readers; ↑ ↓ move between links, ← → between columns. Each row renders
 * again only when what it shows changed.
 *
 * @fires review-correct - with the correction asked for: merge, split or detach, and the link
 * @cssproperty --vv-color-highlight - the partners of the hovered or focused cell
 */
export class ReviewColumns extends LitElement {
  static override properties = {
    source: { type: String },
    draft: { type: String },
    alignment: { attribute: false },
    machine: { attribute: false },
    machineFailed: { type: Boolean },
    flags: { attribute: false },
    terms: { attribute: false },
    busy: { type: Boolean },
    at: { state: true },
  };

  declare source: string;
  declare draft: string;
  declare alignment: Alignment | undefined;
  declare machine: (string | undefined)[];
  /** The machine translation is not coming (no model): its cells say so rather than wait. */
  declare machineFailed: boolean;
  declare flags: Flag[];
  declare terms: GlossaryTerm[];
  /** A QA run is under way: the corrections wait for it. */
  declare busy: boolean;
  /** The cell that takes Tab (roving tabindex). */
  declare at: { link: number; column: Column };

  static override styles = [focusRing, visuallyHidden, reviewStyles];

  constructor() {
    super();
    new LocaleController(this);
    this.source = '';
    this.draft = '';
    this.alignment = undefined;
    this.machine = [];
    this.machineFailed = false;
    this.flags = [];
    this.terms = [];
    this.busy = false;
    this.at = { link: 0, column: 'source' };
  }

  /** Scrolls a link's row into view and puts the keyboard on its cell in `column`. */
  async focusLink(link: number, column: Column = 'draft'): Promise<void> {
    this.at = { link, column };
    await this.updateComplete;
    const cell = this.renderRoot.querySelector<HTMLElement>(`#c-${link}-${column}`);
    cell?.scrollIntoView({ block: 'center', behavior: 'instant' });
    cell?.focus({ preventScroll: true });
  }

  /** Terms and flagged stretches of either text, and the flags of each link: worked out once per change. */
  private marked: { source: Mark[]; draft: Mark[] } = { source: [], draft: [] };
  private byLink = new Map<number, Flag[]>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source') || changed.has('draft') || changed.has('flags') || changed.has('terms')) {
      this.marked = { source: this.marks('source', this.source), draft: this.marks('draft', this.draft) };
      this.byLink = new Map();
      for (const f of this.flags) this.byLink.set(f.link, [...(this.byLink.get(f.link) ?? []), f]);
    }
  }

  private marks(side: 'source' | 'draft', text: string): Mark[] {
    const terms = termMarks(text, this.terms, side === 'source' ? 'source' : 'target');
    // A whole missing or added sentence is drawn by its gap, not underlined.
    const flagged = this.flags.flatMap((f) => (f[side] && !WHOLE.has(f.rule) ? [{ ...f[side], kind: 'flag' as const, title: flagText(f) }] : []));
    return [...terms, ...flagged];
  }

  private text(text: string, start: number, end: number, marks: Mark[]): unknown[] {
    return pieces(text, start, end, marks).map((p) =>
      typeof p === 'string' ? p : p.kind === 'term' ? html`<mark class="term" title=${p.title ?? nothing}>${p.text}</mark>` : html`<mark class="flagged" title=${p.title ?? nothing}>${p.text}</mark>`,
    );
  }

  private cell(link: Link, index: number, column: Column, marks: { source: Mark[]; draft: Mark[] }): TemplateResult {
    const id = `c-${index}-${column}`;
    const partners = COLUMNS.filter((c) => c !== column).map((c) => `c-${index}-${c}`).join(' ');
    const tab = this.at.link === index && this.at.column === column ? 0 : -1;
    const label = t(`review.${column}`);
    const attrs = { id, partners, tab, label, column };
    if (column === 'machine') {
      const lines = link.source.map((s) => this.machine[s]);
      const body = link.source.length === 0 ? html`<span class="none">—</span>` : lines.map((m) => (m === undefined ? html`<span class="none">${this.machineFailed ? t('review.machineNone') : t('review.machinePending')}</span> ` : html`<span>${m}</span> `));
      return this.cellBox(attrs, 'en', body);
    }
    const side = column === 'source' ? link.source : link.draft;
    const spans = column === 'source' ? this.alignment!.source : this.alignment!.draft;
    const text = column === 'source' ? this.source : this.draft;
    if (side.length === 0) {
      const gap = column === 'draft' ? t('review.omission') : t('review.addition');
      return this.cellBox(attrs, column === 'source' ? 'fr' : 'en', html`<span class="gap-mark"><span aria-hidden="true">${column === 'draft' ? '⌀' : '+'}</span> ${gap}</span>`, 'gap');
    }
    const body = side.map((s) => html`<span class="s">${this.text(text, spans[s]!.start, spans[s]!.end, marks[column])}</span> `);
    return this.cellBox(attrs, column === 'source' ? 'fr' : 'en', body);
  }

  private cellBox(a: { id: string; partners: string; tab: number; label: string; column: Column }, lang: string, body: unknown, extra = ''): TemplateResult {
    return html`<div class="cell ${a.column} ${extra}" id=${a.id} data-label=${a.label} lang=${lang} tabindex=${a.tab} aria-describedby=${a.partners}>${body}</div>`;
  }

  private margin(link: Link, index: number, flags: Flag[], links: readonly Link[]): TemplateResult {
    const n = index + 1;
    const act = (action: Action, glyph: string, label: string, enabled: boolean) =>
      html`<button class="act" aria-label=${label} title=${label} ?disabled=${!enabled || this.busy} @click=${() => this.correct(action, index)}>
        <span aria-hidden="true">${glyph}</span>
      </button>`;
    return html`<div class="margin">
      <span class="num">${n}<span class="shape">${link.source.length}-${link.draft.length}</span></span>
      <span class="badges">
        ${flags.map(
          (f) => html`<span class="badge ${f.severity}" title=${flagText(f)}
            ><span aria-hidden="true">${severityIcon(f.severity)}</span><span class="visually-hidden">${t(`review.severity.${f.severity}`)}:</span> ${t(`review.rules.${f.rule}`)}</span
          >`,
        )}
      </span>
      <span class="acts" role="group" aria-label=${t('review.actions', { n })}>
        ${act('merge', '⤓', t('review.merge', { n }), canMerge(links, index))} ${act('split', '✂', t('review.split', { n }), canSplit(link))}
        ${canSplitLate(link) ? act('split-late', '✂↓', t('review.splitLate', { n }), true) : nothing} ${act('detach', '⇹', t('review.detach', { n }), canDetach(link))}
      </span>
    </div>`;
  }

  private correct(action: Action, link: number): void {
    this.dispatchEvent(new CustomEvent('review-correct', { detail: { action, link }, bubbles: true, composed: true }));
  }

  private onKeydown(event: KeyboardEvent): void {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('.cell');
    const links = this.alignment?.links.length ?? 0;
    if (!cell || !links || event.altKey || event.ctrlKey || event.metaKey) return;
    const { link, column } = this.at;
    const col = COLUMNS.indexOf(column);
    const moves: Record<string, [number, number]> = {
      ArrowDown: [link + 1, col],
      ArrowUp: [link - 1, col],
      ArrowLeft: [link, col - 1],
      ArrowRight: [link, col + 1],
      Home: [0, col],
      End: [links - 1, col],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    void this.focusLink(Math.min(links - 1, Math.max(0, move[0])), COLUMNS[Math.min(2, Math.max(0, move[1]))]!);
  }

  private onFocusin(event: FocusEvent): void {
    const id = (event.target as HTMLElement).closest<HTMLElement>('.cell')?.id;
    const match = id ? /^c-(\d+)-(source|draft|machine)$/.exec(id) : null;
    if (!match) return;
    const at = { link: Number(match[1]), column: match[2] as Column };
    if (at.link !== this.at.link || at.column !== this.at.column) this.at = at;
  }

  private row(link: Link, i: number, links: readonly Link[]): TemplateResult {
    const flags = this.byLink.get(i) ?? [];
    const worst = flags.some((f) => f.severity === 'error') ? 'error' : (flags[0]?.severity ?? '');
    const kind = link.source.length === 0 ? 'addition' : link.draft.length === 0 ? 'omission' : '';
    return html`<div class="row ${kind} ${worst}" role="listitem" data-link=${i} aria-label=${t('review.link', { n: i + 1 })}>
      ${this.margin(link, i, flags, links)} ${COLUMNS.map((c) => this.cell(link, i, c, this.marked))}
    </div>`;
  }

  override render() {
    const alignment = this.alignment;
    if (!alignment) return nothing;
    const links = alignment.links;
    const state = [this.marked, this.byLink, language(), this.busy, this.machineFailed, links.length];
    return html`<p class="hint">${t('review.keys')}</p>
      <div class="heads" aria-hidden="true"><span></span><span>${t('review.source')}</span><span>${t('review.draft')}</span><span>${t('review.machine')}</span></div>
      <div class="rows" role="list" aria-label=${t('review.table')} @keydown=${this.onKeydown} @focusin=${this.onFocusin}>
        ${repeat(
          links,
          (link) => `${link.source.join(',')}|${link.draft.join(',')}`,
          (link, i) => {
            const tab = this.at.link === i ? this.at.column : '';
            const machine = link.source.map((s) => this.machine[s] ?? '\u0000').join('\u0001');
            return guard([link, i, tab, machine, ...state], () => this.row(link, i, links));
          },
        )}
      </div>`;
  }
}

customElements.define('review-columns', ReviewColumns);

declare global {
  interface HTMLElementTagNameMap {
    'review-columns': ReviewColumns;
  }
}

import { LitElement, html, type PropertyValues } from 'lit';
import { positionChange } from '../events.ts';
import { LocaleController, language, t } from '../i18n.ts';
import { paragraphOf, sentenceKeys, type ReaderParagraph } from '../reader-model.ts';
import { reveal } from '../reveal.ts';
import type { WordView } from '../state/word-view.ts';
import { readerStyles } from '../styles/reader.ts';
import { wordColors, wordStyles } from '../styles/words.ts';
import { BLOCK, rows, type RowMode, type Side } from './reader-rows.ts';
import { ReaderWords } from './reader-words.ts';

export type Layout = 'side' | 'interleaved';

/**
 * Paragraphs rendered first, then added once per frame: a 150 KB article appears in slices whose
 * render and layout each stay far below a long task (chunks added between two frames would be
 * laid out together).
 */
const CHUNK = 2 * BLOCK;
/** What the reader does that means "I am moving now": a resumed position stops holding still. */
const USER_MOVES = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
/** Below this width the columns are too narrow to read: the pairs stack. */
const NARROW = '(max-width: 720px)';

/** Where to put the keyboard when an article opens: the index of a sentence in document order. */
export interface ReaderStart {
  position: number;
}

/**
 * The aligned reader: side by side (each paragraph one row, French and English level) or in
 * pairs (each French sentence with its English right below: the interleaved layout, a narrow
 * screen, never in print). Hover lights a pair without moving the keyboard; focus, ↑ ↓ / j k,
 * Home / End move it, ← → cross to the other language, and the pair is scrolled fully into view.
 * Given `words`, the French words are spans coloured by status: Enter on a French sentence goes
 * into its words, ← → move between them, Enter or a click opens one. With one side hidden, a
 * click, a tap or Enter on the sentence reveals its pair until the keyboard leaves it.
 *
 * @fires position-change - with the index of the sentence the keyboard moved to
 * @fires word-open - with the sentence's key and the word's start, on a click or Enter
 * @fires sentence-reveal - with the key of the hidden pair shown on purpose
 * @fires paragraphs-visible - in gloss mode, the paragraphs that came on screen
 * @cssproperty --reader-highlight - background of the focused pair (default --vv-color-highlight)
 * @cssproperty --reader-highlight-edge - underline of the focused pair (default --vv-color-highlight-edge)
 * @cssproperty --vv-font-reading - the article's typeface
 */
export class AlignedReader extends LitElement {
  static override properties = {
    paragraphs: { attribute: false },
    layout: { type: String },
    hide: { type: String },
    active: { type: String, reflect: true },
    start: { attribute: false },
    side: { state: true },
    hovered: { state: true },
    limit: { state: true },
    narrow: { state: true },
    printing: { state: true },
    words: { attribute: false },
    glossing: { type: Boolean },
    word: { state: true },
    revealed: { state: true },
  };

  declare paragraphs: ReaderParagraph[];
  declare layout: Layout;
  /** One side blurred, for practice: a click, a tap or Enter reveals a pair until the reader leaves it. */
  declare hide: 'english' | 'french' | 'none';
  /** Key of the keyboard's pair, `paragraph:sentence`. */
  declare active: string;
  /** Set a new object to move the keyboard there once its sentence is on the page. */
  declare start: ReaderStart | undefined;
  declare side: Side;
  declare hovered: string;
  declare limit: number;
  declare narrow: boolean;
  declare printing: boolean;
  declare words: WordView | undefined;
  /** Gloss mode: small English above the words still to learn; tells which paragraphs are on screen. */
  declare glossing: boolean;
  /** The keyboard's word in the active sentence, `key@start`, or ''. */
  declare word: string;
  declare revealed: string;

  static override styles = [readerStyles, wordColors, wordStyles];

  private keys: string[] = [];
  private startApplied: ReaderStart | undefined;
  /**
   * The resumed sentence, held just below the header while the rows above it render and fill
   * with English (their heights change), until the reader scrolls, clicks or types.
   */
  private held = '';
  private readonly release = (): void => void (this.held = '');
  private readonly resizes = new ResizeObserver(() => {
    if (this.held) this.revealPair(this.held, true);
  });
  private frame = 0;
  private readonly wordKeys = new ReaderWords(this, (key) => this.moveTo(key, 'fr'));
  private chunkTimer: ReturnType<typeof setTimeout> | undefined;
  private chunkFrame = 0;
  private readonly narrowQuery = matchMedia(NARROW);
  private readonly printQuery = matchMedia('print');
  private readonly onMedia = (): void => {
    this.narrow = this.narrowQuery.matches;
    this.printing = this.printQuery.matches;
    // The printed page holds the whole article, not the part rendered so far.
    if (this.printing) this.limit = this.paragraphs.length;
  };

  constructor() {
    super();
    new LocaleController(this);
    this.paragraphs = [];
    this.layout = 'side';
    this.hide = 'none';
    this.active = '';
    this.side = 'fr';
    this.hovered = '';
    this.limit = CHUNK;
    this.narrow = this.narrowQuery.matches;
    this.printing = false;
    this.words = undefined;
    this.glossing = false;
    this.word = '';
    this.revealed = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.narrowQuery.addEventListener('change', this.onMedia);
    this.printQuery.addEventListener('change', this.onMedia);
    window.addEventListener('beforeprint', this.onMedia);
    for (const type of USER_MOVES) window.addEventListener(type, this.release, { capture: true, passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.narrowQuery.removeEventListener('change', this.onMedia);
    this.printQuery.removeEventListener('change', this.onMedia);
    window.removeEventListener('beforeprint', this.onMedia);
    for (const type of USER_MOVES) window.removeEventListener(type, this.release, { capture: true });
    this.resizes.disconnect();
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.chunkFrame);
    clearTimeout(this.chunkTimer);
  }

  get mode(): RowMode {
    return !this.printing && (this.narrow || this.layout === 'interleaved') ? 'pairs' : 'side';
  }

  /** Translations streaming in render at most once per frame; anything else renders at once. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const old = changed.get('paragraphs') as ReaderParagraph[] | undefined;
    const sameShape = old !== undefined && old.length === this.paragraphs.length && old.length > 0;
    if (this.hasUpdated && changed.size === 1 && sameShape) {
      if (!this.frame) this.frame = requestAnimationFrame(() => ((this.frame = 0), this.requestUpdate()));
      return false;
    }
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Every render: a render held back by shouldUpdate arrives without `paragraphs` in `changed`.
    this.keys = sentenceKeys(this.paragraphs);
    // A new article (after the empty list a new reading starts with) renders from its first block again.
    if (changed.has('paragraphs') && !(changed.get('paragraphs') as ReaderParagraph[] | undefined)?.length) this.limit = CHUNK;
    if (this.active && !this.keys.includes(this.active)) this.active = '';
    // Leaving a sentence hides it again, and leaves its words.
    if (this.revealed && this.revealed !== this.active) this.revealed = '';
    if (this.word && !this.word.startsWith(`${this.active}@`)) this.word = '';
  }

  protected override firstUpdated(): void {
    this.resizes.observe(this.renderRoot.querySelector('article')!);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('active') && this.active) this.dispatchEvent(positionChange(this.keys.indexOf(this.active)));
    if (this.start && this.start !== this.startApplied && this.keys.length > 0) {
      this.startApplied = this.start;
      const key = this.keys[Math.min(this.start.position, this.keys.length - 1)]!;
      // After the first paint: focus() would otherwise lay the new rows out inside this task.
      // At the top of a new article the page header stays in view; further down, the sentence goes to the top.
      const hold = this.start.position > 0;
      requestAnimationFrame(() => setTimeout(() => void this.moveTo(key, 'fr', { hold }), 0));
    }
    clearTimeout(this.chunkTimer);
    cancelAnimationFrame(this.chunkFrame);
    if (this.limit < this.paragraphs.length) {
      this.chunkFrame = requestAnimationFrame(() => (this.chunkTimer = setTimeout(() => (this.limit += CHUNK), 0)));
    }
  }

  /**
   * Moves the keyboard to a sentence: renders it if not yet, focuses it, scrolls its pair into
   * view; `hold` puts it just below the header and keeps it there while the page settles.
   */
  private async moveTo(key: string, side: Side, { hold = false } = {}): Promise<void> {
    this.limit = Math.max(this.limit, paragraphOf(key) + CHUNK);
    this.active = key;
    this.side = side;
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`.s[data-key="${key}"][data-side="${side}"]`);
    target?.focus({ preventScroll: true });
    this.held = hold ? key : '';
    this.revealPair(key, hold);
  }

  private revealPair(key: string, top: boolean): void {
    reveal([...this.renderRoot.querySelectorAll(`.s[data-key="${key}"]`)], this.renderRoot.querySelector('.heads'), { top });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || !this.keys.length) return;
    if (this.wordKeys.keydown(event)) return;
    const found = this.keys.indexOf(this.active);
    // Before the first move, down and up both start at the top.
    const at = found === -1 ? 0 : found;
    const step = found === -1 ? 0 : 1;
    const last = this.keys.length - 1;
    const moves: Record<string, [number, Side]> = {
      ArrowDown: [at + step, this.side],
      j: [at + step, this.side],
      ArrowUp: [at - step, this.side],
      k: [at - step, this.side],
      Home: [0, this.side],
      End: [last, this.side],
      ArrowLeft: [at, 'fr'],
      ArrowRight: [at, 'en'],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    void this.moveTo(this.keys[Math.min(last, Math.max(0, move[0]))]!, move[1]);
  }

  /** Puts the keyboard on a word of the French: where focus returns when the word panel closes. */
  focusWord(key: string, start: number): Promise<void> {
    return this.wordKeys.focusWord(key, start);
  }

  /** Focus from a click or Tab moves the keyboard position; the mouse alone only hovers. */
  private onFocusin(event: FocusEvent): void {
    const target = (event.target as HTMLElement).closest<HTMLElement>('.s');
    if (!target?.dataset.key) return;
    this.active = target.dataset.key;
    this.side = target.dataset.side === 'en' ? 'en' : 'fr';
  }

  private onMouseover(event: MouseEvent): void {
    const key = (event.target as HTMLElement).closest<HTMLElement>('.s')?.dataset.key;
    if (key !== undefined && key !== this.hovered) this.hovered = key;
  }

  override render() {
    const mode = this.mode;
    // Tab lands on the keyboard's sentence, or the first one before the reader has moved.
    const tab = this.active || this.keys[0] || '';
    const labels = { pending: t('reader.pending'), untranslated: t('reader.untranslated') };
    const words = { words: this.words, glossing: this.glossing && this.words !== undefined, revealed: this.revealed };
    const state = { mode, active: this.active, tab, side: this.side, hovered: this.hovered, lang: language(), labels, ...words };
    return html`
      ${mode === 'side' ? html`<div class="heads" aria-hidden="true"><span>${t('reader.french')}</span><span>${t('reader.english')}</span></div>` : ''}
      <article
        class=${this.hide === 'english' ? `${mode} hide-en` : this.hide === 'french' ? `${mode} hide-fr` : mode}
        aria-label=${t('reader.article')}
        @keydown=${this.onKeydown}
        @focusin=${this.onFocusin}
        @click=${(e: MouseEvent) => this.wordKeys.click(e)}
        @mouseover=${this.onMouseover}
        @mouseleave=${() => (this.hovered = '')}
      >
        ${rows(this.paragraphs, this.limit, state)}
      </article>
    `;
  }
}

customElements.define('aligned-reader', AlignedReader);

declare global {
  interface HTMLElementTagNameMap {
    'aligned-reader': AlignedReader;
  }
}

/**
 * The aligned reader's French words, as a controller of the reader: ← → walk the words of the
 * sentence in focus, Enter or a click opens one, Enter or a click on a hidden pair reveals it, and
 * in gloss mode the rows coming on screen are reported (their words' glosses are asked for then).
 *
 * @example this.wordKeys = new ReaderWords(this, (key) => this.moveTo(key, 'fr'));
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { paragraphsVisible, sentenceReveal, wordOpen, type Hidden } from '../state/word-events.ts';
import { glossKey } from '../state/word-view.ts';

/** What the controller reads and moves on its reader. */
/** Where the word panel is a bottom sheet (as in its styles). */
const SHEET = '(max-width: 720px)';

export interface WordsHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  active: string;
  word: string;
  revealed: string;
  hide: Hidden;
  glossing: boolean;
  side: 'fr' | 'en';
}

export class ReaderWords implements ReactiveController {
  /** Rows on screen, for gloss mode (only while it is on). */
  private visible: IntersectionObserver | undefined;
  private readonly watched = new WeakSet<Element>();

  constructor(
    private readonly host: WordsHost,
    private readonly moveTo: (key: string) => Promise<void>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.watchRows();
  }

  hostDisconnected(): void {
    this.visible?.disconnect();
    this.visible = undefined;
  }

  /**
   * Enter on a French sentence goes into its words (and reveals a hidden pair); on a word, ← → move
   * between words, ← from the first goes back to the sentence, → from the last crosses to the
   * English as → on the sentence does. False when the key is the reader's to handle.
   */
  keydown(event: KeyboardEvent): boolean {
    if (event.key === 'Enter') return this.enter(event);
    const arrow = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
    if (!arrow || !(event.target as HTMLElement).classList.contains('w') || !this.step(event.key === 'ArrowRight' ? 1 : -1)) return false;
    event.preventDefault();
    return true;
  }

  /** A click on a word opens it; anywhere else on a hidden pair reveals it (the click's focus made it active already). */
  click(event: MouseEvent): void {
    const key = (event.target as HTMLElement).closest<HTMLElement>('.s')?.dataset.key;
    if (!key) return;
    const word = (event.target as HTMLElement).closest<HTMLElement>('.w');
    if (word && !this.frenchHidden()) {
      this.host.word = glossKey(key, Number(word.dataset.start));
      this.open(key, word, false);
    } else this.reveal(key);
  }

  /**
   * Opens a word, with the panel in the half of the screen the word is not in; on a phone the
   * panel is a bottom sheet, so the word scrolls up above it.
   */
  private open(key: string, word: HTMLElement, keyboard: boolean): void {
    const box = word.getBoundingClientRect();
    const sheet = matchMedia(SHEET).matches;
    this.host.dispatchEvent(wordOpen(key, Number(word.dataset.start), !sheet && box.top < innerHeight / 2 ? 'bottom' : 'top', keyboard));
    // After the frame that opens the sheet (and the room below the article to scroll into).
    if (sheet && box.bottom > innerHeight * 0.4) requestAnimationFrame(() => scrollBy({ top: word.getBoundingClientRect().top - innerHeight * 0.15 }));
  }

  /** Puts the keyboard on a word (when the word panel closes, focus comes back to its word). */
  async focusWord(key: string, start: number): Promise<void> {
    if (this.host.active !== key) await this.moveTo(key);
    this.host.word = glossKey(key, start);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`.s.fr[data-key="${key}"] .w[data-start="${start}"]`)?.focus({ preventScroll: true });
  }

  /** The active sentence's words, in order. */
  private words(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>(`.s.fr[data-key="${this.host.active}"] .w`)];
  }

  /** Moves one word along the active sentence; false past the last word (→ then crosses to the English). */
  private step(direction: 1 | -1): boolean {
    const { active } = this.host;
    const words = this.words();
    const at = words.findIndex((w) => glossKey(active, Number(w.dataset.start)) === this.host.word);
    const target = words[at + direction];
    if (target) void this.focusWord(active, Number(target.dataset.start));
    else if (direction === 1) return false;
    else {
      this.host.word = '';
      this.host.renderRoot.querySelector<HTMLElement>(`.s.fr[data-key="${active}"]`)?.focus({ preventScroll: true });
    }
    return true;
  }

  private enter(event: KeyboardEvent): boolean {
    const target = (event.target as HTMLElement).closest<HTMLElement>('.w, .s');
    const { active } = this.host;
    if (!target || !active) return false;
    event.preventDefault();
    if (target.classList.contains('w') && !this.frenchHidden()) {
      this.open(active, target, true);
      return true;
    }
    this.reveal(active);
    const first = target.classList.contains('fr') ? this.words()[0] : undefined;
    if (first) void this.focusWord(active, Number(first.dataset.start));
    return true;
  }

  /** The French is hidden and this pair not revealed: its words cannot be read yet, so the first click reveals. */
  private frenchHidden(): boolean {
    return this.host.hide === 'french' && this.host.revealed !== this.host.active;
  }

  private reveal(key: string): void {
    if (this.host.hide === 'none' || this.host.revealed === key) return;
    this.host.revealed = key;
    this.host.dispatchEvent(sentenceReveal(key));
  }

  private watchRows(): void {
    if (!this.host.glossing) {
      this.visible?.disconnect();
      this.visible = undefined;
      return;
    }
    this.visible ??= new IntersectionObserver(
      (entries) => {
        const shown = entries.filter((e) => e.isIntersecting).map((e) => Number((e.target as HTMLElement).dataset.paragraph));
        if (shown.length) this.host.dispatchEvent(paragraphsVisible(shown));
      },
      { rootMargin: '50% 0px' },
    );
    for (const row of this.host.renderRoot.querySelectorAll('.row')) {
      if (this.watched.has(row)) continue;
      this.watched.add(row);
      this.visible.observe(row);
    }
  }
}

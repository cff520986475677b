/**
 * Remembers where the reader is in a document: the focused sentence's index goes to the server
 * once the reader settles (debounced), and whatever is still waiting goes as the page hides, in a
 * request that outlives the page (fetch keepalive).
 *
 * @example
 * const saver = new PositionSaver();
 * saver.move(5, 12);        // sent after POSITION_DEBOUNCE_MS without another move
 * saver.flush({ keepalive: true }); // on pagehide
 */
import { savePosition } from '../api.ts';

/** Walking down with j sends one request when the walk stops, not one per sentence. */
export const POSITION_DEBOUNCE_MS = 1000;

export type SavePosition = (id: number, position: number, options: { keepalive: boolean }) => Promise<void>;

export class PositionSaver {
  private pending: { id: number; position: number } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What the server has (or was last sent), per document, so a repeat sends nothing. */
  private readonly saved = new Map<number, number>();

  constructor(
    private readonly save: SavePosition = savePosition,
    private readonly delayMs = POSITION_DEBOUNCE_MS,
  ) {}

  /** The last position of a document this page moved to, sent or not; undefined if none. */
  last(id: number): number | undefined {
    return this.pending?.id === id ? this.pending.position : this.saved.get(id);
  }

  /** What the server already holds: a move back to it sends nothing. */
  known(id: number, position: number): void {
    this.saved.set(id, position);
  }

  move(id: number, position: number): void {
    if (this.pending && this.pending.id !== id) this.flush();
    clearTimeout(this.timer);
    if (this.saved.get(id) === position) {
      this.pending = undefined;
      return;
    }
    this.pending = { id, position };
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Sends what waits now. A failed save is forgotten: the next move sends a newer position anyway. */
  flush({ keepalive = false } = {}): void {
    clearTimeout(this.timer);
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return;
    this.saved.set(pending.id, pending.position);
    this.save(pending.id, pending.position, { keepalive }).catch(() => this.saved.delete(pending.id));
  }
}

/**
 * A bounded number of texts translating or waiting at once. A text past the bound is refused at
 * once with an estimate of when a place frees up, rather than waiting without end.
 *
 * @example const place = admission.admit(); try { … } finally { place.release(); }
 */
import { QueueFullError } from '../errors.ts';

export interface Place {
  release(): void;
}

export class Admission {
  private taken = 0;
  /** How long a text holds its place, smoothed; a first guess until one has finished. */
  private averageMs = 2000;

  constructor(readonly max: number) {}

  get inUse(): number {
    return this.taken;
  }

  /** Takes a place now, or throws QueueFullError with a Retry-After estimate. */
  admit(): Place {
    if (this.taken >= this.max) {
      // The texts ahead share the model batch by batch: the first frees its place after about
      // its own time multiplied by how many share with it.
      throw new QueueFullError(Math.max(1, Math.ceil((this.averageMs * this.taken) / this.max / 1000)), this.max);
    }
    this.taken += 1;
    const started = performance.now();
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.taken -= 1;
        this.averageMs = 0.8 * this.averageMs + 0.2 * (performance.now() - started);
      },
    };
  }
}

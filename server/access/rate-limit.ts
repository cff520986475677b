/**
 * Per-key rate limits: requests and characters of text a minute, in fixed one-minute windows that
 * start at a key's first request. Only configured keys have buckets, so memory stays bounded.
 *
 * @example
 * const limiter = new RateLimiter({ requests: 2, chars: 0 });
 * limiter.admit(0); limiter.admit(0);
 * limiter.admit(0); // throws RateLimitedError (Retry-After: the seconds left in the minute)
 */
import { RateLimitedError } from '../errors.ts';

export interface RateLimits {
  /** Requests a key may make a minute; 0: no limit. */
  requests: number;
  /** Characters of text a key may send a minute; 0: no limit. */
  chars: number;
}

interface Window {
  start: number;
  requests: number;
  chars: number;
}

export const WINDOW_MS = 60_000;

export class RateLimiter {
  readonly #windows = new Map<number, Window>();

  constructor(
    readonly limits: RateLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request of key `id`, or refuses it when the key has made its requests this minute. */
  admit(id: number): void {
    const window = this.#window(id);
    if (this.limits.requests > 0 && window.requests >= this.limits.requests) {
      throw new RateLimitedError(this.#secondsLeft(window), `${this.limits.requests} requests a minute`);
    }
    window.requests++;
  }

  /** Counts `chars` characters of text of key `id`, or refuses them when they would pass the limit. */
  charge(id: number, chars: number): void {
    const window = this.#window(id);
    if (this.limits.chars > 0 && window.chars + chars > this.limits.chars) {
      throw new RateLimitedError(this.#secondsLeft(window), `${this.limits.chars} characters of text a minute`);
    }
    window.chars += chars;
  }

  #window(id: number): Window {
    const now = this.now();
    const current = this.#windows.get(id);
    if (current && now - current.start < WINDOW_MS) return current;
    const fresh = { start: now, requests: 0, chars: 0 };
    this.#windows.set(id, fresh);
    return fresh;
  }

  #secondsLeft(window: Window): number {
    return Math.max(1, Math.ceil((window.start + WINDOW_MS - this.now()) / 1000));
  }
}

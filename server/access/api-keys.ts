/**
 * The API keys a shared server accepts. A key is compared as a SHA-256 digest with
 * `timingSafeEqual`, against every key in turn, so neither its length nor how much of it matches
 * nor which key it is shows in the time an answer takes.
 *
 * @example
 * const keys = new ApiKeys(['k-alpha', 'k-beta']);
 * keys.match('k-beta'); // 1
 * keys.match('k-gamma'); // undefined
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

export class ApiKeys {
  readonly #digests: readonly Buffer[];

  constructor(keys: readonly string[]) {
    this.#digests = keys.map(digest);
  }

  /** Whether requests must carry a key: only when some are configured. */
  get required(): boolean {
    return this.#digests.length > 0;
  }

  /** The index of the key `candidate` is, or undefined; the index names its rate-limit bucket. */
  match(candidate: string | undefined): number | undefined {
    if (candidate === undefined || candidate === '') return undefined;
    const presented = digest(candidate);
    let found: number | undefined;
    // No early exit: the time taken does not depend on which key matched.
    this.#digests.forEach((known, index) => {
      if (timingSafeEqual(known, presented) && found === undefined) found = index;
    });
    return found;
  }
}

/**
 * The key of an `Authorization: Bearer <key>` header, or undefined.
 *
 * @example bearerToken('Bearer abc') // 'abc'
 */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * A store write whose refusal by the disk (full, read-only, failing) becomes a typed STORAGE_FULL,
 * as the library does (library-service.ts), so the client can say so and nothing is half saved.
 *
 * @example const row = written(() => store.insert(fields));
 */
import { StorageFullError } from '../errors.ts';

/** SQLite's codes for a disk that refuses writes. */
const REFUSED = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN)/;

export function written<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (REFUSED.test((error as { code?: string }).code ?? '')) throw new StorageFullError(error);
    throw error;
  }
}

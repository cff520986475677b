/**
 * Files beside the project in `../shared/` (the reference article, evaluation pages): there where
 * the project is developed, absent from a user's clone. A suite that needs one is skipped and says
 * why, rather than passing on nothing or on a stand-in.
 *
 * @example describe.skipIf(missingShared(EVAL_HTML, 'real news pages'))('real news pages', () => { … });
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A path inside `../shared/`. */
export function sharedPath(relative: string): string {
  return fileURLToPath(new URL(`../../../shared/${relative}`, import.meta.url));
}

/** True when `path` is absent, after one warning naming the suite skipped and the missing path. */
export function missingShared(path: string, suite: string): boolean {
  if (existsSync(path)) return false;
  console.warn(`Skipped "${suite}": ${path} is missing (../shared/ lies beside the project where it is developed, not in a clone).`);
  return true;
}

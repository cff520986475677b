/** The reference article beside the project (`../shared/samples/`); absent from a user's clone. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const path = fileURLToPath(new URL('../../../shared/samples/epoch-times-espions-2021-06-03.txt', import.meta.url));

export const hasSample = existsSync(path);

export function readSample(): string {
  return readFileSync(path, 'utf8');
}

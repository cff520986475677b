/** The reference article beside the project (`../shared/samples/`); absent from a user's clone. */
import { existsSync, readFileSync } from 'node:fs';
import { sharedPath } from './shared.ts';

export const SAMPLE_PATH = sharedPath('samples/epoch-times-espions-2021-06-03.txt');

/** Whether the article is there. A suite that needs it skips with `missingShared(SAMPLE_PATH, …)`. */
export const hasSample = existsSync(SAMPLE_PATH);

export function readSample(): string {
  return readFileSync(SAMPLE_PATH, 'utf8');
}

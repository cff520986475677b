/** The committed tiny Marian model (tests/fixtures/models/visavis/marian-tiny). */
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../../server/config.ts';

export const TINY_MODELS_DIR = fileURLToPath(new URL('../fixtures/models', import.meta.url));
export const TINY_MODEL_ID = 'visavis/marian-tiny';

/** fp32 by default: q8 output depends on batch composition, so exact strings need fp32. */
export function tinyConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    VISAVIS_MODELS_DIR: TINY_MODELS_DIR,
    VISAVIS_MODEL: TINY_MODEL_ID,
    VISAVIS_DTYPE: 'fp32',
    ...overrides,
  });
}

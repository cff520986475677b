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

/**
 * What the fp32 tiny model answers for the sentences the tests send, alone or in any batch. Its
 * weights are random, so the words are nonsense, but they are exact: a change here is a change in
 * decoding.
 */
export const TINY_FP32 = {
  'Bonjour.': `3 connaître grâce${' ç'.repeat(20)}`,
  'Au revoir.': Array(25).fill('â').join(' '),
  'Le titre': 'ü'.repeat(22),
  'M. Dupont est arrivé.': `ü coopérationü coopérationü${' coopération'.repeat(31)}`,
  'Il repart demain.': 'güüüüü coopération announcedg',
  'Une photo du port.': 'g'.repeat(33),
  'Une autre photo.': 'accusingüüüüüüüüüüüüüüüüüüg plusüg plusüg plusüg plusü',
  'Photo de Jean Dupont / AFP.': `â â${'g'.repeat(35)}`,
  'Le patron du renseignement extérieur russe a annoncé jeudi un accord.': Array(31).fill('connaître').join(' '),
  'Par Epoch Times avec AFP': 'accusing juin ces ces ces ces placard connaîtreggggg accusinggggg juin r accusing juin r depuis r signe accusing juin',
  'Selon eux.': `ü${'g'.repeat(24)}`,
} as const;

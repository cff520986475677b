import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { ModelFailedError } from '../../server/errors.ts';
import { TINY_MODELS_DIR, TINY_MODEL_ID, tinyConfig } from '../support/tiny-model.ts';

describe('a broken model file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'visavis-broken-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails with MODEL_FAILED naming no path, and loads once repaired (after a short wait)', async () => {
    cpSync(join(TINY_MODELS_DIR, TINY_MODEL_ID), join(dir, TINY_MODEL_ID), { recursive: true });
    const encoder = join(dir, TINY_MODEL_ID, 'onnx/encoder_model.onnx');
    const good = readFileSync(encoder);
    writeFileSync(encoder, 'not an onnx model');
    const translator = createMarianTranslator(tinyConfig({ VISAVIS_MODELS_DIR: dir }));

    const failure: unknown = await translator.translateBatch(['Bonjour.']).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(ModelFailedError);
    const { message } = failure as ModelFailedError;
    expect(message).toMatch(/^The translation model visavis\/marian-tiny failed: /);
    expect(message).not.toContain(dir);
    expect(translator.status()).toEqual({ state: 'error', error: message });

    writeFileSync(encoder, good);
    // Within the first second the failure is answered again without reloading.
    await expect(translator.ready()).rejects.toBe(failure);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await translator.ready();
    expect(translator.status()).toEqual({ state: 'ready' });
    await translator.dispose();
  });

  it('loads a model put in place while the server runs as soon as its status is asked (health polls it)', async () => {
    const translator = createMarianTranslator(tinyConfig({ VISAVIS_MODELS_DIR: join(dir, 'later') }));
    expect(translator.status()).toEqual({ state: 'missing' });
    cpSync(join(TINY_MODELS_DIR, TINY_MODEL_ID), join(dir, 'later', TINY_MODEL_ID), { recursive: true });
    expect(translator.status()).toEqual({ state: 'loading' });
    await expect.poll(() => translator.status()).toEqual({ state: 'ready' });
    await translator.dispose();
  });
});

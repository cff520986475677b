import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutoModelForSeq2SeqLM } from '@huggingface/transformers';
import { afterAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createMarianTranslator, maxNewTokens } from '../../server/engine/translator.ts';
import { TINY_FP32, TINY_MODEL_ID, TINY_MODELS_DIR, tinyConfig } from '../support/tiny-model.ts';

const SENTENCES = ['Bonjour.', 'Le patron du renseignement extérieur russe a annoncé jeudi un accord.', 'Par Epoch Times avec AFP', 'Selon eux.'] as const;

describe('the Marian translator on the tiny model', () => {
  const fp32 = createMarianTranslator(tinyConfig());
  const q8 = createMarianTranslator(tinyConfig({ VISAVIS_DTYPE: 'q8' }));
  afterAll(async () => {
    await fp32.dispose();
    await q8.dispose();
  });

  it('translates a batch in input order, each row as it would alone (fp32)', async () => {
    const batch = await fp32.translateBatch([...SENTENCES]);
    const alone = await Promise.all(SENTENCES.map(async (s) => (await fp32.translateBatch([s]))[0]!));
    expect(batch.map((r) => r.text)).toEqual(SENTENCES.map((s) => TINY_FP32[s]));
    expect(alone.map((r) => r.text)).toEqual(SENTENCES.map((s) => TINY_FP32[s]));
    for (const [i, row] of batch.entries()) expect(row.meanLogProb).toBeCloseTo(alone[i]!.meanLogProb, 4);
  });

  it('loads the q8 (_quantized) files and translates with them', async () => {
    const sentence = 'Le patron du renseignement extérieur russe.';
    // q8 output depends on the batch around a sentence; alone, it is exact, and not fp32's.
    const [result] = await q8.translateBatch([sentence]);
    expect(q8.status()).toEqual({ state: 'ready' });
    expect(result).toEqual({
      text: 'connaîtred connaîtreddddd connaîtreddddd connaître connaître connaître connaître connaître connaîtredddd',
      meanLogProb: expect.closeTo(-2.65539, 4),
      tokens: 24,
    });
    expect((await fp32.translateBatch([sentence]))[0]!.text).toBe('connaîtred connaîtreddddd connaîtredddddd connaîtredddddddd');
  });

  it('shares one load between concurrent first calls', async () => {
    const loads = vi.spyOn(AutoModelForSeq2SeqLM, 'from_pretrained');
    onTestFinished(() => loads.mockRestore());
    const fresh = createMarianTranslator(tinyConfig());
    onTestFinished(() => fresh.dispose());
    expect(fresh.status().state).toBe('loading');
    const [a, b] = await Promise.all([fresh.translateBatch(['Bonjour.']), fresh.translateBatch(['Bonjour.'])]);
    expect(loads).toHaveBeenCalledTimes(1);
    expect([a[0]!.text, b[0]!.text]).toEqual([TINY_FP32['Bonjour.'], TINY_FP32['Bonjour.']]);
    expect(fresh.status().state).toBe('ready');
  });

  it('decodes with a real beam search when configured, keyed apart in the cache', async () => {
    const beam = createMarianTranslator(tinyConfig({ VISAVIS_BEAMS: '4' }));
    expect(beam.outputKey).toBe('visavis/marian-tiny:fp32:beam4');
    expect(fp32.outputKey).toBe('visavis/marian-tiny:fp32:greedy');
    onTestFinished(() => beam.dispose());
    const [byBeam] = await beam.translateBatch([SENTENCES[2]]);
    const [greedy] = await fp32.translateBatch([SENTENCES[2]]);
    expect(byBeam).toEqual({ text: `T r Getty${' r'.repeat(28)}`, meanLogProb: expect.closeTo(-1.79832, 4), tokens: 31 });
    expect(greedy!.text).toBe(TINY_FP32[SENTENCES[2]]);
    expect(byBeam!.meanLogProb).toBeGreaterThanOrEqual(greedy!.meanLogProb - 1e-6);
  });

  it('says missing for a model that is not there, with the command that fetches it', async () => {
    const missing = createMarianTranslator(tinyConfig({ VISAVIS_MODEL: 'visavis/not-there' }));
    expect(missing.status()).toEqual({ state: 'missing' });
    await expect(missing.ready()).rejects.toMatchObject({
      code: 'MODEL_UNAVAILABLE',
      message: 'The translation model visavis/not-there is not installed yet. Run: VISAVIS_MODELS_DIR=tests/fixtures/models npm run models:fetch -- visavis/not-there --dtype fp32',
    });
    expect(missing.status()).toEqual({ state: 'missing' });
  });

  it('tries again once the model is there: a failed load is not kept', async () => {
    const modelsDir = mkdtempSync(join(tmpdir(), 'visavis-arrives-'));
    onTestFinished(() => rmSync(modelsDir, { recursive: true, force: true }));
    const later = createMarianTranslator(tinyConfig({ VISAVIS_MODELS_DIR: modelsDir }));
    onTestFinished(() => later.dispose());
    await expect(later.translateBatch(['Bonjour.'])).rejects.toMatchObject({ code: 'MODEL_UNAVAILABLE' });
    cpSync(join(TINY_MODELS_DIR, TINY_MODEL_ID), join(modelsDir, TINY_MODEL_ID), { recursive: true });
    expect((await later.translateBatch(['Bonjour.']))[0]!.text).toBe(TINY_FP32['Bonjour.']);
    expect(later.status()).toEqual({ state: 'ready' });
  });

  it('caps new tokens from the source length, never past 512', () => {
    expect(maxNewTokens(10)).toBe(25);
    expect(maxNewTokens(1000)).toBe(512);
  });
});

import { AutoModelForSeq2SeqLM } from '@huggingface/transformers';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createMarianTranslator, maxNewTokens } from '../../server/engine/translator.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const SENTENCES = ['Bonjour.', 'Le patron du renseignement extérieur russe a annoncé jeudi un accord.', 'Par Epoch Times avec AFP', 'Selon eux.'];

describe('the Marian translator on the tiny model', () => {
  const fp32 = createMarianTranslator(tinyConfig());
  const q8 = createMarianTranslator(tinyConfig({ VISAVIS_DTYPE: 'q8' }));
  afterAll(async () => {
    await fp32.dispose();
    await q8.dispose();
  });

  it('translates a batch in input order, each row as it would alone (fp32)', async () => {
    const batch = await fp32.translateBatch(SENTENCES);
    const alone = await Promise.all(SENTENCES.map(async (s) => (await fp32.translateBatch([s]))[0]!));
    expect(batch.map((r) => r.text)).toEqual(alone.map((r) => r.text));
    for (const [i, row] of batch.entries()) expect(row.meanLogProb).toBeCloseTo(alone[i]!.meanLogProb, 4);
  });

  it('loads the q8 (_quantized) files and translates with them', async () => {
    const [result] = await q8.translateBatch(['Le patron du renseignement extérieur russe.']);
    expect(q8.status()).toEqual({ state: 'ready' });
    expect(result!.tokens).toBeGreaterThan(0);
    expect(result!.meanLogProb).toBeLessThan(0);
  });

  it('shares one load between concurrent first calls', async () => {
    const loads = vi.spyOn(AutoModelForSeq2SeqLM, 'from_pretrained');
    const fresh = createMarianTranslator(tinyConfig());
    expect(fresh.status().state).toBe('loading');
    const [a, b] = await Promise.all([fresh.translateBatch(['Bonjour.']), fresh.translateBatch(['Bonjour.'])]);
    expect(loads).toHaveBeenCalledTimes(1);
    expect(a[0]!.text).toBe(b[0]!.text);
    expect(fresh.status().state).toBe('ready');
    loads.mockRestore();
    await fresh.dispose();
  });

  it('decodes with a real beam search when configured, keyed apart in the cache', async () => {
    const beam = createMarianTranslator(tinyConfig({ VISAVIS_BEAMS: '4' }));
    expect(beam.outputKey).toBe('visavis/marian-tiny:fp32:beam4');
    expect(fp32.outputKey).toBe('visavis/marian-tiny:fp32:greedy');
    const [byBeam] = await beam.translateBatch([SENTENCES[2]!]);
    const [greedy] = await fp32.translateBatch([SENTENCES[2]!]);
    expect(byBeam!.meanLogProb).toBeGreaterThanOrEqual(greedy!.meanLogProb - 1e-6);
    await beam.dispose();
  });

  it('says missing for a model that is not there, and tries again once it is', async () => {
    const missing = createMarianTranslator(tinyConfig({ VISAVIS_MODEL: 'visavis/not-there' }));
    expect(missing.status()).toEqual({ state: 'missing' });
    await expect(missing.ready()).rejects.toMatchObject({ code: 'MODEL_UNAVAILABLE' });
    expect(missing.status()).toEqual({ state: 'missing' });
  });

  it('caps new tokens from the source length, never past 512', () => {
    expect(maxNewTokens(10)).toBe(25);
    expect(maxNewTokens(1000)).toBe(512);
  });
});

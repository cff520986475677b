import { afterAll, describe, expect, it } from 'vitest';
import { createMarianTranslator, maxNewTokens } from '../../server/engine/translator.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const SENTENCES = ['Bonjour.', 'Le patron du renseignement extérieur russe a annoncé jeudi un accord.', 'Par Epoch Times avec AFP', 'Selon eux.'];

describe('the Marian translator on the tiny model', () => {
  const fp32 = createMarianTranslator(tinyConfig({ VISAVIS_BATCH: '2' }));
  const q8 = createMarianTranslator(tinyConfig({ VISAVIS_DTYPE: 'q8' }));
  afterAll(async () => {
    await fp32.dispose();
    await q8.dispose();
  });

  it('reports batches as they finish, the first one first and alone, and returns results in input order', async () => {
    const batches: number[][] = [];
    const results = await fp32.translate(SENTENCES, { onBatch: (b) => batches.push(b.map((r) => r.index)) });
    expect(batches[0]).toEqual([0]);
    expect(batches.flat().sort()).toEqual([0, 1, 2, 3]);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(2);
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    const alone = await Promise.all(SENTENCES.map(async (s) => (await fp32.translate([s]))[0]!.text));
    expect(results.map((r) => r.text)).toEqual(alone);
  });

  it('loads the q8 (_quantized) files and translates with them', async () => {
    const [result] = await q8.translate(['Le patron du renseignement extérieur russe.']);
    expect(q8.status()).toMatchObject({ state: 'ready', dtype: 'q8' });
    expect(result!.text.length).toBeGreaterThan(0);
    expect(result!.meanLogProb).toBeLessThan(0);
  });

  it('shares one load between concurrent first calls', async () => {
    const fresh = createMarianTranslator(tinyConfig());
    expect(fresh.status().state).toBe('loading');
    const [a, b] = await Promise.all([fresh.translate(['Bonjour.']), fresh.translate(['Bonjour.'])]);
    expect(a[0]!.text).toBe(b[0]!.text);
    expect(fresh.status().state).toBe('ready');
    await fresh.dispose();
  });

  it('decodes with a real beam search when configured, keyed apart in the cache', async () => {
    const beam = createMarianTranslator(tinyConfig({ VISAVIS_BEAMS: '4' }));
    expect(beam.outputKey).toBe('visavis/marian-tiny:fp32:beam4');
    expect(fp32.outputKey).toBe('visavis/marian-tiny:fp32:greedy');
    const [byBeam] = await beam.translate([SENTENCES[2]!]);
    const [greedy] = await fp32.translate([SENTENCES[2]!]);
    expect(byBeam!.meanLogProb).toBeGreaterThanOrEqual(greedy!.meanLogProb - 1e-6);
    await beam.dispose();
  });

  it('translates an over-long sentence in pieces and joins them, losing no part', async () => {
    const clause = 'le président du conseil régional a rencontré les représentants des syndicats agricoles';
    const long = Array.from({ length: 12 }, () => clause).join(', ');
    expect(long.length).toBeGreaterThan(1000);
    const pieces = [long.slice(0, long.lastIndexOf(', ', 400) + 1), long.slice(long.lastIndexOf(', ', 400) + 2)];
    const [whole] = await fp32.translate([long]);
    const batches: number[][] = [];
    await fp32.translate([long, 'Bonjour.'], { onBatch: (b) => batches.push(b.map((r) => r.index)) });
    // The sentence is reported once, when its last piece is done.
    expect(batches.flat().sort()).toEqual([0, 1]);
    const firstPiece = (await fp32.translate([pieces[0]!]))[0]!.text;
    expect(whole!.text.startsWith(firstPiece)).toBe(true);
    expect(whole!.text.length).toBeGreaterThan(firstPiece.length);
  });

  it('answers a blank sentence with an empty translation', async () => {
    const reported: string[] = [];
    const [blank, real] = await fp32.translate(['   ', 'Bonjour.'], { onBatch: (b) => reported.push(...b.map((r) => r.text)) });
    expect(blank).toEqual({ index: 0, text: '', meanLogProb: 0 });
    expect(real!.text.length).toBeGreaterThan(0);
    expect(reported).toContain('');
  });

  it('caps new tokens from the source length, never past 512', () => {
    expect(maxNewTokens(10)).toBe(25);
    expect(maxNewTokens(1000)).toBe(512);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { translateSentences, type SentenceBatchOptions } from '../../server/reading/sentence-batches.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const SENTENCES = ['Bonjour.', 'Le patron du renseignement extérieur russe a annoncé jeudi un accord.', 'Par Epoch Times avec AFP', 'Selon eux.'];
const PLAN = { maxRows: 2, maxTokens: 512 };

describe('translateSentences over the tiny model', () => {
  const translator = createMarianTranslator(tinyConfig());
  afterAll(() => translator.dispose());
  const translate = (sentences: string[], options: Partial<SentenceBatchOptions> = {}) => translateSentences(translator, sentences, { plan: PLAN, ...options });

  it('reports batches as they finish, the first one first and alone, and returns results in input order', async () => {
    const batches: number[][] = [];
    const results = await translate(SENTENCES, { onBatch: (b) => batches.push(b.map((r) => r.index)) });
    expect(batches[0]).toEqual([0]);
    expect(batches.flat().sort()).toEqual([0, 1, 2, 3]);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(2);
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    const alone = await Promise.all(SENTENCES.map(async (s) => (await translate([s]))[0]!.text));
    expect(results.map((r) => r.text)).toEqual(alone);
  });

  it('translates an over-long sentence in pieces and joins them, losing no part', async () => {
    const clause = 'le président du conseil régional a rencontré les représentants des syndicats agricoles';
    const long = Array.from({ length: 12 }, () => clause).join(', ');
    expect(long.length).toBeGreaterThan(1000);
    const cut = long.lastIndexOf(', ', 400) + 1;
    const [whole] = await translate([long]);
    const batches: number[][] = [];
    await translate([long, 'Bonjour.'], { onBatch: (b) => batches.push(b.map((r) => r.index)) });
    // The sentence is reported once, when its last piece is done.
    expect(batches.flat().sort()).toEqual([0, 1]);
    const firstPiece = (await translate([long.slice(0, cut)]))[0]!.text;
    expect(whole!.text.startsWith(firstPiece)).toBe(true);
    expect(whole!.text.length).toBeGreaterThan(firstPiece.length);
  });

  it('answers a blank sentence with an empty translation', async () => {
    const reported: string[] = [];
    const [blank, real] = await translate(['   ', 'Bonjour.'], { onBatch: (b) => reported.push(...b.map((r) => r.text)) });
    expect(blank).toEqual({ index: 0, text: '', meanLogProb: 0 });
    expect(real!.text.length).toBeGreaterThan(0);
    expect(reported).toContain('');
  });
});

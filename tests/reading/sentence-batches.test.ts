import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { createMarianTranslator, type Translator } from '../../server/engine/translator.ts';
import { translateSentences, type SentenceBatchOptions } from '../../server/reading/sentence-batches.ts';
import { TINY_FP32, tinyConfig } from '../support/tiny-model.ts';
import { watchedTranslator } from '../support/watched-translator.ts';

const SENTENCES = ['Bonjour.', 'Le patron du renseignement extérieur russe a annoncé jeudi un accord.', 'Par Epoch Times avec AFP', 'Selon eux.'] as const;
const PLAN = { maxRows: 2, maxTokens: 512 };

describe('translateSentences over the tiny model', () => {
  const shared = createMarianTranslator(tinyConfig());
  afterAll(() => shared.dispose());
  const translate = (sentences: string[], options: Partial<SentenceBatchOptions> = {}, translator: Translator = shared) =>
    translateSentences(translator, sentences, { plan: PLAN, ...options });

  it('reports batches as they finish, the first one first and alone, and returns results in input order', async () => {
    const batches: number[][] = [];
    const results = await translate([...SENTENCES], { onBatch: (b) => batches.push(b.map((r) => r.index)) });
    // The first sentence alone, then the rest by length (10, 14 and 14 tokens), two at most.
    expect(batches).toEqual([[0], [3, 1], [2]]);
    expect(results.map((r) => [r.index, r.text])).toEqual(SENTENCES.map((s, i) => [i, TINY_FP32[s]]));
  });

  it('translates an over-long sentence in pieces and joins them, losing no part', async () => {
    const watched = watchedTranslator(tinyConfig());
    onTestFinished(() => watched.translator.dispose());
    const clause = 'le président du conseil régional a rencontré les représentants des syndicats agricoles';
    const four = Array.from({ length: 4 }, () => clause).join(', ');
    const long = [`${four},`, `${four},`, four].join(' ');
    expect(long).toBe(Array.from({ length: 12 }, () => clause).join(', '));
    expect(long).toHaveLength(1054);

    const [whole] = await translate([long], {}, watched.translator);
    // Cut after a comma, each piece within 400 characters: the first piece alone, then the other
    // two together, the shorter first.
    expect(watched.batches.map((b) => b.texts)).toEqual([[`${four},`], [four, `${four},`]]);
    const [withComma, last] = await Promise.all([`${four},`, four].map(async (p) => (await translate([p]))[0]!.text));
    expect(whole).toMatchObject({ index: 0, text: [withComma, withComma, last].join(' ') });

    // The sentence is reported once, when its last piece is done.
    const batches: number[][] = [];
    await translate([long, 'Bonjour.'], { onBatch: (b) => batches.push(b.map((r) => r.index)) });
    expect(batches).toEqual([[1], [0]]);
  });

  it('plans batches window by window from the top, so the beginning is done before the end', async () => {
    // Lengths alternate long and short: planned together, the short ones of the end would come first.
    const long = 'Le patron du renseignement extérieur russe a annoncé jeudi un accord.';
    const sentences = ['Bonjour.', long, 'Oui.', long, 'Non.', long, 'Si.'];
    const whole: number[][] = [];
    const windowed: number[][] = [];
    await translate(sentences, { plan: { maxRows: 2, maxTokens: 512 }, onBatch: (b) => whole.push(b.map((r) => r.index)) });
    await translate(sentences, { plan: { maxRows: 2, maxTokens: 512, window: 3 }, onBatch: (b) => windowed.push(b.map((r) => r.index)) });
    expect(whole).toEqual([[0], [6, 2], [4, 1], [3, 5]]);
    expect(windowed).toEqual([[0], [2, 1], [3], [6, 4], [5]]);
  });

  it('answers a blank sentence with an empty translation', async () => {
    const reported: string[] = [];
    const [blank, real] = await translate(['   ', 'Bonjour.'], { onBatch: (b) => reported.push(...b.map((r) => r.text)) });
    expect(blank).toEqual({ index: 0, text: '', meanLogProb: 0 });
    expect(real).toEqual({ index: 1, text: TINY_FP32['Bonjour.'], meanLogProb: expect.closeTo(-2.50199, 4) });
    expect(reported).toEqual(['', TINY_FP32['Bonjour.']]);
  });
});

import { Tensor } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beamDecode } from '../../server/engine/beam.ts';
import { greedyDecode } from '../../server/engine/greedy.ts';
import { loadMarian, type LoadedMarian } from '../../server/engine/model-loader.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const SENTENCES = [
  'Espions russes et bélarusses vont renforcer leur coopération contre l’Occident',
  'Par Epoch Times avec AFP',
  'Le patron du renseignement extérieur russe a annoncé jeudi un accord.',
  'Selon eux, les pays occidentaux s’efforcent de déstabiliser la situation.',
];

let marian: LoadedMarian;
beforeAll(async () => {
  marian = await loadMarian(tinyConfig());
}, 60_000);
afterAll(async () => {
  await marian.model.dispose();
  await marian.head.dispose();
});

async function decode(texts: string[], maxNewTokens = 40) {
  const encoded = marian.tokenizer(texts, { padding: true });
  return greedyDecode(marian, encoded.input_ids, encoded.attention_mask, {
    maxNewTokens: texts.map(() => maxNewTokens),
  });
}

describe('greedyDecode through transformers.js on the tiny Marian model (fp32)', () => {
  it('is deterministic and exact', async () => {
    const rows = await decode(SENTENCES.slice(1, 2), 12);
    expect(rows[0]!.tokens).toEqual([312, 129, 61, 61, 61, 61, 302, 204, 448, 448, 448, 448]);
    expect(marian.tokenizer.decode(rows[0]!.tokens)).toBe("accusing juin ces ces ces ces placard connaîtregggg");
    expect(rows[0]!.finished).toBe(false);
    expect(rows[0]!.meanLogProb).toBeCloseTo(-2.5365, 3);
  });

  it('cuts each row at its own EOS: a batch gives what each row gives alone', async () => {
    const batch = await decode(SENTENCES);
    const alone = await Promise.all(SENTENCES.map(async (s) => (await decode([s]))[0]!));
    // The fixture's EOS bias makes some rows stop early and others run to the cap.
    expect(batch.map((r) => r.finished)).toContain(true);
    expect(batch.map((r) => r.finished)).toContain(false);
    expect(batch.map((r) => r.tokens)).toEqual(alone.map((r) => r.tokens));
    batch.forEach((row, i) => expect(row.meanLogProb).toBeCloseTo(alone[i]!.meanLogProb, 5));
    for (const row of batch) expect(row.tokens).not.toContain(marian.ids.eos);
  });

  it('caps each row at its own maximum', async () => {
    const encoded = marian.tokenizer(SENTENCES.slice(0, 2), { padding: true });
    const rows = await greedyDecode(marian, encoded.input_ids, encoded.attention_mask, { maxNewTokens: [3, 5] });
    // Neither row reaches EOS that soon: each runs to its own cap.
    expect(rows.map((r) => [r.tokens, r.finished])).toEqual([
      [[585, 585, 585], false],
      [[312, 129, 61, 61, 61], false],
    ]);
  });

  it('forces exact lengths when asked (benchmarks on random weights)', async () => {
    const encoded = marian.tokenizer(SENTENCES, { padding: true });
    const rows = await greedyDecode(marian, encoded.input_ids, encoded.attention_mask, {
      maxNewTokens: [40, 40, 40, 40],
      forcedLengths: [7, 2, 11, 30],
    });
    expect(rows.map((r) => r.tokens.length)).toEqual([7, 2, 11, 30]);
  });

  it('stops when its signal aborts', async () => {
    const encoded = marian.tokenizer(SENTENCES, { padding: true });
    const signal = AbortSignal.abort(new DOMException('gone', 'AbortError'));
    await expect(greedyDecode(marian, encoded.input_ids, encoded.attention_mask, { maxNewTokens: [5, 5, 5, 5], signal }))
      .rejects.toThrow('gone');
  });
});

describe('beamDecode', () => {
  const encode = (texts: string[]) => marian.tokenizer(texts, { padding: true });

  it('with one beam is exactly the greedy search', async () => {
    const e = encode(SENTENCES);
    const greedy = await greedyDecode(marian, e.input_ids, e.attention_mask, { maxNewTokens: [40, 40, 40, 40] });
    const beam = await beamDecode(marian, e.input_ids, e.attention_mask, { maxNewTokens: [40, 40, 40, 40], beams: 1 });
    expect(beam.map((h) => h[0]!.tokens)).toEqual(greedy.map((g) => g.tokens));
    beam.forEach((h, i) => {
      expect(h).toHaveLength(1);
      expect(h[0]!.meanLogProb).toBeCloseTo(greedy[i]!.meanLogProb, 5);
    });
  });

  it('returns an n-best list per row, best first, each hypothesis distinct', async () => {
    const e = encode(SENTENCES.slice(1, 3));
    const nBest = await beamDecode(marian, e.input_ids, e.attention_mask, { maxNewTokens: [12, 12], beams: 4 });
    for (const hyps of nBest) {
      expect(hyps).toHaveLength(4);
      const scores = hyps.map((h) => h.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      expect(new Set(hyps.map((h) => h.tokens.join(','))).size).toBe(4);
      for (const h of hyps) expect(h.tokens.length).toBeLessThanOrEqual(12);
    }
  });

  it('finds a hypothesis at least as likely as the greedy one', async () => {
    const e = encode([SENTENCES[1]!]);
    const [greedy] = await greedyDecode(marian, e.input_ids, e.attention_mask, { maxNewTokens: [12] });
    const [hyps] = await beamDecode(marian, e.input_ids, e.attention_mask, { maxNewTokens: [12], beams: 4 });
    expect(hyps![0]!.score).toBeGreaterThanOrEqual(greedy!.meanLogProb - 1e-6);
  });
});

describe('the generated merged decoder', () => {
  it('gives the same logits with the KV cache as without it', async () => {
    const encoded = marian.tokenizer([SENTENCES[2]!], { padding: true });
    const rows = await decode([SENTENCES[2]!], 6);
    const prefix = [marian.ids.decoderStart, ...rows[0]!.tokens.slice(0, 5)];
    const model = marian.model as unknown as {
      _prepare_encoder_decoder_kwargs_for_generation(a: object): Promise<{ encoder_outputs: Tensor }>;
      forward(a: object): Promise<Record<string, Tensor>>;
    };
    const { encoder_outputs } = await model._prepare_encoder_decoder_kwargs_for_generation({
      inputs_tensor: encoded.input_ids,
      model_inputs: { input_ids: encoded.input_ids, attention_mask: encoded.attention_mask },
      model_input_name: 'input_ids',
      generation_config: { guidance_scale: null },
    });
    // Without cache: the whole prefix at once, through the first-step branch.
    const full = await model.forward({
      attention_mask: encoded.attention_mask,
      decoder_input_ids: new Tensor('int64', BigInt64Array.from(prefix.map(BigInt)), [1, prefix.length]),
      encoder_outputs,
    });
    const vocab = full.logits!.dims.at(-1)!;
    const lastUncached = (full.logits!.data as Float32Array).slice((prefix.length - 1) * vocab);
    // With cache: one token per step.
    let past: Record<string, Tensor> | undefined;
    let last: Float32Array = new Float32Array();
    for (const token of prefix) {
      const out = await model.forward({
        attention_mask: encoded.attention_mask,
        decoder_input_ids: new Tensor('int64', BigInt64Array.of(BigInt(token)), [1, 1]),
        encoder_outputs,
        past_key_values: past,
      });
      const next: Record<string, Tensor> = {};
      for (const [name, t] of Object.entries(out)) {
        if (!name.startsWith('present.')) continue;
        const pastName = name.replace('present.', 'past_key_values.');
        next[pastName] = (name.includes('.encoder.') && past?.[pastName]) || t;
      }
      past = next;
      last = out.logits!.data as Float32Array;
    }
    expect(last.length).toBe(vocab);
    const worst = last.reduce((m, v, i) => Math.max(m, Math.abs(v - lastUncached[i]!)), 0);
    expect(worst).toBeLessThan(1e-4);
  });
});

/**
 * The project's own decode loop on a Marian model's forward pass with its KV cache.
 *
 * transformers.js 4.3.1's `generate()` neither stops a batch row at its EOS nor does a real beam
 * search (ENGINE-NOTES), so the loop lives here: per-row EOS, a per-row length cap from the source
 * length, and the mean log-probability of each output as a confidence signal.
 */
import { Tensor, type PreTrainedModel } from '@huggingface/transformers';
import type { TokenHead } from './token-head.ts';

export interface MarianIds {
  decoderStart: number;
  eos: number;
  pad: number;
}

/** What a decode loop needs of a loaded model. */
export interface DecoderParts {
  model: PreTrainedModel;
  head: TokenHead;
  ids: MarianIds;
}

export interface DecodeOptions {
  /** Most tokens a row may generate, per row (excluding EOS). */
  maxNewTokens: number[];
  /** Forces each row to exactly this many tokens (EOS suppressed): random weights never stop. */
  forcedLengths?: number[];
  signal?: AbortSignal;
}

export interface DecodedRow {
  tokens: number[];
  /** Mean natural-log probability of the emitted tokens, EOS included when emitted. */
  meanLogProb: number;
  /** Whether the row stopped on EOS (false: cut by its length cap). */
  finished: boolean;
}

type Feeds = Record<string, Tensor>;

/** Encoder once, then one decoder step per token for all live rows; rows stop at their own EOS. */
export async function greedyDecode(
  { model, head, ids }: DecoderParts,
  inputIds: Tensor,
  attentionMask: Tensor,
  options: DecodeOptions,
): Promise<DecodedRow[]> {
  const batch = inputIds.dims[0]!;
  const prepared = await (model as unknown as EncoderAccess)._prepare_encoder_decoder_kwargs_for_generation({
    inputs_tensor: inputIds,
    model_inputs: { input_ids: inputIds, attention_mask: attentionMask },
    model_input_name: 'input_ids',
    generation_config: { guidance_scale: null },
  });
  const encoderOutputs = prepared.encoder_outputs;
  const rows: DecodedRow[] = Array.from({ length: batch }, () => ({ tokens: [], meanLogProb: 0, finished: false }));
  const logProbSums = new Float64Array(batch);
  const done = new Uint8Array(batch);
  const limits = options.forcedLengths ?? options.maxNewTokens;
  const banned = options.forcedLengths ? [ids.pad, ids.eos] : [ids.pad];
  let next = new BigInt64Array(batch).fill(BigInt(ids.decoderStart));
  // None on the first step: transformers.js then builds the empty cache from the ONNX input shapes.
  let past: Feeds | undefined;
  limits.forEach((limit, row) => { if (limit <= 0) done[row] = 1; });

  while (done.includes(0)) {
    options.signal?.throwIfAborted();
    const outputs = (await model.forward({
      attention_mask: attentionMask,
      decoder_input_ids: new Tensor('int64', next, [batch, 1]),
      encoder_outputs: encoderOutputs,
      past_key_values: past,
    })) as Feeds;
    past = nextCache(outputs, past);
    const top = await head.top(outputs.logits!, banned, 1);
    // Finished rows keep stepping with PAD (the batch shares one cache) but nothing they emit is kept.
    next = new BigInt64Array(batch).fill(BigInt(ids.pad));
    for (let row = 0; row < batch; row++) {
      if (done[row]) continue;
      const state = rows[row]!;
      const token = Number(top.ids[row]);
      logProbSums[row]! += top.logProbs[row]!;
      if (token === ids.eos) {
        state.finished = true;
        done[row] = 1;
        continue;
      }
      state.tokens.push(token);
      next[row] = BigInt(token);
      if (state.tokens.length >= limits[row]!) done[row] = 1;
    }
  }
  rows.forEach((row, i) => {
    const count = row.tokens.length + (row.finished ? 1 : 0);
    row.meanLogProb = count > 0 ? logProbSums[i]! / count : 0;
  });
  return rows;
}

interface EncoderAccess {
  _prepare_encoder_decoder_kwargs_for_generation(args: object): Promise<{ encoder_outputs: Tensor }>;
}

/** present.* become past_key_values.*; the encoder K/V of the first step are kept (ENGINE-NOTES). */
function nextCache(outputs: Feeds, past: Feeds | undefined): Feeds {
  const cache: Feeds = {};
  for (const [name, tensor] of Object.entries(outputs)) {
    if (!name.startsWith('present.')) continue;
    const pastName = name.replace('present.', 'past_key_values.');
    cache[pastName] = (name.includes('.encoder.') && past?.[pastName]) || tensor;
  }
  return cache;
}

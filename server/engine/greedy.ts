/**
 * Greedy search on a Marian model's encoder and merged decoder with its KV cache.
 *
 * transformers.js 4.3.1's `generate()` keeps every row of a batch running until the longest ends,
 * so the loop lives here: each row stops at its own EOS or length cap and leaves the batch, and
 * every output carries its mean log-probability as a confidence signal.
 */
import type { Tensor } from '@huggingface/transformers';
import { DecoderState } from './decoder-state.ts';
import { bannedOf, decodedRow, limitsOf, type DecodedRow, type DecodeOptions, type DecoderParts } from './rows.ts';

export async function greedyDecode(
  { model, head, ids }: DecoderParts,
  inputIds: Tensor,
  attentionMask: Tensor,
  options: DecodeOptions,
): Promise<DecodedRow[]> {
  const limits = limitsOf(options);
  const banned = bannedOf(ids, options);
  const tokens: number[][] = limits.map(() => []);
  const sums = new Float64Array(limits.length);
  const finished = limits.map(() => false);
  const state = await DecoderState.encode(model, inputIds, attentionMask);
  /** Source row of each slot still in the batch. */
  let live = limits.map((_, r) => r).filter((r) => limits[r]! > 0);
  state.keep(live);
  let next = new BigInt64Array(live.length).fill(BigInt(ids.decoderStart));

  while (live.length > 0) {
    options.signal?.throwIfAborted();
    const top = await head.top(await state.step(next), banned, 1);
    const kept: number[] = [];
    const stillLive: number[] = [];
    live.forEach((r, slot) => {
      const token = Number(top.ids[slot]);
      sums[r]! += top.logProbs[slot]!;
      if (token === ids.eos) {
        finished[r] = true;
        return;
      }
      tokens[r]!.push(token);
      if (tokens[r]!.length < limits[r]!) {
        kept.push(slot);
        stillLive.push(r);
      }
    });
    state.keep(kept);
    next = BigInt64Array.from(stillLive, (r) => BigInt(tokens[r]!.at(-1)!));
    live = stillLive;
  }
  return tokens.map((t, r) => decodedRow(t, sums[r]!, finished[r]!));
}

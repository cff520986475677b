/**
 * The project's own decode loops on a Marian model's encoder and merged decoder with its KV cache.
 *
 * transformers.js 4.3.1's `generate()` neither stops a batch row at its EOS nor does a real beam
 * search (ENGINE-NOTES), so the loops live here: per-row EOS with finished rows leaving the batch,
 * a per-row length cap from the source length, the mean log-probability of each output as a
 * confidence signal, and an n-best beam search.
 */
import type { PreTrainedModel, Tensor } from '@huggingface/transformers';
import { DecoderState } from './decoder-state.ts';
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

function limitsOf(options: DecodeOptions): number[] {
  return options.forcedLengths ?? options.maxNewTokens;
}

function bannedOf(ids: MarianIds, options: DecodeOptions): number[] {
  return options.forcedLengths ? [ids.pad, ids.eos] : [ids.pad];
}

function row(tokens: number[], logProbSum: number, finished: boolean): DecodedRow {
  const count = tokens.length + (finished ? 1 : 0);
  return { tokens, meanLogProb: count > 0 ? logProbSum / count : 0, finished };
}

/** Greedy search for a batch; each row stops at its own EOS or cap and leaves the batch. */
export async function greedyDecode(
  { model, head, ids }: DecoderParts,
  inputIds: Tensor,
  attentionMask: Tensor,
  options: DecodeOptions,
): Promise<DecodedRow[]> {
  const limits = limitsOf(options);
  const banned = bannedOf(ids, options);
  const batch = limits.length;
  const tokens: number[][] = Array.from({ length: batch }, () => []);
  const sums = new Float64Array(batch);
  const finished = new Array<boolean>(batch).fill(false);
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
  return tokens.map((t, r) => row(t, sums[r]!, finished[r]!));
}

export interface Hypothesis extends DecodedRow {
  /** Sum of log-probabilities divided by length (length penalty 1, as Marian and HF default). */
  score: number;
}

export interface BeamOptions extends DecodeOptions {
  beams: number;
  /** Hypotheses returned per row, best first (at most `beams`). */
  nBest?: number;
}

interface Beam {
  tokens: number[];
  sum: number;
}

/**
 * Beam search: every source row keeps `beams` live hypotheses; a hypothesis that emits EOS is
 * finished; a row is done when it has `beams` finished ones that no live beam can beat, or at its
 * cap. With one beam it is exactly the greedy search.
 */
export async function beamDecode(
  { model, head, ids }: DecoderParts,
  inputIds: Tensor,
  attentionMask: Tensor,
  options: BeamOptions,
): Promise<Hypothesis[][]> {
  const k = options.beams;
  const limits = limitsOf(options);
  const banned = bannedOf(ids, options);
  const batch = limits.length;
  const done: Hypothesis[][] = Array.from({ length: batch }, () => []);
  let beams: Beam[][] = limits.map((limit) => (limit > 0 ? [{ tokens: [], sum: 0 }] : []));
  // One slot per live beam; the first step has a single beam per row.
  const state = await DecoderState.encode(model, inputIds, attentionMask, limits.flatMap((limit, r) => (limit > 0 ? [r] : [])));
  let slots = beams.flatMap((b, r) => b.map(() => r));
  let next = new BigInt64Array(slots.length).fill(BigInt(ids.decoderStart));
  const hypothesis = (tokens: number[], sum: number, finished: boolean): Hypothesis => {
    const base = row(tokens, sum, finished);
    return { ...base, score: base.meanLogProb };
  };

  while (slots.length > 0) {
    options.signal?.throwIfAborted();
    const top = await head.top(await state.step(next), banned, k);
    const keep: number[] = [];
    const nextBeams: Beam[][] = beams.map(() => []);
    let slot = 0;
    for (let r = 0; r < batch; r++) {
      const rowBeams = beams[r]!;
      if (rowBeams.length === 0) continue;
      const candidates: { parent: number; token: number; sum: number }[] = [];
      rowBeams.forEach((beam, b) => {
        for (let j = 0; j < k; j++) {
          const at = (slot + b) * top.k + j;
          candidates.push({ parent: slot + b, token: Number(top.ids[at]), sum: beam.sum + top.logProbs[at]! });
        }
      });
      candidates.sort((a, b) => b.sum - a.sum);
      for (const c of candidates) {
        if (nextBeams[r]!.length >= k) break;
        const parent = rowBeams[c.parent - slot]!;
        if (c.token === ids.eos) {
          done[r]!.push(hypothesis(parent.tokens, c.sum, true));
          continue;
        }
        const tokens = [...parent.tokens, c.token];
        if (tokens.length >= limits[r]!) {
          done[r]!.push(hypothesis(tokens, c.sum, false));
          continue;
        }
        nextBeams[r]!.push({ tokens, sum: c.sum });
        keep.push(c.parent);
      }
      slot += rowBeams.length;
      // Done when k hypotheses are finished and the best live beam cannot overtake the worst:
      // log-probabilities only fall, and dividing by a longer length is the most it can gain.
      done[r] = done[r]!.sort((a, b) => b.score - a.score).slice(0, k);
      const finishedScores = done[r]!.map((h) => h.score);
      const best = nextBeams[r]![0];
      if (finishedScores.length >= k && best && best.sum / (limits[r]! + 1) <= finishedScores[k - 1]!) {
        const cut = nextBeams[r]!.length;
        nextBeams[r] = [];
        keep.splice(keep.length - cut, cut);
      }
    }
    beams = nextBeams;
    state.keep(keep);
    slots = beams.flatMap((b, r) => b.map(() => r));
    next = BigInt64Array.from(beams.flatMap((b) => b.map((beam) => BigInt(beam.tokens.at(-1)!))));
  }
  const nBest = options.nBest ?? k;
  return done.map((hyps) => hyps.sort((a, b) => b.score - a.score).slice(0, nBest));
}

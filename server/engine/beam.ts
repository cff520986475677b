/**
 * Beam search with an n-best list: every source row keeps `beams` live hypotheses; one that emits
 * EOS is finished; a row is done when it has `beams` finished ones that no live beam can beat, or
 * at its cap. With one beam it is exactly the greedy search.
 */
import type { Tensor } from '@huggingface/transformers';
import { DecoderState } from './decoder-state.ts';
import type { TopTokens } from './token-head.ts';
import { bannedOf, decodedRow, limitsOf, type DecodedRow, type DecodeOptions, type DecoderParts, type MarianIds } from './rows.ts';

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

function hypothesis(tokens: number[], sum: number, finished: boolean): Hypothesis {
  const row = decodedRow(tokens, sum, finished);
  return { ...row, score: row.meanLogProb };
}

const byScore = (a: Hypothesis, b: Hypothesis): number => b.score - a.score;

/** One source row's step: its beams' best continuations, and whether the row is now settled. */
interface RowStep {
  beams: Beam[];
  /** Slots (in this step's batch) of the parents of `beams`, in the same order. */
  parents: number[];
}

/**
 * Extends one row's beams by the step's top tokens: EOS or the cap finishes a hypothesis into
 * `done`; the best `k` others live on. `first` is the slot of the row's first beam.
 */
function stepRow(rowBeams: Beam[], first: number, top: TopTokens, ids: MarianIds, limit: number, done: Hypothesis[]): RowStep {
  const k = top.k;
  const candidates = rowBeams.flatMap((beam, b) =>
    Array.from({ length: k }, (_, j) => {
      const at = (first + b) * k + j;
      return { parent: b, token: Number(top.ids[at]), sum: beam.sum + top.logProbs[at]! };
    }),
  );
  candidates.sort((a, b) => b.sum - a.sum);
  const step: RowStep = { beams: [], parents: [] };
  for (const c of candidates) {
    if (step.beams.length >= k) break;
    const parent = rowBeams[c.parent]!;
    if (c.token === ids.eos) {
      done.push(hypothesis(parent.tokens, c.sum, true));
      continue;
    }
    const tokens = [...parent.tokens, c.token];
    if (tokens.length >= limit) {
      done.push(hypothesis(tokens, c.sum, false));
      continue;
    }
    step.beams.push({ tokens, sum: c.sum });
    step.parents.push(first + c.parent);
  }
  return step;
}

/**
 * Done when k hypotheses are finished and the best live beam cannot overtake the worst of them:
 * log-probabilities only fall, and dividing by a longer length is the most it can gain.
 */
function settled(done: Hypothesis[], best: Beam | undefined, k: number, limit: number): boolean {
  return done.length >= k && best !== undefined && best.sum / (limit + 1) <= done[k - 1]!.score;
}

export async function beamDecode(
  { model, head, ids }: DecoderParts,
  inputIds: Tensor,
  attentionMask: Tensor,
  options: BeamOptions,
): Promise<Hypothesis[][]> {
  const k = options.beams;
  const limits = limitsOf(options);
  const banned = bannedOf(ids, options);
  const done: Hypothesis[][] = limits.map(() => []);
  let beams: Beam[][] = limits.map((limit) => (limit > 0 ? [{ tokens: [], sum: 0 }] : []));
  // One slot per live beam; the first step has a single beam per row.
  const state = await DecoderState.encode(model, inputIds, attentionMask, limits.flatMap((limit, r) => (limit > 0 ? [r] : [])));
  let next = new BigInt64Array(beams.flat().length).fill(BigInt(ids.decoderStart));

  while (next.length > 0) {
    options.signal?.throwIfAborted();
    const top = await head.top(await state.step(next), banned, k);
    const keep: number[] = [];
    let first = 0;
    beams = beams.map((rowBeams, r) => {
      if (rowBeams.length === 0) return rowBeams;
      const step = stepRow(rowBeams, first, top, ids, limits[r]!, done[r]!);
      first += rowBeams.length;
      done[r] = done[r]!.sort(byScore).slice(0, k);
      if (settled(done[r]!, step.beams[0], k, limits[r]!)) return [];
      keep.push(...step.parents);
      return step.beams;
    });
    state.keep(keep);
    next = BigInt64Array.from(beams.flat(), (beam) => BigInt(beam.tokens.at(-1)!));
  }
  const nBest = options.nBest ?? k;
  return done.map((hyps) => hyps.sort(byScore).slice(0, nBest));
}

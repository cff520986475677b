/**
 * The cost of one bead (a few source sentences against a few draft sentences), in nats, lower is
 * likelier: a prior on the bead's shape, Gale–Church's length model, and the lexical evidence —
 * the share of the bead's token weight that nothing on the other side accounts for, counted per
 * sentence (a merged sentence sharing nothing raises the share; a left-out sentence costs `skip`),
 * plus a cost for a bead that straddles a paragraph break.
 */
import type { Bag } from './bags.ts';

/** The shapes a bead may take: [source sentences, draft sentences]. */
export const SHAPES: readonly (readonly [number, number])[] = [
  [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3], [1, 4], [4, 1], [3, 2], [2, 3],
];

export interface CostModel {
  /** −log prior of each shape, keyed `a-b`; a shape without one is never used. */
  prior: Record<string, number>;
  /** Twice the nats for a sentence (of `size` 1) in a bead whose tokens all lack a counterpart; a share of it for a share. */
  lexical: number;
  /**
   * Nats per sentence (of `size` 1) left out (1-0, 0-1). Below `lexical / 2`, what a sentence
   * sharing nothing costs inside a bead, so such a sentence is left out rather than merged.
   */
  skip: number;
  /** 0: a sentence's lexical cost is a share of one sentence; 1: of its token weight (see `size`). */
  scale: number;
  /** Multiplier of the Gale–Church length cost. */
  length: number;
  /** Variance of draft length per source character (Gale–Church's s²). */
  variance: number;
  /** Cost of a bead that holds sentences of two paragraphs on one side. */
  straddle: number;
  /** Cost of a bead that starts a paragraph on one side only. */
  breakMismatch: number;
}

/** Tuned on the development data (`scripts/eval-align.ts`): novels, and news with deletions. */
export const DEFAULT_MODEL: CostModel = {
  prior: {
    '1-1': 0, '1-0': 3, '0-1': 3, '2-1': 2.5, '1-2': 2.5, '2-2': 5, '3-1': 5, '1-3': 5, '1-4': 8, '4-1': 8, '3-2': 9, '2-3': 9,
  },
  lexical: 10,
  skip: 3.5,
  scale: 0.8,
  length: 0.7,
  // Literary translation varies more in length than Gale–Church's 6.8 (their parliament data).
  variance: 10,
  straddle: 6,
  breakMismatch: 1.5,
};

/** Gale–Church alone, with its own priors (their 1991 estimates): the cheap model of the coarse pass. */
export const LENGTH_MODEL: CostModel = {
  ...DEFAULT_MODEL,
  // Gale–Church's own shapes only (a missing prior rules a shape out): the fine pass, in a band
  // around this path, finds the rarer ones.
  prior: { '1-1': 0.12, '1-0': 4.6, '0-1': 4.6, '2-1': 2.4, '1-2': 2.4, '2-2': 4.5 },
  lexical: 0,
  skip: 0,
};

/** Standard normal tail 2·(1 − Φ(|z|)), from Abramowitz–Stegun 7.1.26 (error below 1.5e-7). */
function twoSidedTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-x * x);
}

/** Gale–Church: how unlikely `draftLength` is as the translation of `sourceLength` characters. */
export function lengthCost(sourceLength: number, draftLength: number, ratio: number, variance: number): number {
  const mean = (sourceLength + draftLength / ratio) / 2;
  if (mean === 0) return 0;
  const z = (draftLength - ratio * sourceLength) / Math.sqrt(variance * mean);
  return -Math.log(Math.max(twoSidedTail(z), 1e-12));
}

/** Paragraph starts as flags over sentence indexes 0..n (n itself set): the node where a paragraph begins. */
export type Breaks = Uint8Array;

export interface BeadScorer {
  /** The prior of each shape: a lower bound of any bead of that shape's cost. */
  priors: readonly number[];
  /**
   * Cost of the bead of shape `SHAPES[shape]` whose first sentences are `source[i]` and `draft[j]`;
   * once it is sure to reach `bound`, it may stop and answer any figure at least `bound`.
   */
  cost(i: number, j: number, shape: number, bound: number): number;
}

/**
 * Scores beads over the two bag arrays. `ratio` is the draft's length per source character.
 * Lexical matching marks keys in a stamp array: no allocation per bead.
 */
export function beadScorer(
  source: readonly Bag[],
  draft: readonly Bag[],
  keyCount: number,
  model: CostModel,
  breaks?: { source: Breaks; draft: Breaks },
): BeadScorer {
  const sourceTotal = source.reduce((t, b) => t + b.length, 0);
  const draftTotal = draft.reduce((t, b) => t + b.length, 0);
  const ratio = sourceTotal > 0 && draftTotal > 0 ? Math.min(2, Math.max(0.5, draftTotal / sourceTotal)) : 1;
  const priors = SHAPES.map(([a, b]) => model.prior[`${a}-${b}`] ?? Infinity);
  const stamps = new Int32Array(keyCount);
  let stamp = 0;

  function mark(bags: readonly Bag[], from: number, count: number): void {
    stamp++;
    for (let k = from; k < from + count; k++) for (const key of bags[k]!.keys) stamps[key] = stamp;
  }

  /**
   * Each sentence of `bags[from..from+count)`: the share of its token weight with no key marked,
   * times its size; summed. Per sentence, so a merged sentence sharing nothing is not diluted.
   */
  function unmatched(bags: readonly Bag[], from: number, count: number): number {
    let shares = 0;
    for (let k = from; k < from + count; k++) {
      const bag = bags[k]!;
      let missing = 0;
      let keyStart = 0;
      for (let t = 0; t < bag.tokenEnds.length; t++) {
        const keyEnd = bag.tokenEnds[t]!;
        let found = false;
        for (let q = keyStart; q < keyEnd && !found; q++) found = stamps[bag.keys[q]!] === stamp;
        if (!found) missing += bag.weights[t]!;
        keyStart = keyEnd;
      }
      shares += bag.total > 0 ? (size(1, bag.total) * missing) / bag.total : 1;
    }
    return shares;
  }

  const prefix = (values: number[]) => values.reduce((sums, v) => (sums.push(sums.at(-1)! + v), sums), [0]);
  const sourceLength = prefix(source.map((b) => b.length));
  const draftLength = prefix(draft.map((b) => b.length));
  const sourceWeight = prefix(source.map((b) => b.total));
  const draftWeight = prefix(draft.map((b) => b.total));
  const sum = (sums: number[], from: number, count: number) => sums[from + count]! - sums[from]!;
  const meanWeight = (sourceWeight.at(-1)! + draftWeight.at(-1)!) / Math.max(1, source.length + draft.length) || 1;
  /**
   * How much a bead of `sentences` sentences weighing `weight` counts: by sentences, each scaled
   * by its weight to the power `model.scale`, so a long sentence counts more, but not so much
   * more that lexical evidence drowns the length model and the priors.
   */
  const size = (sentences: number, weight: number) => sentences * (weight / sentences / meanWeight) ** model.scale;

  function straddles(flags: Breaks | undefined, from: number, count: number): boolean {
    if (!flags) return false;
    for (let k = from + 1; k < from + count; k++) if (flags[k]) return true;
    return false;
  }

  return {
    priors,
    cost(i, j, shape, bound) {
      const [a, b] = SHAPES[shape]!;
      let cost = priors[shape]!;
      if (breaks) {
        if (straddles(breaks.source, i, a) || straddles(breaks.draft, j, b)) cost += model.straddle;
        if (breaks.source[i] !== breaks.draft[j]) cost += model.breakMismatch;
      }
      if (a === 0 || b === 0) {
        return cost + model.skip * size(a + b, sum(sourceWeight, i, a) + sum(draftWeight, j, b));
      }
      cost += model.length * lengthCost(sum(sourceLength, i, a), sum(draftLength, j, b), ratio, model.variance);
      if (cost >= bound || model.lexical === 0) return cost;
      mark(draft, j, b);
      cost += (model.lexical * unmatched(source, i, a)) / 2;
      if (cost >= bound) return cost;
      mark(source, i, a);
      return cost + (model.lexical * unmatched(draft, j, b)) / 2;
    },
  };
}

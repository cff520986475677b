/**
 * The cheapest monotone sequence of beads through a band around the diagonal. The band follows
 * the two texts' cumulative lengths (for long pairs, the path of a cheap length-only pass); when
 * the best path runs along its edge, the band doubles and the search runs again, so the time
 * stays near-linear unless the texts really drift apart. Cells far costlier than their row's best
 * are dropped as the search goes.
 */
import type { Link } from './alignment.ts';
import { SHAPES, type BeadScorer } from './bead-cost.ts';

/** Half-width of the first band, in draft sentences. */
const FIRST_HALF_WIDTH = 16;
/** Half-width of the band around the coarse path: it strays from the real one by a few sentences. */
const GUIDED_HALF_WIDTH = 8;
/**
 * Nats beyond a row's cheapest cell past which a cell is dropped: a dozen skipped sentences'
 * worth, far above what separates rival paths that both stay plausible.
 */
const BEAM = 150;
/** A path this close to the band's edge may have been pushed there by it. */
const EDGE_MARGIN = 2;

interface Band {
  low: Int32Array;
  high: Int32Array;
}

/** For each source position 0..n, the draft position at the same fraction of the text's length. */
function diagonal(sourceLengths: readonly number[], draftLengths: readonly number[]): Spine {
  const n = sourceLengths.length;
  const m = draftLengths.length;
  const centre = new Int32Array(n + 1);
  const sourceTotal = sourceLengths.reduce((a, b) => a + b, 0) || 1;
  const draftTotal = draftLengths.reduce((a, b) => a + b, 0) || 1;
  let j = 0;
  let draftDone = 0;
  let sourceDone = 0;
  for (let i = 0; i <= n; i++) {
    const target = (sourceDone / sourceTotal) * draftTotal;
    while (j < m && draftDone + draftLengths[j]! / 2 < target) draftDone += draftLengths[j++]!;
    centre[i] = i === n ? m : j;
    if (i < n) sourceDone += sourceLengths[i]!;
  }
  return { first: centre, last: centre };
}

/** The draft positions a path passes through on each source row, as the band's spine. */
interface Spine {
  first: Int32Array;
  last: Int32Array;
}

function band({ first, last }: Spine, halfWidth: number, m: number): Band {
  const n = first.length - 1;
  const low = new Int32Array(n + 1);
  const high = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    low[i] = Math.max(0, first[i]! - halfWidth);
    high[i] = Math.min(m, last[i]! + halfWidth);
  }
  // Both ends must lie inside, whatever the spine says, and each row must overlap the one
  // before, so every cell of the band is reachable (a 1-0 bead, then 0-1 beads along the row).
  low[0] = 0;
  high[n] = m;
  for (let i = 1; i <= n; i++) low[i] = Math.min(low[i]!, high[i - 1]!);
  return { low, high };
}

/** The spine of a path's links; a bead of several source sentences is spread evenly over its rows. */
function spineOf(links: readonly Link[], n: number): Spine {
  const first = new Int32Array(n + 1).fill(-1);
  const last = new Int32Array(n + 1);
  let i = 0;
  let j = 0;
  first[0] = 0;
  for (const { source, draft } of links) {
    const a = source.length;
    const b = draft.length;
    if (a === 0) last[i] = j + b;
    for (let k = 1; k <= a; k++) {
      const at = j + Math.round((b * k) / a);
      first[i + k] = at;
      last[i + k] = at;
    }
    i += a;
    j += b;
  }
  return { first, last };
}

interface Search {
  links: Link[];
  touchesEdge: boolean;
}

/** Forgets the cells of a row far costlier than its best: no path through them can win. */
function prune(row: Float64Array, beam: number): void {
  let best = Infinity;
  for (const cost of row) best = Math.min(best, cost);
  for (let k = 0; k < row.length; k++) if (row[k]! > best + beam) row[k] = Infinity;
}

/** The best path inside the band, or undefined when pruning cut every way to the end. */
function search(n: number, m: number, { low, high }: Band, scorer: BeadScorer, full: boolean, beam: number): Search | undefined {
  const priors = scorer.priors;
  const costs: Float64Array[] = [];
  const moves: Int8Array[] = [];
  for (let i = 0; i <= n; i++) {
    const width = high[i]! - low[i]! + 1;
    const row = new Float64Array(width).fill(Infinity);
    const move = new Int8Array(width).fill(-1);
    // Pushed first: 0-1 beads read the row being filled.
    costs.push(row);
    moves.push(move);
    for (let j = low[i]!; j <= high[i]!; j++) {
      if (i === 0 && j === 0) {
        row[0] = 0;
        continue;
      }
      let best = Infinity;
      let bestShape = -1;
      for (let s = 0; s < SHAPES.length; s++) {
        const [a, b] = SHAPES[s]!;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0 || pj < low[pi]! || pj > high[pi]!) continue;
        const before = costs[pi]![pj - low[pi]!]!;
        if (before === Infinity || before + priors[s]! >= best) continue;
        const total = before + scorer.cost(pi, pj, s, best - before);
        if (total < best) {
          best = total;
          bestShape = s;
        }
      }
      row[j - low[i]!] = best;
      move[j - low[i]!] = bestShape;
    }
    if (i < n) prune(row, beam);
  }
  if (costs[n]![m - low[n]!] === Infinity) return undefined;
  const links: Link[] = [];
  let touchesEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    // Every cell on a path back from a reached end was reached: its move is set.
    const s = moves[i]![j - low[i]!]!;
    if (!full && ((low[i]! > 0 && j - low[i]! < EDGE_MARGIN) || (high[i]! < m && high[i]! - j < EDGE_MARGIN))) touchesEdge = true;
    const [a, b] = SHAPES[s]!;
    links.push({ source: range(i - a, a), draft: range(j - b, b) });
    i -= a;
    j -= b;
  }
  return { links: links.reverse(), touchesEdge };
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}

function widening(spine: Spine, n: number, m: number, scorer: BeadScorer, firstHalfWidth: number): Link[] {
  for (let halfWidth = firstHalfWidth; ; halfWidth *= 2) {
    const full = halfWidth >= Math.max(n, m) + 4;
    const within = band(spine, halfWidth, m);
    const result = search(n, m, within, scorer, full, BEAM) ?? search(n, m, within, scorer, full, Infinity)!;
    if (full || !result.touchesEdge) return result.links;
  }
}

/**
 * Links of the cheapest path from (0, 0) to (n, m), in order, each sentence in exactly one. A
 * long pair is first aligned by `coarse`, a cheap scorer (lengths only), whose path then guides
 * the band of the real search: the proportional diagonal drifts by dozens of sentences over
 * thousands, the coarse path by a few.
 *
 * @example bestPath([10, 12], [9, 11], scorer) // [{source: [0], draft: [0]}, {source: [1], draft: [1]}]
 */
export function bestPath(sourceLengths: readonly number[], draftLengths: readonly number[], scorer: BeadScorer, coarse?: BeadScorer): Link[] {
  const n = sourceLengths.length;
  const m = draftLengths.length;
  let spine = diagonal(sourceLengths, draftLengths);
  if (!coarse || Math.max(n, m) <= 4 * FIRST_HALF_WIDTH) return widening(spine, n, m, scorer, FIRST_HALF_WIDTH);
  spine = spineOf(widening(spine, n, m, coarse, FIRST_HALF_WIDTH), n);
  return widening(spine, n, m, scorer, GUIDED_HALF_WIDTH);
}

/**
 * Hand corrections of an alignment's links, as pure functions: each returns new links and keeps
 * the invariant the server's aligner keeps (links in reading order, every sentence of either side
 * in exactly one link, indexes ascending and contiguous on each side). A correction names its link
 * by the link's sentence indexes, as the server replays it (`Correction` in the wire contract).
 *
 * @example merge([{ source: [0], draft: [] }, { source: [], draft: [0] }], 0) // [{ source: [0], draft: [0] }]
 */
import type { AlignmentLink as Link, Correction } from '../../server/schemas.ts';

export type { Correction, Link };
export type CorrectionOp = Correction['op'];

/** The link and the one after it become one (a 1-0 followed by a 0-1 becomes a 1-1). */
export function merge(links: readonly Link[], index: number): Link[] {
  const here = links[index];
  const next = links[index + 1];
  if (!here || !next) return [...links];
  const joined: Link = { source: [...here.source, ...next.source], draft: [...here.draft, ...next.draft] };
  return [...links.slice(0, index), joined, ...links.slice(index + 2)];
}

/**
 * Where the second part of a split starts on one side (a sentence index): `at` when given and
 * inside the side (its first index sends the whole side to the second part), else after the
 * first sentence of a side of two or more, else past the end (a lone sentence stays in the first).
 */
function cut(side: readonly number[], at: number | undefined): number | undefined {
  if (side.length === 0) return undefined;
  if (at === undefined) return side.length >= 2 ? side[0]! + 1 : side.at(-1)! + 1;
  return at >= side[0]! && at <= side.at(-1)! + 1 ? at : Number.NaN;
}

/**
 * A link of several sentences on a side becomes two, cut where `at` says (as the server does):
 * by default after the first sentence of each side of two or more, a lone sentence staying with
 * the first part (a 2-1 becomes a 1-1 and a 1-0). A cut that leaves a part empty does nothing.
 */
export function split(links: readonly Link[], index: number, at: { source?: number; draft?: number } = {}): Link[] {
  const here = links[index];
  if (!here) return [...links];
  const s = cut(here.source, at.source);
  const d = cut(here.draft, at.draft);
  if (Number.isNaN(s) || Number.isNaN(d)) return [...links];
  const first: Link = { source: here.source.filter((n) => s === undefined || n < s), draft: here.draft.filter((n) => d === undefined || n < d) };
  const rest: Link = { source: here.source.filter((n) => s !== undefined && n >= s), draft: here.draft.filter((n) => d !== undefined && n >= d) };
  if (first.source.length + first.draft.length === 0 || rest.source.length + rest.draft.length === 0) return [...links];
  return [...links.slice(0, index), first, rest, ...links.slice(index + 1)];
}

/**
 * Where a "late" split cuts: a lone sentence on one side goes with the last part instead of the
 * first (a 2-1 whose draft translates the second source sentence becomes a 1-0 and a 1-1).
 */
export function lateCut(link: Link): { source?: number; draft?: number } {
  return {
    ...(link.source.length === 1 ? { source: link.source[0]! } : {}),
    ...(link.draft.length === 1 ? { draft: link.draft[0]! } : {}),
  };
}

/** The two sides part: the source stands alone (n-0, an omission), then the draft (0-m, an addition). */
export function detach(links: readonly Link[], index: number): Link[] {
  const here = links[index];
  if (!here || !canDetach(here)) return [...links];
  return [...links.slice(0, index), { source: [...here.source], draft: [] }, { source: [], draft: [...here.draft] }, ...links.slice(index + 1)];
}

export function canMerge(links: readonly Link[], index: number): boolean {
  return index >= 0 && index + 1 < links.length;
}

export function canSplit(link: Link): boolean {
  return link.source.length > 1 || link.draft.length > 1;
}

/** A late split differs from the plain one: one side has several sentences, the other one. */
export function canSplitLate(link: Link): boolean {
  const [s, d] = [link.source.length, link.draft.length];
  return (s > 1 && d === 1) || (d > 1 && s === 1);
}

export function canDetach(link: Link): boolean {
  return link.source.length > 0 && link.draft.length > 0;
}

/** What the translator asks of a link: merge, split (`late`: a lone sentence goes with the last part), detach. */
export type Action = CorrectionOp | 'split-late';

/** The correction that does `action` to the link at `index`, naming it by its sentences. */
export function correctionOf(links: readonly Link[], action: Action, index: number): Correction {
  const link = links[index]!;
  const named = { source: [...link.source], draft: [...link.draft] };
  return action === 'split-late' ? { op: 'split', link: named, ...lateCut(link) } : { op: action, link: named };
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** One correction applied; one whose link is not there (stale) or that does not apply leaves the links as they were. */
export function correct(links: readonly Link[], correction: Correction): Link[] {
  const index = links.findIndex((l) => same(l.source, correction.link.source) && same(l.draft, correction.link.draft));
  if (index === -1) return [...links];
  switch (correction.op) {
    case 'merge':
      return merge(links, index);
    case 'split':
      return split(links, index, correction);
    case 'detach':
      return detach(links, index);
  }
}

/** The links after every correction in order: what the server replays on its aligner's links. */
export function corrected(links: readonly Link[], corrections: readonly Correction[]): Link[] {
  return corrections.reduce<Link[]>((out, c) => correct(out, c), [...links]);
}

/**
 * Hand corrections of an alignment, replayed on the aligner's links. A correction names the link it
 * acts on by its sentence indexes rather than by its position in the list: positions shift as soon
 * as anything before them changes, while "source 4-5 with draft 6" means the same link until the
 * sentences themselves change. So when the texts or the aligner change, every correction whose link
 * the aligner still finds is applied again, and one whose link is gone is skipped (reported as
 * stale), never applied to some other link.
 *
 * @example applyCorrections([{source: [0], draft: [0]}, {source: [1], draft: []}], [{op: 'merge', link: {source: [0], draft: [0]}}])
 * // { links: [{source: [0, 1], draft: [0]}], stale: [] }
 */
import type { AlignmentLink, Correction } from '../schemas.ts';

export interface Corrected {
  links: AlignmentLink[];
  /** Indexes of the corrections that did not apply. */
  stale: number[];
}

const same = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);

/** Where the second part of a split starts on one side: `at` if it falls inside, else after the first sentence. */
function cut(side: readonly number[], at: number | undefined): number | undefined {
  if (side.length === 0) return undefined;
  const first = side[0]!;
  const end = side.at(-1)! + 1;
  if (at === undefined) return side.length >= 2 ? first + 1 : end;
  return at >= first && at <= end ? at : Number.NaN;
}

/** The links that replace `link` under `correction`, or undefined when it does not apply. */
function corrected(links: readonly AlignmentLink[], i: number, correction: Correction): AlignmentLink[] | undefined {
  const link = links[i]!;
  switch (correction.op) {
    case 'merge': {
      const next = links[i + 1];
      return next && [{ source: [...link.source, ...next.source], draft: [...link.draft, ...next.draft] }];
    }
    case 'detach':
      if (link.source.length === 0 || link.draft.length === 0) return undefined;
      return [
        { source: link.source, draft: [] },
        { source: [], draft: link.draft },
      ];
    case 'split': {
      const s = cut(link.source, correction.source);
      const d = cut(link.draft, correction.draft);
      if (Number.isNaN(s) || Number.isNaN(d)) return undefined;
      const first = { source: link.source.filter((n) => s === undefined || n < s), draft: link.draft.filter((n) => d === undefined || n < d) };
      const second = { source: link.source.filter((n) => s !== undefined && n >= s), draft: link.draft.filter((n) => d !== undefined && n >= d) };
      const empty = (l: AlignmentLink) => l.source.length + l.draft.length === 0;
      return empty(first) || empty(second) ? undefined : [first, second];
    }
  }
}

/** Replays `corrections` in order on `links` (which it does not change). */
export function applyCorrections(links: readonly AlignmentLink[], corrections: readonly Correction[]): Corrected {
  let current = links.map((l) => ({ source: [...l.source], draft: [...l.draft] }));
  const stale: number[] = [];
  corrections.forEach((correction, k) => {
    const i = current.findIndex((l) => same(l.source, correction.link.source) && same(l.draft, correction.link.draft));
    const replacement = i < 0 ? undefined : corrected(current, i, correction);
    if (!replacement) {
      stale.push(k);
      return;
    }
    const removed = correction.op === 'merge' ? 2 : 1;
    current = [...current.slice(0, i), ...replacement, ...current.slice(i + removed)];
  });
  return { links: current, stale };
}

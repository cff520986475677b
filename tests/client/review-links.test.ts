import { describe, expect, it } from 'vitest';
import { canDetach, canMerge, canSplit, canSplitLate, correct, corrected, correctionOf, detach, merge, split, type Link } from '../../client/state/review-links.ts';

/** 0-0 · 1 dropped (1-0) · 2-1, 3-1 (2-1) · an added sentence (0-1) · 4-3 */
const LINKS: Link[] = [
  { source: [0], draft: [0] },
  { source: [1], draft: [] },
  { source: [2, 3], draft: [1] },
  { source: [], draft: [2] },
  { source: [4], draft: [3] },
];

describe('corrections of the alignment', () => {
  it('merges a link with the next: a 1-0 and a 2-1 become a 3-1', () => {
    expect(merge(LINKS, 1)).toEqual([{ source: [0], draft: [0] }, { source: [1, 2, 3], draft: [1] }, { source: [], draft: [2] }, { source: [4], draft: [3] }]);
  });

  it('merges an omission followed by an addition into a 1-1', () => {
    expect(merge([{ source: [0], draft: [] }, { source: [], draft: [0] }], 0)).toEqual([{ source: [0], draft: [0] }]);
  });

  it('splits a 2-1 into a 1-1 and a 1-0', () => {
    expect(split(LINKS, 2).slice(2, 4)).toEqual([
      { source: [2], draft: [1] },
      { source: [3], draft: [] },
    ]);
    expect(split(LINKS, 2)).toHaveLength(6);
  });

  it('splits a 2-1 late: the lone draft sentence goes with the second source sentence', () => {
    const late = correctionOf(LINKS, 'split-late', 2);
    expect(late).toEqual({ op: 'split', link: { source: [2, 3], draft: [1] }, draft: 1 });
    expect(correct(LINKS, late).slice(2, 4)).toEqual([
      { source: [2], draft: [] },
      { source: [3], draft: [1] },
    ]);
    expect([canSplitLate(LINKS[2]!), canSplitLate({ source: [0, 1], draft: [0, 1] }), canSplitLate({ source: [0], draft: [0, 1] })]).toEqual([true, false, true]);
  });

  it('refuses a cut outside the link or one that leaves a part empty', () => {
    expect(split(LINKS, 2, { source: 7 })).toEqual(LINKS);
    expect(split(LINKS, 0, { source: 0, draft: 0 })).toEqual(LINKS);
  });

  it('detaches a 1-1 into a 1-0 then a 0-1', () => {
    expect(detach(LINKS, 0).slice(0, 3)).toEqual([{ source: [0], draft: [] }, { source: [], draft: [0] }, { source: [1], draft: [] }]);
  });

  it('leaves the links as they were when an operation does not apply', () => {
    expect(merge(LINKS, 4)).toEqual(LINKS);
    expect(split(LINKS, 0)).toEqual(LINKS);
    expect(detach(LINKS, 1)).toEqual(LINKS);
    expect([canMerge(LINKS, 3), canMerge(LINKS, 4), canSplit(LINKS[2]!), canSplit(LINKS[0]!), canDetach(LINKS[0]!), canDetach(LINKS[3]!)]).toEqual([true, false, true, false, true, false]);
  });

  it('names the link a correction acts on by its sentences, and replays corrections in order', () => {
    const first = correctionOf(LINKS, 'merge', 1);
    expect(first).toEqual({ op: 'merge', link: { source: [1], draft: [] } });
    const second = { op: 'split' as const, link: { source: [1, 2, 3], draft: [1] } };
    expect(corrected(LINKS, [first, second]).slice(1, 3)).toEqual([
      { source: [1], draft: [1] },
      { source: [2, 3], draft: [] },
    ]);
  });

  it('skips a correction whose link is no longer there', () => {
    expect(correct(LINKS, { op: 'detach', link: { source: [1], draft: [1] } })).toEqual(LINKS);
  });
});

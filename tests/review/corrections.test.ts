/**
 * Hand corrections replayed on the aligner's links: merge, split, detach, and corrections whose
 * link no longer exists skipped as stale rather than applied elsewhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../server/review/corrections.ts';
import { flagKey } from '../../server/review/flag-key.ts';
import type { AlignmentLink } from '../../server/schemas.ts';

const LINKS: AlignmentLink[] = [
  { source: [0], draft: [0] },
  { source: [1, 2], draft: [1] },
  { source: [3], draft: [] },
  { source: [4], draft: [2, 3] },
];

describe('applyCorrections', () => {
  it('merges a link with the next one', () => {
    expect(applyCorrections(LINKS, [{ op: 'merge', link: { source: [1, 2], draft: [1] } }])).toEqual({
      links: [{ source: [0], draft: [0] }, { source: [1, 2, 3], draft: [1] }, { source: [4], draft: [2, 3] }],
      stale: [],
    });
  });

  it('splits after the first sentence of each side by default, or where it is told', () => {
    expect(applyCorrections(LINKS, [{ op: 'split', link: { source: [1, 2], draft: [1] } }]).links.slice(1, 3)).toEqual([
      { source: [1], draft: [1] },
      { source: [2], draft: [] },
    ]);
    expect(applyCorrections(LINKS, [{ op: 'split', link: { source: [1, 2], draft: [1] }, source: 2, draft: 1 }]).links.slice(1, 3)).toEqual([
      { source: [1], draft: [] },
      { source: [2], draft: [1] },
    ]);
    expect(applyCorrections(LINKS, [{ op: 'split', link: { source: [4], draft: [2, 3] } }]).links.slice(3)).toEqual([
      { source: [4], draft: [2] },
      { source: [], draft: [3] },
    ]);
  });

  it('detaches an n-m link into an omission and an addition', () => {
    expect(applyCorrections(LINKS, [{ op: 'detach', link: { source: [0], draft: [0] } }]).links.slice(0, 2)).toEqual([
      { source: [0], draft: [] },
      { source: [], draft: [0] },
    ]);
  });

  it('replays corrections in order, each on the links the one before made', () => {
    const { links, stale } = applyCorrections(LINKS, [
      { op: 'detach', link: { source: [0], draft: [0] } },
      { op: 'merge', link: { source: [], draft: [0] } },
    ]);
    expect(links.slice(0, 2)).toEqual([{ source: [0], draft: [] }, { source: [1, 2], draft: [0, 1] }]);
    expect(stale).toEqual([]);
  });

  it('skips, as stale, corrections whose link is gone or that would change nothing', () => {
    const { links, stale } = applyCorrections(LINKS, [
      { op: 'merge', link: { source: [1], draft: [1] } },
      { op: 'merge', link: { source: [4], draft: [2, 3] } },
      { op: 'split', link: { source: [0], draft: [0] } },
      { op: 'split', link: { source: [1, 2], draft: [1] }, source: 9 },
      { op: 'detach', link: { source: [3], draft: [] } },
      { op: 'merge', link: { source: [0], draft: [0] } },
    ]);
    expect(stale).toEqual([0, 1, 2, 3, 4]);
    expect(links[0]).toEqual({ source: [0, 1, 2], draft: [0, 1] });
  });

  it('leaves the links it was given unchanged', () => {
    const before = structuredClone(LINKS);
    applyCorrections(LINKS, [{ op: 'merge', link: { source: [0], draft: [0] } }]);
    expect(LINKS).toEqual(before);
  });
});

describe('flagKey', () => {
  const alignment = {
    source: [{ start: 0, end: 10 }, { start: 11, end: 30 }],
    draft: [{ start: 0, end: 8 }, { start: 9, end: 25 }],
    links: [{ source: [0], draft: [0] }, { source: [1], draft: [1] }, { source: [], draft: [] }],
  };

  it('names the rule, the link by its sentences, and offsets from the start of the link', () => {
    expect(flagKey({ rule: 'number', link: 1, source: { start: 14, end: 17 }, draft: { start: 12, end: 15 } }, alignment)).toBe('number|s1|d1|3-6|3-6');
    expect(flagKey({ rule: 'omission', link: 1, source: { start: 11, end: 30 } }, alignment)).toBe('omission|s1|d1|0-19|');
  });

  it('stays the same when text before the link grows', () => {
    const shifted = { ...alignment, draft: [{ start: 0, end: 12 }, { start: 13, end: 29 }] };
    expect(flagKey({ rule: 'number', link: 1, draft: { start: 16, end: 19 } }, shifted)).toBe(flagKey({ rule: 'number', link: 1, draft: { start: 12, end: 15 } }, alignment));
  });
});

describe('applyCorrections on any links and any corrections', () => {
  /** Links over `n` source and `m` draft sentences, cut at random, as an aligner could give. */
  const linksArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 12 }).map((shapes) => {
    let s = 0;
    let d = 0;
    return shapes
      .filter(([a, b]) => a + b > 0)
      .map(([a, b]) => ({ source: Array.from({ length: a }, () => s++), draft: Array.from({ length: b }, () => d++) }));
  });

  it('keeps every sentence in exactly one non-empty link, in order', () => {
    fc.assert(
      fc.property(linksArb, fc.array(fc.tuple(fc.constantFrom('merge', 'split', 'detach'), fc.nat(), fc.option(fc.nat(30)), fc.option(fc.nat(30))), { maxLength: 8 }), (links, ops) => {
        let current = links;
        for (const [op, pick, source, draft] of ops) {
          if (current.length === 0) break;
          const link = current[pick % current.length]!;
          const correction =
            op === 'split' ? { op, link, ...(source === null ? {} : { source }), ...(draft === null ? {} : { draft }) } : { op, link };
          current = applyCorrections(current, [correction as Parameters<typeof applyCorrections>[1][number]]).links;
        }
        const flat = (side: 'source' | 'draft') => current.flatMap((l) => l[side]);
        const count = (side: 'source' | 'draft') => links.flatMap((l) => l[side]).length;
        expect(flat('source')).toEqual(Array.from({ length: count('source') }, (_, i) => i));
        expect(flat('draft')).toEqual(Array.from({ length: count('draft') }, (_, i) => i));
        expect(current.every((l) => l.source.length + l.draft.length > 0)).toBe(true);
      }),
    );
  });
});

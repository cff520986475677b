import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Alignment, Link } from '../../../server/core/align/alignment.ts';
import { QA_RULES, SEVERITIES } from '../../../server/core/qa/flag.ts';
import { checkSentencePair, reviewAlignment } from '../../../server/core/qa/review.ts';

/** Sentence-like text in either language, with numbers, names, doubled words and French marks. */
const piece = fc.constantFrom(
  'Le', 'the', 'the', 'Obama', 'Obmaa', 'OTAN', 'NATO', 'Moscou', 'gouvernement', 'government', '3,5', '3.5', '1 500', '1,500', '14 h 30', '2:30 p.m.',
  'XXe siècle', 'two', '%', '«', '»', ' ?', ' :', '!', '.', ',', ' ', ' ', '\u00a0', 'é', 'Ç', '-', "l'", 'a', 'est',
);
const sentence = fc.oneof(fc.array(piece, { minLength: 1, maxLength: 20 }).map((p) => p.join('')), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }));

/** Splits 0..n and 0..m into links of 0-2 sentences on each side, never empty on both. */
function linksFor(n: number, m: number, cuts: number[]): Link[] {
  const links: Link[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < n || j < m) {
    const c = cuts[k++ % cuts.length]!;
    let take = [Math.min(c % 3, n - i), Math.min(Math.floor(c / 3) % 3, m - j)];
    if (take[0] === 0 && take[1] === 0) take = i < n ? [1, 0] : [0, 1];
    links.push({ source: Array.from({ length: take[0]! }, (_, x) => i + x), draft: Array.from({ length: take[1]! }, (_, x) => j + x) });
    i += take[0]!;
    j += take[1]!;
  }
  return links;
}

function spans(items: string[]) {
  let at = 0;
  return items.map((s) => ({ start: at, end: (at += s.length + 1) - 1 }));
}

describe('flags stay inside the texts', () => {
  it('every flag has a known rule and severity, a valid link and offsets inside its text', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 6 }), fc.array(sentence, { maxLength: 6 }), fc.array(fc.nat(8), { minLength: 1, maxLength: 10 }), (fr, en, cuts) => {
        const sourceText = fr.join('\n');
        const draftText = en.join('\n');
        const alignment: Alignment = { source: spans(fr), draft: spans(en), links: linksFor(fr.length, en.length, cuts) };
        const flags = reviewAlignment({ sourceText, draftText, alignment, glossary: [{ source: 'gouvernement', target: 'government' }] });
        let previous = 0;
        for (const flag of flags) {
          expect(QA_RULES).toContain(flag.rule);
          expect(SEVERITIES).toContain(flag.severity);
          expect(flag.link).toBeGreaterThanOrEqual(previous);
          expect(flag.link).toBeLessThan(alignment.links.length);
          previous = flag.link;
          if (flag.source) {
            expect(flag.source.start).toBeGreaterThanOrEqual(0);
            expect(flag.source.end).toBeLessThanOrEqual(sourceText.length);
            expect(flag.source.start).toBeLessThan(flag.source.end);
          }
          if (flag.draft) {
            expect(flag.draft.start).toBeGreaterThanOrEqual(0);
            expect(flag.draft.end).toBeLessThanOrEqual(draftText.length);
            expect(flag.draft.start).toBeLessThan(flag.draft.end);
          }
        }
      }),
    );
  });

  it('sentence-pair flags are on link 0 and inside their sentences', () => {
    fc.assert(
      fc.property(sentence, sentence, (fr, en) => {
        for (const flag of checkSentencePair(fr, en)) {
          expect(flag.link).toBe(0);
          expect(['number', 'name', 'untranslated']).toContain(flag.rule);
          if (flag.source) expect(flag.source.end).toBeLessThanOrEqual(fr.length);
          if (flag.draft) expect(flag.draft.end).toBeLessThanOrEqual(en.length);
        }
      }),
    );
  });
});

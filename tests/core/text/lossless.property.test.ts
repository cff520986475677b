import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../server/core/text/article.ts';

/** French-like text: words, abbreviations, quotes with every kind of space, dots, newlines. */
const piece = fc.constantFrom(
  'Le', 'président', 'M.', 'Mme', 'J.-P.', 'av. J.-C.', 'p.', '3,5', '14:11', '3.000', 'www.site.fr', 'é', 'à',
  '.', '!', '?', '…', '...', '«', '»', '"', '(', ')', '—', '-', ' ', ' ', ' ', '\u00a0', '\u202f', '\n', '\n\n', '\r\n', '\t', 'x.Y',
);
const frenchLike = fc.oneof(
  fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

describe('segmentation never loses text', () => {
  it('spans are ordered, disjoint, trimmed, and only whitespace lies outside them', () => {
    fc.assert(
      fc.property(frenchLike, (text) => {
        let rebuilt = '';
        let cursor = 0;
        for (const paragraph of segmentArticle(text)) {
          expect(paragraph.start).toBeGreaterThanOrEqual(cursor);
          for (const sentence of paragraph.sentences) {
            expect(sentence.start).toBeGreaterThanOrEqual(Math.max(cursor, paragraph.start));
            expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
            expect(sentence.end).toBeGreaterThan(sentence.start);
            const gap = text.slice(cursor, sentence.start);
            expect(gap.trim()).toBe('');
            const body = text.slice(sentence.start, sentence.end);
            expect(body.trim()).toBe(body);
            rebuilt += gap + body;
            cursor = sentence.end;
          }
        }
        expect(text.slice(cursor).trim()).toBe('');
        expect(rebuilt + text.slice(cursor)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

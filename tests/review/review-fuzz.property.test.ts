/**
 * The review under fuzzed pairs (texts or sentence arrays, any corrections): a typed 4xx or an
 * alignment that keeps every sentence of both sides in exactly one link, in order, with flags on
 * real links and inside the texts; the XLIFF export stays valid against the schema. Never a 5xx.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlignResponse, ErrorBody, ReviewResponse } from '../../server/schemas.ts';
import { reviewApp } from './app.ts';
import { exportToolsEnabled, validateXliff } from './tools.ts';

const { call } = reviewApp(null, { VISAVIS_MAX_CHARS: '3000' });

const piece = fc.constantFrom(
  'Le', 'président', 'Dupont', 'a', 'dit', 'M.', 'Mr.', 'U.S.', '3,5 %', '4.5%', '1 500', '14 h 30', 'June 3, 2021', 'é', 'à', 'l’Occident', 'the', 'said',
  '.', '!', '?', '…', '«', '»', '"', ':', ' ;', '(', ')', '—', ' ', '\u00a0', '\n', '\n\n', '<script>', '&amp;', '\f', '\ufffd', '\ud800',
);
const sentence = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' '));
const side = fc.oneof(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' ')), fc.array(sentence, { maxLength: 12 }));
const indexes = fc.array(fc.nat(12), { maxLength: 3 }).map((a) => [...new Set(a)].sort((x, y) => x - y));
const correction = fc.record({ op: fc.constantFrom('merge', 'split', 'detach'), link: fc.record({ source: indexes, draft: indexes }) });
const TYPED_4XX = new Set(['BAD_REQUEST', 'EMPTY_TEXT', 'BINARY_TEXT', 'TEXT_TOO_LONG']);

function expectCovering(alignment: AlignResponse): void {
  const order = (n: number) => Array.from({ length: n }, (_, i) => i);
  expect(alignment.links.flatMap((l) => l.source)).toEqual(order(alignment.source.length));
  expect(alignment.links.flatMap((l) => l.draft)).toEqual(order(alignment.draft.length));
  expect(alignment.links.every((l) => l.source.length + l.draft.length > 0)).toBe(true);
}

describe('POST /api/review under fuzzed pairs', () => {
  it('answers a typed 4xx or a covering alignment with flags inside the texts', async () => {
    await fc.assert(
      fc.asyncProperty(side, side, fc.array(correction, { maxLength: 3 }), async (source, draft, corrections) => {
        const res = await call('POST', '/api/review', { source, draft, corrections, glossary: [{ source: 'président', target: 'president' }] });
        if (res.status !== 200) {
          expect(res.status).toBeLessThan(500);
          expect(TYPED_4XX.has((res.body as ErrorBody).error.code)).toBe(true);
          return;
        }
        const { alignment, flags, staleCorrections } = res.body as ReviewResponse;
        expectCovering(alignment);
        const sourceText = typeof source === 'string' ? source : source.join('\n');
        const draftText = typeof draft === 'string' ? draft : draft.join('\n');
        for (const flag of flags) {
          expect(flag.link).toBeLessThan(alignment.links.length);
          if (flag.source) expect(flag.source.end).toBeLessThanOrEqual(sourceText.length);
          if (flag.draft) expect(flag.draft.end).toBeLessThanOrEqual(draftText.length);
        }
        expect(staleCorrections.every((i) => i < corrections.length)).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it.runIf(exportToolsEnabled())('exports XLIFF that the official schema accepts, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(side, side, async (source, draft) => {
        const res = await call('POST', '/api/review/export?format=xliff', { source, draft });
        if (res.status !== 200) {
          expect(TYPED_4XX.has((res.body as ErrorBody).error.code)).toBe(true);
          return;
        }
        const verdict = validateXliff(res.text);
        expect(verdict.valid, verdict.output).toBe(true);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

/**
 * The API under fuzzed input: whatever the text, segment and translate answer with a typed 4xx or
 * with spans that lose nothing, in order; never a 5xx.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import type { ErrorBody, SegmentResponse, TranslateResponse } from '../../server/schemas.ts';
import { openDatabase } from '../../server/store/db.ts';
import { TranslationCache } from '../../server/store/translation-cache.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const config = tinyConfig({ VISAVIS_MAX_CHARS: '3000' });
const translator = createMarianTranslator(config);
const app = createApp({ config, translator, store: new TranslationCache(openDatabase(':memory:'), 10_000) });
afterAll(() => translator.dispose());

const piece = fc.constantFrom(
  'Le', 'président', 'a', 'dit', 'M.', 'Mme', '3,5 %', '14 h 30', 'é', 'à', 'l’Occident', '.', '!', '?', '…', '«', '»', '"', '(', ')',
  '—', ' ', '\u00a0', '\n', '\n\n', '<p>', '</p>', '<div>', '<!doctype html>', '<html>', '<body>', '<script>', '&amp;', '\u0000', '\ufffd', '\ud800',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 80 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
const TYPED_4XX = new Set(['BAD_REQUEST', 'EMPTY_TEXT', 'BINARY_TEXT', 'NO_ARTICLE', 'NOT_FRENCH', 'TEXT_TOO_LONG', 'HTML_TOO_COMPLEX']);

async function post(path: string, body: unknown): Promise<Response> {
  return app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/** Every sentence span lies inside the text, in order, and only whitespace lies between them. */
function expectLossless(source: string, paragraphs: SegmentResponse['paragraphs']): void {
  let cursor = 0;
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(cursor);
      expect(source.slice(cursor, s.start).trim()).toBe('');
      expect(s.end).toBeGreaterThan(s.start);
      cursor = s.end;
    }
  }
  expect(cursor).toBeLessThanOrEqual(source.length);
  expect(source.slice(cursor).trim()).toBe('');
}

async function expectTypedOrLossless(res: Response, input: string): Promise<SegmentResponse | undefined> {
  expect(res.status).toBeLessThan(500);
  const body = (await res.json()) as SegmentResponse | ErrorBody;
  if ('error' in body) {
    expect(TYPED_4XX).toContain(body.error.code);
    return undefined;
  }
  expectLossless(body.text ?? input, body.paragraphs);
  return body;
}

describe('fuzzed requests', () => {
  it('segment: 2 000 texts, each typed 4xx or lossless, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        await expectTypedOrLossless(await post('/api/segment', { text: input }), input);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('translate: 300 texts, a translation for every sentence, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const body = (await expectTypedOrLossless(await post('/api/translate', { text: input }), input)) as TranslateResponse | undefined;
        for (const s of body?.paragraphs.flatMap((p) => p.sentences) ?? []) expect(typeof s.translation).toBe('string');
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('bodies that are not the expected JSON: typed 400, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 50 }), fc.json({ maxDepth: 3 })), async (raw) => {
        const res = await app.request('/api/segment', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: raw });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

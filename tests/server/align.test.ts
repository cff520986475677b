/**
 * POST /api/align: texts split into sentences, arrays kept as given (offsets into the items
 * joined by "\n"), every sentence in exactly one link, a dropped sentence as a 1-0 link; bad input
 * as typed errors.
 */
import { describe, expect, it } from 'vitest';
import type { AlignResponse, ErrorBody } from '../../server/schemas.ts';
import { DRAFT, reviewApp, SOURCE } from '../review/app.ts';

const { call } = reviewApp();

const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('POST /api/align', () => {
  it('splits both texts into sentences and links them, the dropped one as 1-0', async () => {
    const { status, body } = await call('POST', '/api/align', { source: SOURCE, draft: DRAFT });
    expect(status).toBe(200);
    const alignment = body as AlignResponse;
    expect(slices(SOURCE, alignment.source)).toEqual(SOURCE.split(/(?<=\.) /));
    expect(slices(DRAFT, alignment.draft)).toEqual([
      "The government announced on Thursday a 4.5% rise in civil servants' salaries.",
      'Minister Pierre Dupond went to Brussels to present the project to his European counterparts.',
      'The unions welcomed a decision that public employees had long awaited.',
      'The measure will come into force on January 1, 2025.',
    ]);
    expect(alignment.links).toEqual([
      { source: [0], draft: [0] },
      { source: [1], draft: [1] },
      { source: [2], draft: [] },
      { source: [3], draft: [2] },
      { source: [4], draft: [3] },
    ]);
  });

  it('keeps sentences given as arrays, offsets into the items joined by "\\n"', async () => {
    const source = ['Il pleut depuis trois jours à Paris.', 'Le 14 juillet, le défilé aura lieu.', 'Le président sera présent.'];
    const draft = ['It has been raining in Paris for three days.', 'On July 14, the parade will take place.', 'The president will attend.'];
    const { body } = await call('POST', '/api/align', { source, draft });
    const alignment = body as AlignResponse;
    expect(alignment.source).toEqual([
      { start: 0, end: 36 },
      { start: 37, end: 72 },
      { start: 73, end: 99 },
    ]);
    expect(slices(draft.join('\n'), alignment.draft)).toEqual(draft);
    expect(alignment.links).toEqual([0, 1, 2].map((i) => ({ source: [i], draft: [i] })));
  });

  it('finds the 1-0 link when one English segment of an array is deleted', async () => {
    const source = [
      "Le conseil municipal de Lyon a voté jeudi soir un budget de 12 millions d'euros pour les écoles.",
      'La loi entre en vigueur le 1er janvier 2025 dans toute la région.',
      "Elle concerne environ 12 000 entreprises selon le ministère de l'Économie.",
      'Les représentants patronaux se disent satisfaits de ce compromis.',
    ];
    const draft = [
      'Lyon city council voted on Thursday evening for a budget of 12 million euros for schools.',
      'It concerns about 12,000 companies according to the Ministry of the Economy.',
      "Employers' representatives say they are satisfied with this compromise.",
    ];
    const { body } = await call('POST', '/api/align', { source, draft });
    expect((body as AlignResponse).links).toEqual([
      { source: [0], draft: [0] },
      { source: [1], draft: [] },
      { source: [2], draft: [1] },
      { source: [3], draft: [2] },
    ]);
  });

  it('splits the side given as a text when the other is an array', async () => {
    const { body } = await call('POST', '/api/align', { source: 'Il pleut. M. Dupont est parti.', draft: ['It rains.', 'Mr. Dupont left.'] });
    const alignment = body as AlignResponse;
    expect(slices('Il pleut. M. Dupont est parti.', alignment.source)).toEqual(['Il pleut.', 'M. Dupont est parti.']);
    expect(alignment.links).toEqual([
      { source: [0], draft: [0] },
      { source: [1], draft: [1] },
    ]);
  });

  it.each([
    [{ source: '', draft: 'Hello.' }, 400, 'EMPTY_TEXT', 'The French source is empty: paste or open it.'],
    [{ source: 'Bonjour.', draft: [] }, 400, 'EMPTY_TEXT', 'The English draft is empty: paste or open it.'],
    [{ source: ['Bonjour.', '  '], draft: 'Hello.' }, 400, 'BAD_REQUEST', 'Sentence 2 of the French source is blank: each item of the array is one sentence.'],
    [{ source: 'Bonjour.' }, 400, 'BAD_REQUEST', 'Send each side as a string (a text) or an array of strings (one sentence each).'],
    [{ source: 'Bonjour.', draft: 42 }, 400, 'BAD_REQUEST', 'Send each side as a string (a text) or an array of strings (one sentence each).'],
    [{ source: 'Bon\u0000jour.', draft: 'Hello.' }, 400, 'BINARY_TEXT', 'This looks like a binary file, not text: send a plain-text or HTML article.'],
  ])('answers %j with %i %s', async (request, status, code, message) => {
    const res = await call('POST', '/api/align', request);
    expect(res.status).toBe(status);
    expect((res.body as ErrorBody).error).toEqual({ code, message });
  });

  it('refuses a side longer than VISAVIS_MAX_CHARS with 413 TEXT_TOO_LONG', async () => {
    const small = reviewApp(null, { VISAVIS_MAX_CHARS: '100' });
    const res = await small.call('POST', '/api/align', { source: 'Bonjour.', draft: ['Hello there, this is long.', 'x'.repeat(80)] });
    expect(res.status).toBe(413);
    expect((res.body as ErrorBody).error).toEqual({ code: 'TEXT_TOO_LONG', message: 'The text has 107 characters; this server accepts at most 100 (VISAVIS_MAX_CHARS). Split the article.' });
  });
});

/**
 * POST /api/review: the QA on the aligned pair (a dropped sentence, a changed number and a
 * misspelled name all flagged on the right links), rerun on the alignment as corrected by hand,
 * dismissed flags marked by their key, and the saved glossary used when none is sent.
 */
import { describe, expect, it } from 'vitest';
import type { ErrorBody, QaFlag, ReviewResponse } from '../../server/schemas.ts';
import { DRAFT, reviewApp, SOURCE } from '../review/app.ts';

const { call } = reviewApp();

const review = async (body: object): Promise<ReviewResponse> => {
  const res = await call('POST', '/api/review', { source: SOURCE, draft: DRAFT, ...body });
  expect(res.status).toBe(200);
  return res.body as ReviewResponse;
};

const summary = (flags: QaFlag[]) => flags.map((f) => [f.rule, f.severity, f.link]);
const at = (text: string, span?: { start: number; end: number }) => span && text.slice(span.start, span.end);

describe('POST /api/review', () => {
  it('flags the dropped sentence, the changed number and the misspelled name', async () => {
    const { alignment, flags, staleCorrections } = await review({});
    expect(alignment.links.map((l) => [l.source, l.draft])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
      [[3], [2]],
      [[4], [3]],
    ]);
    expect(summary(flags)).toEqual([
      ['number', 'error', 0],
      ['name', 'warning', 1],
      ['omission', 'error', 2],
    ]);
    expect(flags.map((f) => [at(SOURCE, f.source), at(DRAFT, f.draft)])).toEqual([
      ['3,5', '4.5'],
      ['Dupont', 'Dupond'],
      ['La réunion a duré 3 heures et a réuni 45 délégués de 12 syndicats, dont la CGT et la CFDT.', undefined],
    ]);
    expect(flags.every((f) => f.dismissed === false)).toBe(true);
    expect(flags.map((f) => f.key)).toEqual(['number|s0|d0|46-49|39-42', 'name|s1|d1|19-25|16-22', 'omission|s2|d|0-90|']);
    expect(staleCorrections).toEqual([]);
  });

  it('reruns the QA on the alignment as corrected, and reports corrections that no longer apply', async () => {
    const { alignment, flags, staleCorrections } = await review({
      corrections: [
        { op: 'merge', link: { source: [1], draft: [1] } },
        { op: 'detach', link: { source: [9], draft: [9] } },
      ],
    });
    expect(alignment.links).toEqual([
      { source: [0], draft: [0] },
      { source: [1, 2], draft: [1] },
      { source: [3], draft: [2] },
      { source: [4], draft: [3] },
    ]);
    // The French sentence merged into link 1 brings its numbers and names, which the draft lacks.
    expect(summary(flags)).toEqual([
      ['number', 'error', 0],
      ['name', 'warning', 1],
      ['number', 'error', 1],
      ['number', 'error', 1],
      ['number', 'error', 1],
      ['name', 'info', 1],
      ['name', 'info', 1],
    ]);
    expect(staleCorrections).toEqual([1]);
  });

  it('marks the flags dismissed by their key, and only those', async () => {
    const { flags } = await review({ dismissed: ['number|s0|d0|46-49|39-42', 'number|s5|d5|0-1|0-1'] });
    expect(flags.filter((f) => f.dismissed).map((f) => f.key)).toEqual(['number|s0|d0|46-49|39-42']);
  });

  it('checks the glossary sent, or the saved one when none is sent', async () => {
    const term = { source: 'fonctionnaires', target: 'public servants' };
    const glossaryFlags = (r: ReviewResponse) => summary(r.flags.filter((f) => f.rule === 'glossary'));
    expect(glossaryFlags(await review({ glossary: [term] }))).toEqual([['glossary', 'warning', 0]]);
    expect(glossaryFlags(await review({}))).toEqual([]);
    expect((await call('PUT', '/api/glossary', { terms: [term] })).status).toBe(200);
    expect(glossaryFlags(await review({}))).toEqual([['glossary', 'warning', 0]]);
    expect(glossaryFlags(await review({ glossary: [] }))).toEqual([]);
  });

  it.each([
    [{ corrections: [{ op: 'swap', link: { source: [0], draft: [0] } }] }, 'A correction is {"op": "merge" | "split" | "detach", "link": {"source": [..], "draft": [..]}}.'],
    [{ glossary: [{ source: 'député', target: ' ' }] }, 'A glossary term needs its English "target".'],
    [{ dismissed: 'number' }, 'Invalid input: expected array, received string'],
  ])('refuses a malformed %j with 400 BAD_REQUEST', async (body, message) => {
    const res = await call('POST', '/api/review', { source: SOURCE, draft: DRAFT, ...body });
    expect(res.status).toBe(400);
    expect((res.body as ErrorBody).error).toEqual({ code: 'BAD_REQUEST', message });
  });
});

import { describe, expect, it } from 'vitest';
import type { TranslateEvent } from '../../server/schemas.ts';
import { ApiError } from '../../client/api.ts';
import type { Alignment, Flag, ReviewApi, ReviewResponse, SavedReview } from '../../client/state/review-api.ts';
import { corrected } from '../../client/state/review-links.ts';
import { ReviewSession } from '../../client/state/review-session.ts';
import { fakeHost } from './fake-host.ts';

const SOURCE = 'Il a 3 chats. Il part. Paul dort.';
const DRAFT = 'He has 4 cats. Paul sleeps.';
const ALIGNMENT: Alignment = {
  source: [{ start: 0, end: 13 }, { start: 14, end: 22 }, { start: 23, end: 33 }],
  draft: [{ start: 0, end: 14 }, { start: 15, end: 27 }],
  links: [{ source: [0], draft: [0] }, { source: [1], draft: [] }, { source: [2], draft: [1] }],
};
const NUMBER: Flag = { rule: 'number', severity: 'error', link: 0, message: 'The number 3 of the source reads 4 in the draft: write 3.', params: { value: '3', expected: '3', found: '4' }, source: { start: 5, end: 6 }, draft: { start: 7, end: 8 }, key: 'number|0|0|5', dismissed: false };
const OMISSION: Flag = { rule: 'omission', severity: 'error', link: 1, message: 'This sentence is missing from the draft.', key: 'omission|1|', dismissed: false };

/** A server that answers from the texts it was given and writes down every request. */
function fakeApi({ saveFails = false } = {}) {
  const calls: { name: string; body: unknown }[] = [];
  const result = (): ReviewResponse => ({ alignment: structuredClone(ALIGNMENT), flags: [NUMBER, OMISSION], staleCorrections: [] });
  const saved = (id: number): SavedReview => ({ ...result(), id, title: 'Il a 3 chats.', createdAt: '', updatedAt: '', sourceChars: 33, draftChars: 27, source: SOURCE, draft: DRAFT, glossary: [], corrections: [], dismissed: [NUMBER.key] });
  const api: ReviewApi = {
    review: async (body) => {
      calls.push({ name: 'review', body });
      const links = corrected(ALIGNMENT.links, body.corrections ?? []);
      return { ...result(), alignment: { ...ALIGNMENT, links }, flags: body.corrections?.length ? [NUMBER] : [NUMBER, OMISSION] };
    },
    save: async (body) => {
      calls.push({ name: 'save', body });
      if (saveFails) throw new ApiError('STORAGE_FULL', 'The disk is full.', 507);
      return saved(7);
    },
    load: async (id) => (calls.push({ name: 'load', body: id }), saved(id)),
    update: async (id, body) => calls.push({ name: `update ${id}`, body }),
    glossary: async () => [],
    saveGlossary: async (terms) => calls.push({ name: 'saveGlossary', body: terms }),
    importGlossary: async () => ({ terms: [], imported: 0 }),
    exportGlossary: async () => ({ name: 'glossary.tsv', blob: new Blob([]) }),
    exportFile: async (format, body, id) => (calls.push({ name: `export ${format} ${id}`, body }), { name: 'review.xlf', blob: new Blob(['<xliff/>']) }),
  };
  return { api, calls };
}

/** The translate stream for SOURCE: one paragraph, its three sentences, at once. */
async function* machine(): AsyncGenerator<TranslateEvent> {
  yield { type: 'segmentation', paragraphs: [{ start: 0, end: 33, kind: 'body', sentences: ALIGNMENT.source }], sentences: 3, model: 'tiny' };
  for (const [i, translation] of ['He has 3 cats.', 'He leaves.', 'Paul sleeps.'].entries()) yield { type: 'sentence', paragraph: 0, sentence: i, translation, score: -0.3 };
}

function session(options: Parameters<typeof fakeApi>[0] = {}) {
  const { api, calls } = fakeApi(options);
  const saved: number[] = [];
  const review = new ReviewSession(fakeHost(), { api, translate: machine, onSaved: (id) => saved.push(id) });
  return { review, calls, saved };
}

describe('the review session', () => {
  it('saves a new review, shows its alignment and flags, and fills the machine column sentence by sentence', async () => {
    const { review, calls, saved } = session();
    await review.run(SOURCE, DRAFT);
    expect(calls).toEqual([{ name: 'save', body: { source: SOURCE, draft: DRAFT, corrections: [], dismissed: [] } }]);
    expect([review.status, review.id, saved]).toEqual(['ready', 7, [7]]);
    expect(review.alignment!.links).toEqual(ALIGNMENT.links);
    expect(review.visibleFlags.map((f) => f.rule)).toEqual(['number', 'omission']);
    await expect.poll(() => review.machine.lines).toEqual(['He has 3 cats.', 'He leaves.', 'Paul sleeps.']);
  });

  it('detaches a link at once, saves the correction, and takes the flags of the new QA run', async () => {
    const { review, calls } = session();
    await review.run(SOURCE, DRAFT);
    const checking = review.correct('detach', 2);
    const detached = [{ source: [0], draft: [0] }, { source: [1], draft: [] }, { source: [2], draft: [] }, { source: [], draft: [1] }];
    expect([review.status, review.alignment!.links, review.flags]).toEqual(['checking', detached, []]);
    await checking;
    const correction = { op: 'detach', link: { source: [2], draft: [1] } };
    expect(calls.slice(1)).toEqual([
      { name: 'update 7', body: { corrections: [correction] } },
      { name: 'review', body: { source: SOURCE, draft: DRAFT, corrections: [correction], dismissed: [] } },
    ]);
    // The server's answer (the corrections replayed) gives the links shown, and its flags replace the old ones.
    expect(review.alignment!.links).toEqual(detached);
    expect(review.flags).toEqual([NUMBER]);
    expect(review.status).toBe('ready');
  });

  it('merges a link with the next one, naming it by its sentences', async () => {
    const { review, calls } = session();
    await review.run(SOURCE, DRAFT);
    const checking = review.correct('merge', 1);
    expect(review.alignment!.links).toEqual([{ source: [0], draft: [0] }, { source: [1, 2], draft: [1] }]);
    expect(review.status).toBe('checking');
    await checking;
    expect(calls[1]).toEqual({ name: 'update 7', body: { corrections: [{ op: 'merge', link: { source: [1], draft: [] } }] } });
  });

  it('remembers a dismissed flag by its key and sends the list with the next run and export', async () => {
    const { review, calls } = session();
    await review.run(SOURCE, DRAFT);
    review.dismiss(NUMBER);
    expect(review.visibleFlags).toEqual([OMISSION]);
    expect(calls[1]).toEqual({ name: 'update 7', body: { dismissed: ['number|0|0|5'] } });
    await review.exportFile('xliff');
    expect(calls[2]).toEqual({ name: 'export xliff 7', body: { source: SOURCE, draft: DRAFT, corrections: [], dismissed: ['number|0|0|5'] } });
    review.restoreFlags();
    expect(review.visibleFlags).toEqual([NUMBER, OMISSION]);
  });

  it('opens a saved review with its dismissed flags hidden', async () => {
    const { review, calls } = session();
    await review.open(3);
    expect(calls).toEqual([{ name: 'load', body: 3 }]);
    expect([review.id, review.source, review.draft]).toEqual([3, SOURCE, DRAFT]);
    expect(review.visibleFlags).toEqual([OMISSION]);
  });

  it('still reviews when the review cannot be saved, says why, and exports from the texts', async () => {
    const { review, calls, saved } = session({ saveFails: true });
    await review.run(SOURCE, DRAFT);
    expect(calls.map((c) => c.name)).toEqual(['save', 'review']);
    expect([review.status, review.id, saved, review.unsaved]).toEqual(['ready', undefined, [], { code: 'STORAGE_FULL', message: 'The disk is full.' }]);
    await review.correct('detach', 0);
    expect(calls.map((c) => c.name)).toEqual(['save', 'review', 'review']);
    await review.exportFile('tmx');
    expect(calls[3]!.name).toBe('export tmx undefined');
  });
});

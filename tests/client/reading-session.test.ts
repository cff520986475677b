import { describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SegmentResponse, TranslateEvent } from '../../server/schemas.ts';
import { ApiError } from '../../client/api.ts';
import { ReadingSession, type ReadingApi } from '../../client/state/reading-session.ts';

const TEXT = 'Titre\n\nUne phrase. Une autre.';
const PARAGRAPHS: SegmentResponse['paragraphs'] = [
  { start: 0, end: 5, kind: 'title', sentences: [{ start: 0, end: 5 }] },
  { start: 7, end: 29, kind: 'body', sentences: [{ start: 7, end: 18 }, { start: 19, end: 29 }] },
];
const SEGMENTATION: TranslateEvent = { type: 'segmentation', paragraphs: PARAGRAPHS, sentences: 3, model: 'tiny' };
const DONE: TranslateEvent = { type: 'done', sentences: 3, translated: 3, ms: { total: 2345, firstSentence: 400 } };
const sentence = (paragraph: number, index: number, translation: string): TranslateEvent => ({
  type: 'sentence',
  paragraph,
  sentence: index,
  translation,
  score: -0.5,
});

/** A host that only counts the updates it is asked for. */
function fakeHost(): ReactiveControllerHost & { updates: number } {
  const controllers: ReactiveController[] = [];
  return {
    updates: 0,
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
}

/** A translate stream the test feeds event by event; it fails like fetch when its signal aborts. */
function feed() {
  const queue: TranslateEvent[] = [];
  let wake = (): void => undefined;
  let ended = false;
  let signal: AbortSignal | undefined;
  async function* stream(s: AbortSignal): AsyncGenerator<TranslateEvent> {
    signal = s;
    for (;;) {
      while (queue.length) yield queue.shift()!;
      if (ended) return;
      await new Promise<void>((resolve, reject) => {
        wake = resolve;
        s.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
      });
    }
  }
  return {
    stream,
    get signal() {
      return signal;
    },
    push(...events: TranslateEvent[]) {
      queue.push(...events);
      wake();
    },
    end() {
      ended = true;
      wake();
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function apiOf(streams: ReturnType<typeof feed>[], segment?: ReadingApi['segment']): ReadingApi {
  let next = 0;
  return {
    translateStream: (_text, signal) => streams[next++]!.stream(signal),
    segment: segment ?? (async () => ({ paragraphs: PARAGRAPHS })),
  };
}

/** An API whose translate request fails before any event, as fetch or the server refuses it. */
function failingWith(error: Error): ReadingApi {
  return {
    async *translateStream() {
      throw error;
    },
    segment: async () => ({ paragraphs: [] }),
  };
}

describe('the reading session', () => {
  it('goes idle → pending → streaming → done, filling in each sentence', async () => {
    const host = fakeHost();
    const first = feed();
    // Sentences render with the next state change here: the timed render has its own test.
    const session = new ReadingSession(host, { api: apiOf([first]), renderEveryMs: 60_000 });
    expect(session.status).toBe('idle');

    const reading = session.submit(TEXT);
    expect(session.status).toBe('pending');
    expect(session.busy).toBe(true);

    first.push(SEGMENTATION);
    await tick();
    expect(session.status).toBe('streaming');
    expect(session.total).toBe(3);
    expect(session.paragraphs.map((p) => p.sentences.map((s) => s.fr))).toEqual([['Titre'], ['Une phrase.', 'Une autre.']]);

    first.push(sentence(1, 1, 'Another one.'));
    await tick();
    expect(session.translated).toBe(1);
    expect(session.paragraphs[1]!.sentences[1]).toEqual({ key: '1:1', fr: 'Une autre.', en: 'Another one.', score: -0.5 });

    first.push(sentence(0, 0, 'Title'), sentence(1, 0, 'A sentence.'), DONE);
    first.end();
    await reading;
    expect(session.status).toBe('done');
    expect(session.busy).toBe(false);
    expect(session.translated).toBe(3);
    expect(session.seconds).toBe(2.345);
    expect(session.error).toBeUndefined();
    // pending, segmentation, done: the three sentences rode along.
    expect(host.updates).toBe(3);
  });

  it('renders a burst of sentences once per renderEveryMs, the state current all along', async () => {
    vi.useFakeTimers();
    try {
      const host = fakeHost();
      const first = feed();
      const session = new ReadingSession(host, { api: apiOf([first]), renderEveryMs: 16 });
      const reading = session.submit(TEXT);
      first.push(SEGMENTATION, sentence(0, 0, 'Title'), sentence(1, 0, 'A sentence.'));
      await vi.advanceTimersByTimeAsync(0);
      expect(session.translated).toBe(2);
      expect(host.updates).toBe(2);
      await vi.advanceTimersByTimeAsync(16);
      expect(host.updates).toBe(3);
      first.push(sentence(1, 1, 'Another one.'));
      await vi.advanceTimersByTimeAsync(16);
      expect(host.updates).toBe(4);
      first.push(DONE);
      first.end();
      await vi.advanceTimersByTimeAsync(0);
      await reading;
      expect(session.status).toBe('done');
      expect(host.updates).toBe(5);
      await vi.advanceTimersByTimeAsync(100);
      expect(host.updates).toBe(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it('aborts the running stream on a new submit, and ignores what the old one sends', async () => {
    const [first, second] = [feed(), feed()];
    const session = new ReadingSession(fakeHost(), { api: apiOf([first, second]) });
    const old = session.submit('Un ancien texte.');
    first.push(SEGMENTATION);
    await tick();
    expect(session.status).toBe('streaming');

    const current = session.submit(TEXT);
    expect(first.signal?.aborted).toBe(true);
    expect(second.signal?.aborted).toBe(false);
    await old;
    expect(session.status).toBe('pending');
    expect(session.text).toBe(TEXT);
    expect(session.paragraphs).toEqual([]);
    expect(session.total).toBe(0);

    second.push(SEGMENTATION, DONE);
    second.end();
    await current;
    expect(session.status).toBe('done');
    expect(session.error).toBeUndefined();
  });

  it('keeps the paragraphs and says why when the stream reports an error', async () => {
    const first = feed();
    const session = new ReadingSession(fakeHost(), { api: apiOf([first]) });
    const reading = session.submit(TEXT);
    first.push(SEGMENTATION, { type: 'error', error: { code: 'MODEL_FAILED', message: 'The model failed.' } });
    first.end();
    await reading;
    expect(session.status).toBe('error');
    expect(session.error).toEqual({ code: 'MODEL_FAILED', message: 'The model failed.' });
    expect(session.paragraphs).toHaveLength(2);
  });

  it('turns a refused request into an error with the server code, and a thrown one into NETWORK', async () => {
    const refused = new ReadingSession(fakeHost(), { api: failingWith(new ApiError('NOT_FRENCH', 'This is not French.', 422)) });
    await refused.submit('Hello.');
    expect(refused.status).toBe('error');
    expect(refused.error).toEqual({ code: 'NOT_FRENCH', message: 'This is not French.' });

    const offline = new ReadingSession(fakeHost(), { api: failingWith(new TypeError('Failed to fetch')) });
    await offline.submit(TEXT);
    expect(offline.error).toEqual({ code: 'NETWORK', message: 'TypeError: Failed to fetch' });
  });

  it('shows the French alone while the model is unavailable, then translates it on resume()', async () => {
    const later = feed();
    let calls = 0;
    let told = 0;
    const api: ReadingApi = {
      translateStream: (_text, signal) => {
        calls += 1;
        return calls === 1 ? failingWith(new ApiError('MODEL_UNAVAILABLE', 'It is downloading.', 503)).translateStream(_text, signal) : later.stream(signal);
      },
      segment: async () => ({ paragraphs: PARAGRAPHS }),
    };
    const session = new ReadingSession(fakeHost(), { api, onModelUnavailable: () => (told += 1) });
    await session.submit(TEXT);
    expect(told).toBe(1);
    expect(session.status).toBe('awaiting-model');
    expect(session.error).toBeUndefined();
    expect(session.paragraphs[1]!.sentences).toEqual([
      { key: '1:0', fr: 'Une phrase.', en: '' },
      { key: '1:1', fr: 'Une autre.', en: '' },
    ]);

    const resumed = session.resume();
    expect(session.status).toBe('pending');
    expect(session.paragraphs[1]!.sentences).toEqual([
      { key: '1:0', fr: 'Une phrase.' },
      { key: '1:1', fr: 'Une autre.' },
    ]);
    later.push(SEGMENTATION, sentence(0, 0, 'Title'), DONE);
    later.end();
    await resumed;
    expect(calls).toBe(2);
    expect(session.status).toBe('done');
    expect(session.paragraphs[0]!.sentences[0]!.en).toBe('Title');
  });

  it('does nothing on resume() unless an article waits for the model', async () => {
    const session = new ReadingSession(fakeHost(), { api: apiOf([]) });
    await session.resume();
    expect(session.status).toBe('idle');
  });

  it('close() aborts the reading and forgets the article but keeps its text', async () => {
    const first = feed();
    const session = new ReadingSession(fakeHost(), { api: apiOf([first]) });
    const reading = session.submit(TEXT);
    first.push(SEGMENTATION);
    await tick();
    session.close();
    expect(first.signal?.aborted).toBe(true);
    await reading;
    expect(session.status).toBe('idle');
    expect(session.paragraphs).toEqual([]);
    expect(session.text).toBe(TEXT);
  });

  it('aborts when its host leaves the page', async () => {
    const first = feed();
    const session = new ReadingSession(fakeHost(), { api: apiOf([first]) });
    const reading = session.submit(TEXT);
    session.hostDisconnected();
    expect(first.signal?.aborted).toBe(true);
    await reading;
    expect(session.status).toBe('pending');
  });
});

describe('translating where the reader is', () => {
  /** One paragraph of 40 sentences `S0.` … `S39.`, far more than NEAR either side. */
  const LONG = Array.from({ length: 40 }, (_, i) => `S${i}.`).join(' ');
  const spans = [...LONG.matchAll(/S\d+\./g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const LONG_SEGMENTATION: TranslateEvent = {
    type: 'segmentation',
    paragraphs: [{ start: 0, end: LONG.length, kind: 'body', sentences: spans }],
    sentences: 40,
    model: 'tiny',
  };

  /** The session hands the browser a turn after a segmentation: let it come back. */
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 4; i++) await tick();
  };

  function setUp() {
    const streams = [feed(), feed()];
    const froms: (number | undefined)[] = [];
    let next = 0;
    const api: ReadingApi = {
      translateStream: (_text, signal, from) => {
        froms.push(from);
        return streams[next++]!.stream(signal);
      },
      segment: async () => ({ paragraphs: [] }),
    };
    return { session: new ReadingSession(fakeHost(), { api, renderEveryMs: 0 }), streams, froms };
  }

  it('asks the server to start at the sentence given, and does not start again for the reader arriving there', async () => {
    const { session, streams, froms } = setUp();
    const reading = session.submit(LONG, { from: 30 });
    streams[0]!.push(LONG_SEGMENTATION);
    await settle();
    session.lookAt(31);
    streams[0]!.end();
    await reading;
    expect(froms).toEqual([30]);
  });

  it('starts again at a sentence far from any translation, keeping the translations it has', async () => {
    const { session, streams, froms } = setUp();
    void session.submit(LONG);
    streams[0]!.push(LONG_SEGMENTATION, sentence(0, 0, 'E0'), sentence(0, 1, 'E1'));
    await settle();
    session.lookAt(10);
    await settle();
    expect(froms).toEqual([undefined]);
    session.lookAt(35);
    await settle();
    expect(froms).toEqual([undefined, 35]);
    expect(streams[0]!.signal?.aborted).toBe(true);
    // The server sends the segmentation again, then the cached sentences and the new ones.
    streams[1]!.push(LONG_SEGMENTATION);
    await settle();
    expect(session.paragraphs[0]!.sentences.slice(0, 3).map((s) => s.en)).toEqual(['E0', 'E1', undefined]);
    expect(session.translated).toBe(2);
    streams[1]!.push(sentence(0, 1, 'E1'), sentence(0, 35, 'E35'));
    await settle();
    expect(session.translated).toBe(3);
    expect(session.paragraphs[0]!.sentences[35]!.en).toBe('E35');
  });

  it('does nothing unless it is streaming', () => {
    const { session, froms } = setUp();
    session.lookAt(35);
    expect(froms).toEqual([]);
  });
});

/**
 * The real tiny-model translator, watched and steered by a test instead of timed: every batch is
 * recorded with its texts and how it ended, a test can wait until a batch is asked for, and can
 * hold a batch at the model — inside the engine's queue, so the batches behind it wait as they
 * would behind a slow one — until it lets it go.
 *
 * @example
 * const watched = watchedTranslator(tinyConfig());
 * const second = watched.hold(1); // the second batch to reach the model
 * … await second.started; …; second.release();
 */
import type { Config } from '../../server/config.ts';
import { greedyDecode } from '../../server/engine/greedy.ts';
import { createMarianTranslator, type Translator } from '../../server/engine/translator.ts';
import { deferred, type Deferred } from './deferred.ts';

export interface WatchedBatch {
  texts: string[];
  /** 'finished', or the name of the error it ended with ('AbortError'). */
  outcome: Promise<string>;
}

export interface HeldBatch {
  /** Resolves when the held batch has reached the model and waits there. */
  started: Promise<void>;
  release(): void;
}

export function watchedTranslator(config: Config) {
  if (config.beams !== 1) throw new Error('watchedTranslator decodes greedily: use a config with VISAVIS_BEAMS=1');
  const holds = new Map<number, { started: Deferred<void>; gate: Deferred<void> }>();
  let decodes = 0;
  const inner = createMarianTranslator(config, {
    // The default greedy decoder, with a gate in front of the batches a test holds.
    decode: async (marian, batch, signal) => {
      const hold = holds.get(decodes++);
      if (hold) {
        hold.started.resolve();
        await hold.gate.promise;
      }
      return greedyDecode(marian, batch.inputIds, batch.attentionMask, { maxNewTokens: batch.maxNewTokens, signal });
    },
  });

  const batches: WatchedBatch[] = [];
  /** Texts of each finished batch, in the order the model finished them. */
  const finished: string[][] = [];
  const waiters: { match: (texts: string[]) => boolean; asked: Deferred<WatchedBatch> }[] = [];

  const translator: Translator = {
    modelId: inner.modelId,
    outputKey: inner.outputKey,
    get queued() {
      return inner.queued;
    },
    status: () => inner.status(),
    ready: () => inner.ready(),
    countTokens: (texts) => inner.countTokens(texts),
    alternatives: (text, n, signal) => inner.alternatives(text, n, signal),
    dispose: () => inner.dispose(),
    translateBatch(texts, signal) {
      const run = inner.translateBatch(texts, signal);
      const batch: WatchedBatch = {
        texts,
        outcome: run.then(
          () => {
            finished.push(texts);
            return 'finished';
          },
          (error: Error) => error.name,
        ),
      };
      batches.push(batch);
      for (const waiter of waiters.filter((w) => w.match(texts))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.asked.resolve(batch);
      }
      return run;
    },
  };

  return {
    translator,
    /** Every batch asked of the model, in the order asked. */
    batches,
    finished,
    /** Sentences (or pieces) in the batches the model finished. */
    get sentences(): number {
      return finished.reduce((n, texts) => n + texts.length, 0);
    },
    /** Holds the `n`-th batch to reach the model (0 is the first) until `release()`. */
    hold(n: number): HeldBatch {
      const hold = { started: deferred(), gate: deferred() };
      holds.set(n, hold);
      return { started: hold.started.promise, release: () => hold.gate.resolve() };
    },
    /** Resolves with the first batch asked from now on whose texts match. */
    asked(match: (texts: string[]) => boolean): Promise<WatchedBatch> {
      const asked = deferred<WatchedBatch>();
      waiters.push({ match, asked });
      return asked.promise;
    },
  };
}

/**
 * The translation service over a Marian model: loads it once (one shared promise), plans batches,
 * runs them one at a time through a queue, and reports each batch as it finishes.
 */
import type { Config } from '../config.ts';
import { AppError, ModelFailedError, ModelUnavailableError, QueueFullError } from '../errors.ts';
import { planBatches } from '../core/batches.ts';
import { beamDecode, greedyDecode } from './decode.ts';
import { fixCommand, missingModelFiles } from './files.ts';
import { loadMarian, type LoadedMarian } from './marian.ts';

export type ModelState = 'missing' | 'loading' | 'ready' | 'error';

export interface ModelStatus {
  id: string;
  state: ModelState;
  dtype: string;
  /** What to run when the model is missing. */
  fix?: string;
  missingFiles?: string[];
  error?: string;
}

export interface SentenceTranslation {
  /** Position in the list given to `translate`. */
  index: number;
  text: string;
  /** Mean log-probability per token: closer to 0 is more confident. */
  meanLogProb: number;
}

export interface TranslateOptions {
  signal?: AbortSignal;
  /** Called with each batch's results, in the order batches finish. */
  onBatch?: (results: SentenceTranslation[]) => void;
  /** Forces each output's length from its source tokens (benchmarks on random weights). */
  forceLength?: (sourceTokens: number) => number;
  /** Sentences of the first batch, in document order, so the reader sees the top early (default 1). */
  firstBatch?: number;
  /** A place taken earlier with `reserve()`; without one, `translate` takes its own. */
  reservation?: Reservation;
}

/** A place in the translator's bounded queue; release it when the work is over. */
export interface Reservation {
  release(): void;
}

export interface Translator {
  readonly modelId: string;
  /** Model and settings that decide the output: the translation cache's key. */
  readonly outputKey: string;
  status(): ModelStatus;
  /** Starts loading if not started; resolves when ready. */
  ready(): Promise<void>;
  /** Takes a place in the queue now, or throws QueueFullError (503 with Retry-After). */
  reserve(): Reservation;
  translate(sentences: string[], options?: TranslateOptions): Promise<SentenceTranslation[]>;
  dispose(): Promise<void>;
}

/** A cap generous for French→English (English is rarely much longer), never past the model's 512. */
export function maxNewTokens(sourceTokens: number): number {
  return Math.min(512, Math.ceil(sourceTokens * 1.5) + 10);
}

export function createMarianTranslator(config: Config): Translator {
  let loading: Promise<LoadedMarian> | undefined;
  let state: ModelState = missingModelFiles(config).length > 0 && !config.allowRemoteModels ? 'missing' : 'loading';
  let failure: AppError | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let inFlight = 0;
  let averageBatchMs = 500;

  const load = (): Promise<LoadedMarian> => {
    loading ??= loadMarian(config).then(
      (loaded) => {
        state = 'ready';
        return loaded;
      },
      (error: unknown) => {
        failure = error instanceof AppError ? error : new ModelFailedError(config.modelId, error);
        state = failure instanceof ModelUnavailableError ? 'missing' : 'error';
        throw failure;
      },
    );
    return loading;
  };

  /** One batch at a time: concurrent requests interleave batch by batch instead of contending. */
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  function reserve(): Reservation {
    if (inFlight >= config.maxQueue) {
      // Roughly how long the texts ahead take: a few batches each.
      throw new QueueFullError(Math.max(1, Math.ceil((inFlight * averageBatchMs * 4) / 1000)), config.maxQueue);
    }
    inFlight += 1;
    let released = false;
    return {
      release() {
        if (!released) inFlight -= 1;
        released = true;
      },
    };
  }

  return {
    modelId: config.modelId,
    outputKey: `${config.modelId}:${config.dtype}:${config.beams === 1 ? 'greedy' : `beam${config.beams}`}`,
    status() {
      const status: ModelStatus = { id: config.modelId, state, dtype: config.dtype };
      if (state === 'missing') {
        status.fix = fixCommand(config);
        status.missingFiles = missingModelFiles(config);
      }
      if (state === 'error' && failure) status.error = failure.message;
      return status;
    },
    async ready() {
      await load();
    },
    reserve,
    async translate(sentences, options = {}) {
      const own = options.reservation ? undefined : reserve();
      try {
        return await run(sentences, options);
      } finally {
        own?.release();
      }
    },
    async dispose() {
      if (!loading) return;
      const loaded = await loading.catch(() => undefined);
      await loaded?.model.dispose();
      await loaded?.head.dispose();
    },
  };

  async function run(sentences: string[], options: TranslateOptions): Promise<SentenceTranslation[]> {
    const marian = await load();
    const { tokenizer } = marian;
    const lengths = sentences.map((s) => (tokenizer(s).input_ids.dims.at(-1) as number));
    const batches = planBatches(lengths, { maxRows: config.batchSize, firstRows: options.firstBatch ?? 1, maxTokens: config.batchTokens });
    const results: SentenceTranslation[] = [];
    for (const batch of batches) {
      options.signal?.throwIfAborted();
      const done = await enqueue(async () => {
        options.signal?.throwIfAborted();
        const started = performance.now();
        const texts = batch.map((i) => sentences[i]!);
        const encoded = tokenizer(texts, { padding: true, truncation: true });
        const decodeOptions = {
          maxNewTokens: batch.map((i) => maxNewTokens(lengths[i]!)),
          forcedLengths: options.forceLength ? batch.map((i) => options.forceLength!(lengths[i]!)) : undefined,
          signal: options.signal,
        };
        const rows = config.beams === 1
          ? await greedyDecode(marian, encoded.input_ids, encoded.attention_mask, decodeOptions)
          : (await beamDecode(marian, encoded.input_ids, encoded.attention_mask, { ...decodeOptions, beams: config.beams, nBest: 1 }))
            .map((hyps) => hyps[0]!);
        averageBatchMs = 0.8 * averageBatchMs + 0.2 * (performance.now() - started);
        return rows.map((row, k) => ({
          index: batch[k]!,
          // A row may end on EOS at once; transformers.js refuses to decode no tokens.
          text: row.tokens.length > 0 ? tokenizer.decode(row.tokens, { skip_special_tokens: true }).trim() : '',
          meanLogProb: row.meanLogProb,
        }));
      }).catch((error: unknown) => {
        if (error instanceof Error && error.name === 'AbortError') throw error;
        throw error instanceof AppError ? error : new ModelFailedError(config.modelId, error);
      });
      results.push(...done);
      options.onBatch?.(done);
    }
    return results.sort((a, b) => a.index - b.index);
  }
}

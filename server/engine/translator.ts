/**
 * The translation service over a Marian model: loads it once (one shared promise), plans batches,
 * runs them one at a time through a queue, and reports each batch as it finishes.
 */
import type { Config } from '../config.ts';
import { AppError, ModelFailedError, ModelUnavailableError, QueueFullError } from '../errors.ts';
import { planBatches } from '../core/batches.ts';
import { splitLongSentence } from '../core/pieces.ts';
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

/** Longest piece of a sentence sent to the model at once (≈ 100–150 tokens). */
const MAX_PIECE_CHARS = 400;

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
    const pieces = sentences.flatMap((text, owner) => splitLongSentence(text, MAX_PIECE_CHARS).map((piece) => ({ owner, text: piece })));
    const piecesOf: number[][] = sentences.map(() => []);
    pieces.forEach((p, i) => piecesOf[p.owner]!.push(i));
    const lengths: number[] = [];
    const measure = (from: number, to: number): void => {
      for (let i = from; i < to; i++) lengths[i] = tokenizer(pieces[i]!.text).input_ids.dims.at(-1) as number;
    };
    const decoded = new Map<number, { text: string; logProbSum: number; tokens: number }>();
    // A sentence with nothing to translate (only spaces) is done at once.
    const results: SentenceTranslation[] = piecesOf.flatMap((own, i) => (own.length > 0 ? [] : [{ index: i, text: '', meanLogProb: 0 }]));
    if (results.length > 0) options.onBatch?.([...results]);

    const runBatch = async (batch: number[]): Promise<void> => {
      options.signal?.throwIfAborted();
      await enqueue(async () => {
        options.signal?.throwIfAborted();
        const started = performance.now();
        const encoded = tokenizer(batch.map((i) => pieces[i]!.text), { padding: true, truncation: true });
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
        rows.forEach((row, k) => {
          const tokens = row.tokens.length + (row.finished ? 1 : 0);
          decoded.set(batch[k]!, {
            // A row may end on EOS at once; transformers.js refuses to decode no tokens.
            text: row.tokens.length > 0 ? tokenizer.decode(row.tokens, { skip_special_tokens: true }).trim() : '',
            logProbSum: row.meanLogProb * tokens,
            tokens,
          });
        });
      }).catch((error: unknown) => {
        if (error instanceof Error && error.name === 'AbortError') throw error;
        throw error instanceof AppError ? error : new ModelFailedError(config.modelId, error);
      });
      const done = [...new Set(batch.map((i) => pieces[i]!.owner))].flatMap((owner) => {
        const parts = piecesOf[owner]!.map((i) => decoded.get(i));
        if (parts.some((part) => part === undefined)) return [];
        const tokens = parts.reduce((n, part) => n + part!.tokens, 0);
        const logProbSum = parts.reduce((n, part) => n + part!.logProbSum, 0);
        return [{ index: owner, text: parts.map((part) => part!.text).filter(Boolean).join(' '), meanLogProb: tokens > 0 ? logProbSum / tokens : 0 }];
      });
      results.push(...done);
      if (done.length > 0) options.onBatch?.(done);
    };

    // The first pieces go to the model before the rest is even tokenized: on a long article that
    // tokenizing (≈ 0.2 ms a sentence) would otherwise delay the first sentence the reader sees.
    const firstCount = Math.min(options.firstBatch ?? 1, pieces.length);
    measure(0, firstCount);
    if (firstCount > 0) await runBatch(pieces.slice(0, firstCount).map((_, i) => i));
    measure(firstCount, pieces.length);
    const rest = planBatches(lengths.slice(firstCount), { maxRows: config.batchSize, maxTokens: config.batchTokens });
    for (const batch of rest) await runBatch(batch.map((i) => i + firstCount));
    return results.sort((a, b) => a.index - b.index);
  }
}

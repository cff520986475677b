/**
 * The Marian translator: loads the model once (one shared promise, tried again after a failure),
 * and decodes one batch of sentences at a time through a queue. Which sentences go together and how
 * a long one is cut is the reading service's business, not the engine's.
 */
import type { Tensor } from '@huggingface/transformers';
import type { Config } from '../config.ts';
import { AppError, ModelFailedError } from '../errors.ts';
import { missingAssets, modelAssets, MODEL_MAX_TOKENS } from '../assets/manifest.ts';
import { beamDecode } from './beam.ts';
import { greedyDecode } from './greedy.ts';
import { loadMarian, type LoadedMarian } from './model-loader.ts';
import { JobQueue } from './queue.ts';
import type { DecodedRow } from './rows.ts';

export type EngineState = 'missing' | 'loading' | 'ready' | 'error';

export interface EngineStatus {
  state: EngineState;
  /** Why the last load failed, when `state` is `error`. */
  error?: string;
}

export interface DecodedText {
  text: string;
  /** Mean log-probability per token: closer to 0 is more confident. */
  meanLogProb: number;
  /** Tokens generated, EOS included: what the mean is over. */
  tokens: number;
}

/** Decodes one tokenized batch; the default is greedy or beam search by the configured width. */
export type BatchDecoder = (
  marian: LoadedMarian,
  batch: { inputIds: Tensor; attentionMask: Tensor; sourceTokens: number[]; maxNewTokens: number[] },
  signal?: AbortSignal,
) => Promise<DecodedRow[]>;

export interface TranslatorOptions {
  /** Replaces the decode loop (benchmarks force output lengths on random weights). */
  decode?: BatchDecoder;
}

export interface Translator {
  readonly modelId: string;
  /** Model and settings that decide the output: the translation cache's key. */
  readonly outputKey: string;
  status(): EngineStatus;
  /** Starts loading if not started; resolves when ready. */
  ready(): Promise<void>;
  /** Source tokens of each text, as the model reads it. */
  countTokens(texts: string[]): Promise<number[]>;
  /** Translates one batch, after the batches queued before it; results in input order. */
  translateBatch(texts: string[], signal?: AbortSignal): Promise<DecodedText[]>;
  /** The `n` best translations of one sentence by beam search, best first, queued like a batch. */
  alternatives(text: string, n: number, signal?: AbortSignal): Promise<DecodedText[]>;
  /** Batches running or waiting. */
  readonly queued: number;
  dispose(): Promise<void>;
}

const FIRST_RETRY_MS = 1000;
/** Beam width when a reader asks for alternatives to a sentence. */
const ALTERNATIVES_BEAM = 6;
const LAST_RETRY_MS = 60_000;

/** A cap generous for French→English (English is rarely much longer), never past the model's limit. */
export function maxNewTokens(sourceTokens: number): number {
  return Math.min(MODEL_MAX_TOKENS, Math.ceil(sourceTokens * 1.5) + 10);
}

/** Real (unpadded) tokens of each row of a padded batch. */
function tokensPerRow(attentionMask: Tensor): number[] {
  const [rows, width] = attentionMask.dims as [number, number];
  const mask = attentionMask.data as BigInt64Array;
  return Array.from({ length: rows }, (_, r) => Number(mask.subarray(r * width, (r + 1) * width).reduce((a, b) => a + b, 0n)));
}

function defaultDecoder(beams: number): BatchDecoder {
  if (beams === 1) return (marian, b, signal) => greedyDecode(marian, b.inputIds, b.attentionMask, { maxNewTokens: b.maxNewTokens, signal });
  return async (marian, b, signal) =>
    (await beamDecode(marian, b.inputIds, b.attentionMask, { maxNewTokens: b.maxNewTokens, signal, beams, nBest: 1 })).map((hyps) => hyps[0]!);
}

export function createMarianTranslator(config: Config, options: TranslatorOptions = {}): Translator {
  const decode = options.decode ?? defaultDecoder(config.beams);
  const queue = new JobQueue();
  let loading: Promise<LoadedMarian> | undefined;
  let loaded = false;
  let failure: AppError | undefined;
  /** A broken model is tried again, but not on every request: the wait doubles up to a minute. */
  let retryAt = 0;
  let backoffMs = FIRST_RETRY_MS;

  const load = (): Promise<LoadedMarian> => {
    if (!loading && failure instanceof ModelFailedError && performance.now() < retryAt) return Promise.reject(failure);
    loading ??= loadMarian(config).then(
      (marian) => {
        loaded = true;
        failure = undefined;
        return marian;
      },
      (error: unknown) => {
        failure = error instanceof AppError ? error : new ModelFailedError(config.modelId, error);
        if (failure instanceof ModelFailedError) {
          retryAt = performance.now() + backoffMs;
          backoffMs = Math.min(backoffMs * 2, LAST_RETRY_MS);
        }
        // Not kept: a model that arrives or is repaired later loads on a later call.
        loading = undefined;
        throw failure;
      },
    );
    return loading;
  };

  /** A cancelled decode stays an AbortError; anything else the model throws is MODEL_FAILED. */
  const failed = (error: unknown): never => {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw error instanceof AppError ? error : new ModelFailedError(config.modelId, error);
  };

  const decodeText = (marian: LoadedMarian, row: DecodedRow): DecodedText => ({
    // A row may end on EOS at once; transformers.js refuses to decode no tokens.
    text: row.tokens.length > 0 ? marian.tokenizer.decode(row.tokens, { skip_special_tokens: true }).trim() : '',
    meanLogProb: row.meanLogProb,
    tokens: row.tokens.length + (row.finished ? 1 : 0),
  });

  return {
    modelId: config.modelId,
    outputKey: `${config.modelId}:${config.dtype}:${config.beams === 1 ? 'greedy' : `beam${config.beams}`}`,
    get queued() {
      return queue.size;
    },
    status() {
      if (loaded) return { state: 'ready' };
      if (loading) return { state: 'loading' };
      if (missingAssets(modelAssets(config)).length > 0) return { state: 'missing' };
      if (failure instanceof ModelFailedError && performance.now() < retryAt) return { state: 'error', error: failure.message };
      // The files are there (put in place by `npm run models:fetch` while the server runs, or a
      // repaired model past its wait): asking is enough to start loading them.
      load().catch(() => undefined);
      return { state: 'loading' };
    },
    async ready() {
      await load();
    },
    async countTokens(texts) {
      const { tokenizer } = await load();
      return texts.map((text) => tokenizer(text).input_ids.dims.at(-1) as number);
    },
    async translateBatch(texts, signal) {
      const marian = await load();
      signal?.throwIfAborted();
      return queue
        .run(async () => {
          signal?.throwIfAborted();
          const encoded = marian.tokenizer(texts, { padding: true, truncation: true });
          const attentionMask = encoded.attention_mask as Tensor;
          const sourceTokens = tokensPerRow(attentionMask);
          const rows = await decode(marian, { inputIds: encoded.input_ids, attentionMask, sourceTokens, maxNewTokens: sourceTokens.map(maxNewTokens) }, signal);
          return rows.map((row) => decodeText(marian, row));
        })
        .catch(failed);
    },
    async alternatives(text, n, signal) {
      const marian = await load();
      signal?.throwIfAborted();
      return queue.run(async () => {
        signal?.throwIfAborted();
        const encoded = marian.tokenizer([text], { padding: true, truncation: true });
        const attentionMask = encoded.attention_mask as Tensor;
        const [sourceTokens] = tokensPerRow(attentionMask);
        // A wider beam than the list asked for finds better hypotheses to list.
        const [hypotheses] = await beamDecode(marian, encoded.input_ids, attentionMask, {
          maxNewTokens: [maxNewTokens(sourceTokens!)],
          signal,
          beams: Math.max(n, ALTERNATIVES_BEAM),
          nBest: n,
        });
        return hypotheses!.map((row) => decodeText(marian, row));
      }).catch(failed);
    },
    async dispose() {
      if (!loading) return;
      const marian = await loading.catch(() => undefined);
      await marian?.model.dispose();
      await marian?.head.dispose();
    },
  };
}

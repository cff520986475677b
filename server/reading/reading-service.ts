/**
 * The reading service the routes talk to: prepares articles, admits and runs their translation,
 * and says where the model stands (installed, downloading, loading, ready), installing it in the
 * background when the server may download.
 */
import type { Config } from '../config.ts';
import type { Translator } from '../engine/translator.ts';
import { ModelUnavailableError } from '../errors.ts';
import type { Installer } from '../assets/installer.ts';
import { fixCommand, missingAssets, modelAssets } from '../assets/manifest.ts';
import type { Alternative, CacheStatus, DownloadProgress, ModelStatus } from '../schemas.ts';
import { Admission } from './admission.ts';
import { HtmlExtractor } from './html-extractor.ts';
import { prepareArticleWith, type PreparedArticle } from './prepare.ts';
import { translationStream } from './stream.ts';
import { beginTranslation, type ArticleTranslation, type TranslationStore } from './translate.ts';

export interface ReadingDeps {
  config: Config;
  translator: Translator;
  /** Downloads the model when it is missing; none: the user installs it by command. */
  installer?: Installer;
  /** Translations already made; none: every sentence goes to the model. */
  store?: TranslationStore;
  /** Why the store could not be opened at start-up, when it could not. */
  storeUnavailable?: string;
  /** Aborted when the server shuts down. */
  shutdown?: AbortSignal;
  /** Where failures that are not the user's are told (the server's log). */
  logError?: (message: string, error: unknown) => void;
}

export interface WarmUpHooks {
  onProgress?: (progress: DownloadProgress) => void;
  onReady?: () => void;
  onError?: (error: unknown) => void;
}

const megabytes = (n: number): string => (n / 1e6).toFixed(0);

export function createReadingService({ config, translator, installer, store, storeUnavailable, shutdown, logError = console.error }: ReadingDeps) {
  const admission = new Admission(config.maxQueue);
  const extractor = new HtmlExtractor(config.htmlBudgetMs);
  /** The cache as health reports it; a failing store recovers by itself when a write works again. */
  let cache: CacheStatus = store ? { state: 'on' } : storeUnavailable ? { state: 'unavailable', reason: storeUnavailable } : { state: 'off' };
  const storeOutcome = {
    failed(error: unknown) {
      // Once in the log per outage: a full disk fails every write the same way.
      if (cache.state !== 'unavailable') logError('The translation cache failed; translating without it until it works again.', error);
      cache = { state: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
    },
    worked() {
      cache = { state: 'on' };
    },
  };

  function modelStatus(): ModelStatus {
    const base = { id: config.modelId, dtype: config.dtype };
    const engine = translator.status();
    if (engine.state !== 'missing') return { ...base, state: engine.state, ...(engine.error ? { error: engine.error } : {}) };
    const install = installer?.status();
    if (install?.state === 'downloading') return { ...base, state: 'downloading', download: install.progress };
    return {
      ...base,
      state: 'missing',
      fix: fixCommand(config),
      missingFiles: missingAssets(modelAssets(config)).map((asset) => asset.name),
      ...(install?.state === 'failed' ? { error: `The download failed: ${install.error}` } : {}),
    };
  }

  async function ensureModel(): Promise<void> {
    const status = modelStatus();
    if (status.state === 'downloading' && status.download) {
      const { received, total } = status.download;
      const share = total > 0 ? ` ${Math.floor((received / total) * 100)} % (${megabytes(received)} of ${megabytes(total)} MB)` : '';
      throw new ModelUnavailableError(config.modelId, `It is downloading:${share}; translation starts by itself when it is done.`);
    }
    await translator.ready();
  }

  return {
    modelId: translator.modelId,
    limits: { maxChars: config.maxChars },
    modelStatus,
    cacheStatus: (): CacheStatus => cache,

    /** Checks, extracts (an HTML page, off the main thread) and segments the text a user sent. */
    prepare(text: string): Promise<PreparedArticle> {
      return prepareArticleWith((html) => extractor.extract(html), text, config.maxChars);
    },

    close(): Promise<void> {
      return extractor.close();
    },

    /** Fails before any response starts when the model is not there or the queue is full. */
    begin(article: PreparedArticle, order: { from?: number } = {}): Promise<ArticleTranslation> {
      return beginTranslation(
        {
          translator,
          admission,
          plan: { maxRows: config.batchSize, maxTokens: config.batchTokens, window: config.batchWindow },
          ensureModel,
          maxTokens: config.maxRequestTokens,
          store,
          storeOutcome,
        },
        article,
        order.from,
      );
    },

    /** The best translations of one sentence (beam search, n-best), for a reader who wants another wording. */
    async alternatives(text: string, n: number, signal?: AbortSignal): Promise<Alternative[]> {
      await ensureModel();
      const found = await translator.alternatives(text, n, signal);
      return found.map((t) => ({ translation: t.text, score: t.meanLogProb }));
    },

    stream(article: PreparedArticle, translation: ArticleTranslation, { started, signal }: { started: number; signal?: AbortSignal }): ReadableStream<Uint8Array> {
      return translationStream(article, translation, {
        modelId: translator.modelId,
        started,
        signal,
        shutdown,
        onUnexpectedError: (error) => logError('Translation failed.', error),
      });
    },
  };
}

export type ReadingService = ReturnType<typeof createReadingService>;

/**
 * Downloads the model if it is missing and an installer is given, then loads it: run once at
 * start-up, in the background, while the server already answers.
 */
export async function warmUpModel({ translator, installer }: Pick<ReadingDeps, 'translator' | 'installer'>, hooks: WarmUpHooks = {}): Promise<void> {
  try {
    if (translator.status().state === 'missing') {
      if (!installer) return;
      await installer.install({ onProgress: hooks.onProgress });
    }
    await translator.ready();
    hooks.onReady?.();
  } catch (error) {
    hooks.onError?.(error);
  }
}

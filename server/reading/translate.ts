/**
 * An article's translation: from the cache where it can, the rest through the model batch by batch,
 * each sentence reported as soon as it is known. A sentence that occurs several times (a repeated
 * credit line) goes to the model once.
 */
import type { BatchPlan } from '../core/mt/batches.ts';
import type { Translator } from '../engine/translator.ts';
import { checkSentencePair } from '../core/qa/review.ts';
import type { SentenceCheck, TranslatedParagraph, TranslatedSentence } from '../schemas.ts';
import { TokenBudgetError } from '../errors.ts';
import type { Admission } from './admission.ts';
import type { PreparedArticle, SentenceRef } from './prepare.ts';
import { translateSentences, type SentenceTranslation } from './sentence-batches.ts';

export interface CachedTranslation {
  text: string;
  score: number;
}

/** Where translations already made are kept, keyed by what decides the output and the source. */
export interface TranslationStore {
  getMany(key: string, sources: string[]): Map<number, CachedTranslation>;
  putMany(key: string, entries: { source: string; text: string; score: number }[]): void;
}

export interface TranslatedRef extends SentenceRef {
  translation: string;
  score: number;
  checks: SentenceCheck[];
}

/** The machine translation checked as a translator's draft would be: numbers, names, French left in. */
function checked(ref: SentenceRef, translation: string, score: number): TranslatedRef {
  const checks = translation ? checkSentencePair(ref.text, translation).map(({ rule, severity, message, params }): SentenceCheck => ({ rule: rule as SentenceCheck['rule'], severity, message, ...(params ? { params } : {}) })) : [];
  return { ...ref, translation, score, checks };
}

export interface TranslateDeps {
  translator: Translator;
  admission: Admission;
  plan: BatchPlan;
  /** Resolves when the model can translate; throws the reason it cannot (missing, downloading). */
  ensureModel: () => Promise<void>;
  /** Most source tokens one text may send to the model. */
  maxTokens: number;
  store?: TranslationStore;
  /** Told how each use of the store went: a failure (a full disk) never stops the translation. */
  storeOutcome?: { failed(error: unknown): void; worked(): void };
}

export interface RunOptions {
  signal?: AbortSignal;
  /** Called with sentences as they are ready: cached ones at once, then each batch. */
  onSentences?: (done: TranslatedRef[]) => void;
  /** Sentences in the first model batch (streaming wants 1; a whole response wants 0). */
  firstBatch?: number;
}

/** A translation admitted to run: the model is ready and a place is held until `run` ends. */
export interface ArticleTranslation {
  run(options?: RunOptions): Promise<TranslatedRef[]>;
}

/**
 * Looks the article up in the store, then, when the model has work, checks that it is ready and
 * takes a place: both fail before any response starts. A text the store fully answers needs
 * neither. The model starts at sentence `from` (where the reader is) and comes back to the top last.
 */
export async function beginTranslation(deps: TranslateDeps, article: PreparedArticle, from = 0): Promise<ArticleTranslation> {
  const { translator, store } = deps;
  const refs = article.sentences;
  const guard = <T>(work: () => T, fallback: T): T => {
    try {
      const result = work();
      deps.storeOutcome?.worked();
      return result;
    } catch (error) {
      deps.storeOutcome?.failed(error);
      return fallback;
    }
  };
  const cached = store ? guard(() => store.getMany(translator.outputKey, refs.map((r) => r.text)), new Map<number, CachedTranslation>()) : new Map<number, CachedTranslation>();
  const fromCache: TranslatedRef[] = [...cached].map(([i, t]) => checked(refs[i]!, t.text, t.score));

  /** Each text the model must translate, with every place it occurs. */
  const places = new Map<string, number[]>();
  refs.forEach((ref, i) => {
    if (!cached.has(i)) places.set(ref.text, [...(places.get(ref.text) ?? []), i]);
  });
  // From the sentence the reader is looking at to the end, then the top (a stable sort keeps each part in order).
  const before = (text: string): number => Number(places.get(text)![0]! < from);
  const unique = [...places.keys()].sort((a, b) => before(a) - before(b));
  if (unique.length === 0) {
    return {
      async run({ onSentences } = {}) {
        if (fromCache.length > 0) onSentences?.(fromCache);
        return fromCache;
      },
    };
  }
  await deps.ensureModel();
  await checkTokenBudget(translator, unique, deps.maxTokens);
  const place = deps.admission.admit();
  const expand = (batch: SentenceTranslation[]): TranslatedRef[] =>
    batch.flatMap((t) => places.get(unique[t.index]!)!.map((i) => checked(refs[i]!, t.text, t.meanLogProb)));

  return {
    async run({ signal, onSentences, firstBatch } = {}) {
      try {
        if (fromCache.length > 0) onSentences?.(fromCache);
        const results = await translateSentences(translator, unique, {
          plan: deps.plan,
          signal,
          firstBatch,
          onBatch: (batch) => {
            // Stored per batch, so work done before a disconnect is not lost.
            if (store) {
              const entries = batch.map((t) => ({ source: unique[t.index]!, text: t.text, score: t.meanLogProb }));
              guard(() => store.putMany(translator.outputKey, entries), undefined);
            }
            onSentences?.(expand(batch));
          },
        });
        return [...fromCache, ...expand(results)];
      } finally {
        place.release();
      }
    },
  };
}

/**
 * Refuses a text whose sentences would take the model more than `max` source tokens. A
 * SentencePiece token covers at least one character, and each sentence adds at most two more (the
 * leading word mark and the end token), so a text short enough by that bound goes through without
 * being tokenized whole before its first batch.
 */
async function checkTokenBudget(translator: Translator, texts: string[], max: number): Promise<void> {
  const bound = texts.reduce((sum, text) => sum + text.length + 2, 0);
  if (bound <= max) return;
  const tokens = (await translator.countTokens(texts)).reduce((a, b) => a + b, 0);
  if (tokens > max) throw new TokenBudgetError(tokens, max);
}

/** The segmentation with each sentence's translation in place. */
export function withTranslations(article: PreparedArticle, translated: TranslatedRef[]): TranslatedParagraph[] {
  const byKey = new Map(translated.map((t) => [`${t.paragraph}:${t.sentence}`, t]));
  return article.paragraphs.map((p, pi) => ({
    ...p,
    sentences: p.sentences.map((s, si): TranslatedSentence => {
      const t = byKey.get(`${pi}:${si}`);
      return { ...s, translation: t?.translation ?? '', score: t?.score ?? 0, ...(t?.checks.length ? { checks: t.checks } : {}) };
    }),
  }));
}

/**
 * The reading service: from the text a user sent to its segmented article, then to the English of
 * every sentence, reported sentence by sentence as batches finish.
 */
import { segmentArticle } from './core/article.ts';
import type { Reservation, SentenceTranslation, Translator } from './engine/translator.ts';
import type { CachedTranslation, TranslationCache } from './store/translation-cache.ts';
import { languageShares, looksFrench } from './core/language.ts';
import { NoArticleError, NotFrenchError } from './errors.ts';
import { extractArticle, looksLikeHtml } from './html.ts';
import { checkText } from './input.ts';
import type { SegmentResponse, TranslatedSentence, TranslateResponse } from './schemas.ts';

export interface SentenceRef {
  paragraph: number;
  sentence: number;
  text: string;
}

export interface PreparedArticle extends SegmentResponse {
  /** The text the offsets point into. */
  source: string;
  sentences: SentenceRef[];
}

/** Checks the input, extracts the article when it is an HTML page, and segments it. */
export function prepareArticle(input: string, maxChars: number): PreparedArticle {
  checkText(input, maxChars);
  const extracted = looksLikeHtml(input) ? extractArticle(input) : undefined;
  if (extracted === null) throw new NoArticleError();
  const source = extracted?.text ?? input;
  if (!looksFrench(source)) {
    const shares = languageShares(source);
    throw new NotFrenchError(shares.english > shares.french);
  }
  const paragraphs = segmentArticle(source);
  if (extracted) {
    // Readability knows the headline and byline for sure; the text cues only guess them.
    paragraphs.forEach((p, i) => {
      const text = source.slice(p.start, p.end);
      if (i === 0 && text === extracted.title) p.kind = 'title';
      else if (i <= 1 && text === extracted.byline) p.kind = 'byline';
    });
  }
  const sentences = paragraphs.flatMap((p, pi) =>
    p.sentences.map((s, si) => ({ paragraph: pi, sentence: si, text: source.slice(s.start, s.end) })),
  );
  return { paragraphs, source, sentences, ...(extracted ? { text: source } : {}) };
}

export interface TranslatedRef extends SentenceRef {
  translation: string;
  score: number;
}

export interface TranslateArticleOptions {
  signal?: AbortSignal;
  /** Called with sentences as they are ready: cached ones at once, then each batch. */
  onSentences?: (done: TranslatedRef[]) => void;
  cache?: TranslationCache;
  /** Sentences in the first model batch (streaming wants 1; a whole response wants 0). */
  firstBatch?: number;
  reservation?: Reservation;
}

/**
 * Translates every sentence, from the cache where it can, and stores what the model made. A
 * sentence that occurs several times (a repeated credit line) goes to the model once.
 */
export async function translateArticle(
  translator: Translator,
  article: PreparedArticle,
  { signal, onSentences, cache, firstBatch, reservation }: TranslateArticleOptions = {},
): Promise<TranslatedRef[]> {
  const refs = article.sentences;
  const texts = refs.map((r) => r.text);
  const cached = cache?.getMany(translator.outputKey, texts) ?? new Map<number, CachedTranslation>();
  const fromCache = [...cached].map(([i, t]) => ({ ...refs[i]!, translation: t.text, score: t.score }));
  if (fromCache.length > 0) onSentences?.(fromCache);

  /** Each text the model must translate, with every place it occurs. */
  const places = new Map<string, number[]>();
  refs.forEach((ref, i) => {
    if (!cached.has(i)) places.set(ref.text, [...(places.get(ref.text) ?? []), i]);
  });
  const unique = [...places.keys()];
  const expand = (batch: SentenceTranslation[]): TranslatedRef[] =>
    batch.flatMap((t) => places.get(unique[t.index]!)!.map((i) => ({ ...refs[i]!, translation: t.text, score: t.meanLogProb })));

  const results = await translator.translate(unique, {
    signal,
    firstBatch,
    reservation,
    onBatch: (batch) => {
      // Stored per batch, so work done before a disconnect is not lost.
      cache?.putMany(translator.outputKey, batch.map((t) => ({ source: unique[t.index]!, text: t.text, score: t.meanLogProb })));
      onSentences?.(expand(batch));
    },
  });
  return [...fromCache, ...expand(results)];
}

/** The segmentation with each sentence's translation in place. */
export function withTranslations(article: PreparedArticle, translated: TranslatedRef[]): TranslateResponse['paragraphs'] {
  const byKey = new Map(translated.map((t) => [`${t.paragraph}:${t.sentence}`, t]));
  return article.paragraphs.map((p, pi) => ({
    ...p,
    sentences: p.sentences.map((s, si): TranslatedSentence => {
      const t = byKey.get(`${pi}:${si}`);
      return { ...s, translation: t?.translation ?? '', score: t?.score ?? 0 };
    }),
  }));
}

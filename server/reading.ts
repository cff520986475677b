/**
 * The reading service: from the text a user sent to its segmented article, then to the English of
 * every sentence, reported sentence by sentence as batches finish.
 */
import { segmentArticle } from './core/article.ts';
import type { Translator } from './engine/translator.ts';
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

export function prepareArticle(input: string, maxChars: number): PreparedArticle {
  checkText(input, maxChars);
  const paragraphs = segmentArticle(input);
  const sentences = paragraphs.flatMap((p, pi) =>
    p.sentences.map((s, si) => ({ paragraph: pi, sentence: si, text: input.slice(s.start, s.end) })),
  );
  return { paragraphs, source: input, sentences };
}

export interface TranslatedRef extends SentenceRef {
  translation: string;
  score: number;
}

export async function translateArticle(
  translator: Translator,
  article: PreparedArticle,
  options: { signal?: AbortSignal; onSentences?: (done: TranslatedRef[]) => void } = {},
): Promise<TranslatedRef[]> {
  const refs = article.sentences;
  const results = await translator.translate(
    refs.map((r) => r.text),
    {
      signal: options.signal,
      onBatch: (batch) => options.onSentences?.(batch.map((t) => ({ ...refs[t.index]!, translation: t.text, score: t.meanLogProb }))),
    },
  );
  return results.map((t) => ({ ...refs[t.index]!, translation: t.text, score: t.meanLogProb }));
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

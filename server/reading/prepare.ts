/**
 * From the text a user sent to the segmented article: checks it, extracts the article when it is an
 * HTML page, refuses text that is not French, and segments it on offsets into that text.
 */
import { segmentArticle } from '../core/text/article.ts';
import { languageShares, looksFrench } from '../core/text/language.ts';
import { NoArticleError, NotFrenchError } from '../errors.ts';
import type { SegmentedParagraph } from '../schemas.ts';
import { extractArticle, looksLikeHtml } from './html.ts';
import { checkText } from './input.ts';

export interface SentenceRef {
  paragraph: number;
  sentence: number;
  text: string;
}

export interface PreparedArticle {
  paragraphs: SegmentedParagraph[];
  /** The text the offsets point into. */
  source: string;
  /** Set when the input was HTML: the extracted article text (also `source`). */
  text?: string;
  sentences: SentenceRef[];
}

/**
 * @example prepareArticle('Titre\n\nIl part. Elle reste.', 1000).sentences.map((s) => s.text)
 * // ['Titre', 'Il part.', 'Elle reste.']
 */
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

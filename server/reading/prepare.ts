/**
 * From the text a user sent to the segmented article: checks it, extracts the article when it is an
 * HTML page, refuses text that is not French, and segments it on offsets into that text.
 */
import { segmentArticle } from '../core/text/article.ts';
import { languageShares, looksFrench } from '../core/text/language.ts';
import { NoArticleError, NotFrenchError } from '../errors.ts';
import type { SegmentedParagraph } from '../schemas.ts';
import { extractArticle, looksLikeHtml, type ExtractedArticle } from './html.ts';
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

/** Extracts the article of an HTML page; null when the page holds none. */
export type Extract = (html: string) => Promise<ExtractedArticle | null>;

/**
 * @example prepareArticle('Titre\n\nIl part. Elle reste.', 1000).sentences.map((s) => s.text)
 * // ['Titre', 'Il part.', 'Elle reste.']
 */
export function prepareArticle(input: string, maxChars: number): PreparedArticle {
  checkText(input, maxChars);
  return articleOf(input, looksLikeHtml(input) ? extractArticle(input) : undefined);
}

/** The same, with HTML pages extracted by `extract` (on a worker thread, with a time budget). */
export async function prepareArticleWith(extract: Extract, input: string, maxChars: number): Promise<PreparedArticle> {
  checkText(input, maxChars);
  return articleOf(input, looksLikeHtml(input) ? await extract(input) : undefined);
}

/** `extracted`: what came out of an HTML page (null: no article); undefined: the input is text. */
function articleOf(input: string, extracted: ExtractedArticle | null | undefined): PreparedArticle {
  if (extracted === null) throw new NoArticleError();
  const source = extracted?.text ?? input;
  if (!looksFrench(source)) {
    const shares = languageShares(source);
    throw new NotFrenchError(shares.english > shares.french);
  }
  // The page's markup (headline, byline, <time>, headings, list items, captions) says more than
  // the text's own cues can guess.
  const paragraphs = segmentArticle(source, extracted?.paragraphs);
  const sentences = paragraphs.flatMap((p, pi) =>
    p.sentences.map((s, si) => ({ paragraph: pi, sentence: si, text: source.slice(s.start, s.end) })),
  );
  return { paragraphs, source, sentences, ...(extracted ? { text: source } : {}) };
}

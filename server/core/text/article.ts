/**
 * A plain-text article as paragraphs with a kind, each split into sentences, all as offsets into
 * the original string.
 */
import { classifyParagraphs, type ParagraphKind } from './kinds.ts';
import { splitParagraphs } from './paragraphs.ts';
import { segmentSentences, type Span } from './sentences.ts';

export interface ArticleParagraph extends Span {
  kind: ParagraphKind;
  sentences: Span[];
}

/**
 * @example segmentArticle('Titre\n\nM. Dupont est là. Il part.')
 * // [{start: 0, end: 5, kind: 'title', sentences: [{start: 0, end: 5}]},
 * //  {start: 7, end: 33, kind: 'body', sentences: [{start: 7, end: 24}, {start: 25, end: 33}]}]
 */
export function segmentArticle(text: string): ArticleParagraph[] {
  const spans = splitParagraphs(text).map((p) => ({ ...p, sentences: segmentSentences(text, p.start, p.end) }));
  const kinds = classifyParagraphs(
    spans.map((p) => ({ text: text.slice(p.start, p.end), sentences: p.sentences.map((s) => text.slice(s.start, s.end)) })),
  );
  return spans.map((p, i) => ({ start: p.start, end: p.end, kind: kinds[i]!, sentences: p.sentences }));
}

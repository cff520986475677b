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

/** A span of the text with the kind its source markup gives it (an HTML page's `<h2>`, `<li>`…). */
export interface MarkedParagraph extends Span {
  kind: ParagraphKind;
}

/** What the text itself tells for sure: boilerplate, a byline, a date line. */
const TEXT_WINS = new Set<ParagraphKind>(['aside', 'credit', 'byline', 'dateline']);

/**
 * `marks` (sorted, disjoint): the kinds the markup gave; each paragraph takes the kind of the mark
 * it starts in, unless the mark says only `body` or the text's own cue is one of `TEXT_WINS`.
 *
 * @example segmentArticle('Titre\n\nM. Dupont est là. Il part.')
 * // [{start: 0, end: 5, kind: 'title', sentences: [{start: 0, end: 5}]},
 * //  {start: 7, end: 33, kind: 'body', sentences: [{start: 7, end: 24}, {start: 25, end: 33}]}]
 * @example segmentArticle('Un bassin vide\n\nLe texte.', [{start: 0, end: 14, kind: 'caption'}])[0].kind // 'caption'
 */
export function segmentArticle(text: string, marks: readonly MarkedParagraph[] = []): ArticleParagraph[] {
  const spans = splitParagraphs(text).map((p) => ({ ...p, sentences: segmentSentences(text, p.start, p.end) }));
  const kinds = classifyParagraphs(
    spans.map((p) => ({ text: text.slice(p.start, p.end), sentences: p.sentences.map((s) => text.slice(s.start, s.end)) })),
  );
  let m = 0;
  return spans.map((p, i) => {
    // Both lists run in text order: one pass over the marks for all paragraphs.
    while (m < marks.length && marks[m]!.end <= p.start) m++;
    const mark = marks[m] && marks[m]!.start <= p.start ? marks[m]!.kind : undefined;
    const own = kinds[i]!;
    const kind = mark && mark !== 'body' && !TEXT_WINS.has(own) ? mark : own;
    return { start: p.start, end: p.end, kind, sentences: p.sentences };
  });
}

/**
 * The reader's model of an article: paragraphs of French sentences, each waiting for or holding
 * its English. Built from the server's offsets into the text the user gave.
 */
import type { ParagraphKind, SegmentedParagraph, SentenceCheck } from '../server/schemas.ts';

export interface ReaderSentence {
  /** `paragraph:sentence`, shared by the French and English elements that light up together. */
  key: string;
  fr: string;
  en?: string;
  score?: number;
  /** What the translation may have lost (a number, a name), for a quiet mark. */
  checks?: SentenceCheck[];
}

export interface ReaderParagraph {
  kind: ParagraphKind;
  sentences: ReaderSentence[];
}

export function fromSegmentation(text: string, paragraphs: SegmentedParagraph[]): ReaderParagraph[] {
  return paragraphs.map((p, pi) => ({
    kind: p.kind,
    sentences: p.sentences.map((s, si) => ({ key: `${pi}:${si}`, fr: text.slice(s.start, s.end) })),
  }));
}

/** A copy with one sentence's English in place (Lit re-renders on a new array). */
export function withTranslation(
  paragraphs: ReaderParagraph[],
  paragraph: number,
  sentence: number,
  en: string,
  score: number,
  checks?: SentenceCheck[],
): ReaderParagraph[] {
  const target = paragraphs[paragraph];
  if (!target) return paragraphs;
  // slice(), not map(): a long article gets thousands of these in a row, each copying every paragraph.
  const next = paragraphs.slice();
  next[paragraph] = { ...target, sentences: target.sentences.map((s, si) => (si === sentence ? { ...s, en, score, ...(checks ? { checks } : {}) } : s)) };
  return next;
}

/**
 * A copy with every English taken out: `''` shows "no translation" (the model is not there),
 * `undefined` shows "translating…".
 */
export function withoutTranslations(paragraphs: ReaderParagraph[], en: '' | undefined): ReaderParagraph[] {
  return paragraphs.map((p) => ({ ...p, sentences: p.sentences.map(({ key, fr }) => (en === undefined ? { key, fr } : { key, fr, en })) }));
}

/** Every sentence's key in document order: the index of a key is the position the server stores. */
export function sentenceKeys(paragraphs: readonly ReaderParagraph[]): string[] {
  return paragraphs.flatMap((p) => p.sentences.map((s) => s.key));
}

/** The paragraph a key `paragraph:sentence` belongs to. */
export function paragraphOf(key: string): number {
  return Number.parseInt(key, 10);
}

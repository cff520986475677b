/**
 * A French source and an English draft as the client sends them (each a text, or its sentences as
 * an array), checked and aligned. Sentences given as an array are kept as given: the text the
 * offsets index into is the items joined by "\n". When only one side is an array, the other is
 * split with the rules of its own language and aligned sentence to sentence.
 *
 * @example alignPair({ source: 'Il pleut. Il vente.', draft: ['It rains.', 'It blows.'] }, 200_000).alignment.links
 * // [{source: [0], draft: [0]}, {source: [1], draft: [1]}]
 */
import { alignSegments, alignTexts, type AlignOptions } from '../core/align/aligner.ts';
import type { Span } from '../core/align/alignment.ts';
import { segmentArticle } from '../core/text/article.ts';
import { segmentEnglish } from '../core/text/english-sentences.ts';
import { BadRequestError } from '../errors.ts';
import { checkText } from '../reading/input.ts';
import type { AlignResponse } from '../schemas.ts';

export type Side = string | string[];

export interface PairInput {
  source: Side;
  draft: Side;
}

export interface AlignedPair {
  sourceText: string;
  draftText: string;
  alignment: AlignResponse;
}

const NAMES = { source: 'French source', draft: 'English draft' } as const;

/** The text of a side, refused when empty, too long, binary, or an array with a blank sentence. */
export function sideText(side: Side, which: 'source' | 'draft', maxChars: number): string {
  const text = typeof side === 'string' ? side : side.join('\n');
  if (text.trim() === '') throw new BadRequestError(`The ${NAMES[which]} is empty: paste or open it.`, 'EMPTY_TEXT');
  checkText(text, maxChars);
  if (typeof side !== 'string') {
    const blank = side.findIndex((s) => s.trim() === '');
    if (blank >= 0) throw new BadRequestError(`Sentence ${blank + 1} of the ${NAMES[which]} is blank: each item of the array is one sentence.`);
  }
  return text;
}

/** The spans of array items in their "\n"-joined text. */
function itemSpans(items: readonly string[]): Span[] {
  let at = 0;
  return items.map((item) => {
    const span = { start: at, end: at + item.length };
    at = span.end + 1;
    return span;
  });
}

const frenchSentences = (text: string): Span[] => segmentArticle(text).flatMap((p) => p.sentences);

/** Sentences of each side with their spans: an array as given, a text split by its language's rules. */
function sentencesOf(side: Side, split: (text: string) => Span[]): { items: string[]; spans: Span[] } {
  if (typeof side !== 'string') return { items: side, spans: itemSpans(side) };
  const spans = split(side);
  return { items: spans.map((s) => side.slice(s.start, s.end)), spans };
}

/** `options.dictionary`: bilingual evidence for the aligner, once the dictionary has loaded. */
export function alignPair(input: PairInput, maxChars: number, options: AlignOptions = {}): AlignedPair {
  const sourceText = sideText(input.source, 'source', maxChars);
  const draftText = sideText(input.draft, 'draft', maxChars);
  if (typeof input.source === 'string' && typeof input.draft === 'string') {
    return { sourceText, draftText, alignment: alignTexts(input.source, input.draft, options) };
  }
  const source = sentencesOf(input.source, frenchSentences);
  const draft = sentencesOf(input.draft, segmentEnglish);
  const { links } = alignSegments(source.items, draft.items, options);
  return { sourceText, draftText, alignment: { source: source.spans, draft: draft.spans, links } };
}

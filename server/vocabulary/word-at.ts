/**
 * What the vocabulary needs to know of a word in a text: where it is, its lemma and part of
 * speech, its gloss in context and what it became in the English. The lookup service provides
 * it; the vocabulary only finds the sentence around it.
 */
import { splitParagraphs } from '../core/text/paragraphs.ts';
import { segmentSentences, type Span } from '../core/text/sentences.ts';
import type { LookupRequest, LookupResponse, SentenceSpan } from '../schemas.ts';

export interface WordFound extends Span {
  lemma: string;
  /** Universal Dependencies part of speech. */
  upos: string;
  features?: Record<string, string>;
  /** The best gloss in this context, if the dictionary has one. */
  gloss?: string;
  /** What the word became in `translation` (spans into it). */
  inTranslation?: SentenceSpan[];
}

/**
 * The word of `text` at `offset` (a JS string index anywhere inside it); throws `NotAWordError`
 * when there is none there. `translation`: the English of the text, for `inTranslation`.
 *
 * @example await wordAt('Il a opéré.', 6) // {start: 5, end: 10, lemma: 'opérer', upos: 'VERB', …}
 */
export type WordAt = (text: string, offset: number, translation?: string) => WordFound | Promise<WordFound>;

/**
 * The sentence of `text` that holds `offset`, found by the project's segmenter; undefined when the
 * offset is in the white space between sentences or outside the text.
 *
 * @example sentenceAt('Il pleut. Il a opéré.', 13) // {start: 10, end: 21}
 */
export function sentenceAt(text: string, offset: number): Span | undefined {
  for (const paragraph of splitParagraphs(text)) {
    if (offset < paragraph.start || offset >= paragraph.end) continue;
    return segmentSentences(text, paragraph.start, paragraph.end).find((s) => s.start <= offset && offset < s.end);
  }
  return undefined;
}

/**
 * The word as the lookup service (POST /api/lookup) sees it, its best-ranked gloss kept.
 *
 * @example const wordAt = wordAtFromLookup((request) => words.lookup(request))
 */
export function wordAtFromLookup(lookup: (request: LookupRequest) => Promise<LookupResponse>): WordAt {
  return async (text, offset, translation) => {
    const found = await lookup({ text, offset, translation });
    return { ...found.token, lemma: found.lemma, upos: found.upos, features: found.features, gloss: found.glosses[0]?.text, inTranslation: found.inTranslation };
  };
}

/**
 * The shape of a sentence alignment between a French source and an English text (a draft or the
 * machine's): sentences as offsets into their text, links in reading order. Every sentence of
 * either side is in exactly one link; a 1-0 link (omission) has no draft sentence, a 0-1 link
 * (addition) no source sentence.
 *
 * @example const a: Alignment = { source: [{start: 0, end: 12}], draft: [], links: [{source: [0], draft: []}] };
 */

/** A half-open range of UTF-16 offsets into a string. */
export interface Span {
  start: number;
  end: number;
}

/** One bead of the alignment: indexes of sentences, ascending and contiguous on each side. */
export interface Link {
  source: number[];
  draft: number[];
}

export interface Alignment {
  source: Span[];
  draft: Span[];
  links: Link[];
}

/**
 * How much of a source sentence finds its words in a draft: the share of its content words whose
 * dictionary translation, or a cognate (the same first five letters), is among the draft's words.
 * A sentence merged into a link with another but echoed by nothing in the draft was likely dropped.
 *
 * @example sentenceCoverage('Les oiseaux ne pouvaient pas atteindre leur butin.', { start: 0, end: 50 }, draftWords, dictionary) // { known: 4, matched: 0 }
 */
import type { Span } from '../align/alignment.ts';
import type { Dictionary } from '../lexicon/wiktionary.ts';
import { fold, wordsIn } from './pair.ts';
import { englishVariants } from './variants.ts';

/** French words too common to tell anything (and shorter words are skipped anyway). */
const FUNCTION_WORDS = new Set('avec dans pour plus sans sous leur leurs cette elle elles nous vous mais donc comme aussi tout tous être avoir fait était avait sont entre selon depuis très même'.split(' '));
const COGNATE = 5;

/** Folded draft words and their five-letter beginnings, to look source words up in. */
export interface DraftIndex {
  words: Set<string>;
  stems: Set<string>;
}

export function draftIndex(text: string, span: Span): DraftIndex {
  const words = new Set(wordsIn(text, span).map((w) => fold(w.text)));
  return { words, stems: new Set([...words].filter((w) => w.length >= COGNATE).map((w) => w.slice(0, COGNATE))) };
}

export function sentenceCoverage(text: string, span: Span, draft: DraftIndex, dictionary: Dictionary | undefined): { known: number; matched: number } {
  let known = 0;
  let matched = 0;
  for (const word of wordsIn(text, span)) {
    const folded = fold(word.text);
    // A name tells the link's topic, which neighbouring sentences share, not that this one is translated.
    if (folded.length < 4 || FUNCTION_WORDS.has(folded) || /\d/.test(folded) || /^\p{Lu}/u.test(word.text)) continue;
    const variants = englishVariants(word.text, dictionary).filter((v) => !v.includes(' '));
    const cognate = folded.length >= COGNATE && draft.stems.has(folded.slice(0, COGNATE));
    if (!cognate && !variants.length) continue;
    known++;
    if (cognate || variants.some((v) => draft.words.has(v) || (v.length >= COGNATE && draft.stems.has(v.slice(0, COGNATE))))) matched++;
  }
  return { known, matched };
}

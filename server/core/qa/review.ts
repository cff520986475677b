/**
 * The review of an aligned source and draft: every QA rule over every link, flags in reading order.
 *
 * @example reviewAlignment({ sourceText, draftText, alignment, glossary: [{ source: 'député', target: 'MP' }] })
 */
import type { Alignment, Span } from '../align/alignment.ts';
import type { Dictionary } from '../lexicon/wiktionary.ts';
import { checkAddition } from './addition.ts';
import type { Flag, GlossaryTerm } from './flag.ts';
import { glossaryRule } from './glossary.ts';
import { checkInconsistency } from './inconsistency.ts';
import { checkNames } from './names.ts';
import { checkNumbers } from './numbers.ts';
import { checkOmission } from './omission.ts';
import { type Pair, type PairRule, wordCounts } from './pair.ts';
import { checkPunctuation } from './punctuation.ts';
import { checkRepetition } from './repetition.ts';
import { checkUntranslated } from './untranslated.ts';

export interface ReviewInput {
  sourceText: string;
  draftText: string;
  alignment: Alignment;
  glossary?: readonly GlossaryTerm[];
  /** The French→English dictionary: lets names through under their English forms (`Moscou` → `Moscow`). */
  dictionary?: Dictionary;
}

/**
 * All flags of a review, sorted by link, then by offset (source first, then draft).
 *
 * @example reviewAlignment({ sourceText: 'Il a 3 ans.', draftText: 'He is 4.', alignment: { source: [{ start: 0, end: 11 }], draft: [{ start: 0, end: 8 }], links: [{ source: [0], draft: [0] }] } })[0].rule // 'number'
 */
export function reviewAlignment(input: ReviewInput): Flag[] {
  const { sourceText, draftText, alignment } = input;
  const draftCounts = wordCounts(draftText, { start: 0, end: draftText.length });
  const pairs: Pair[] = alignment.links.map((link, i) => ({
    link: i,
    sourceText,
    draftText,
    source: cover(link.source.map((s) => alignment.source[s]!)),
    draft: cover(link.draft.map((d) => alignment.draft[d]!)),
    sourceSentences: link.source.length > 1 ? link.source.map((s) => alignment.source[s]!) : undefined,
    dictionary: input.dictionary,
    draftCounts,
  }));
  const rules: PairRule[] = [checkOmission, checkAddition, checkNumbers, checkNames, checkUntranslated, checkRepetition, checkPunctuation, glossaryRule(input.glossary ?? [])];
  const flags = [...pairs.flatMap((pair) => rules.flatMap((rule) => rule(pair))), ...checkInconsistency(pairs)];
  return flags.sort((a, b) => a.link - b.link || offset(a) - offset(b));
}

/**
 * The checks that make sense on one machine-translated sentence (numbers, names, French left
 * untranslated), all on link 0: the reader's quiet mark.
 *
 * @example checkSentencePair('Il est né en 1952.', 'He was born in 1925.')[0].params // { value: '1952', expected: '1952', found: '1925' }
 */
export function checkSentencePair(source: string, target: string, options: { dictionary?: Dictionary } = {}): Flag[] {
  const pair: Pair = { link: 0, sourceText: source, draftText: target, source: { start: 0, end: source.length }, draft: { start: 0, end: target.length }, dictionary: options.dictionary };
  return [...checkNumbers(pair), ...checkNames(pair), ...checkUntranslated(pair)].sort((a, b) => offset(a) - offset(b));
}

/** The range from the first sentence's start to the last one's end, or nothing for an empty side. */
function cover(spans: Span[]): Span | undefined {
  return spans.length ? { start: spans[0]!.start, end: spans.at(-1)!.end } : undefined;
}

/** Source offsets sort before draft offsets of the same link. */
function offset(flag: Flag): number {
  return flag.source ? flag.source.start : flag.draft ? 1e12 + flag.draft.start : 0;
}

/**
 * Sentence alignment of a French source and an English draft, without machine translation: a
 * dynamic program over beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3, 3-2, 2-3, 4-1, 1-4) in a
 * band around the diagonal, scored by length, dictionary glosses (under French lemmas when given),
 * cognates, numbers, names and `?`/`!`, and paragraph breaks when the texts have them.
 * Consecutive unmatched sentences of one side form one link (one gap, as a reader sees it).
 */
import type { Dictionary } from '../lexicon/wiktionary.ts';
import { segmentArticle } from '../text/article.ts';
import { segmentEnglishParagraphs } from '../text/english-sentences.ts';
import type { Alignment, Link, Span } from './alignment.ts';
import { KeyTable, englishBag, frenchBag } from './bags.ts';
import { DEFAULT_MODEL, LENGTH_MODEL, beadScorer, type Breaks, type CostModel } from './bead-cost.ts';
import { glossIndex } from './glosses.ts';
import { bestPath } from './path.ts';

export interface AlignOptions {
  /** fr→en dictionary (see `parseWiktionary`): glosses make lexical evidence beyond cognates. */
  dictionary?: Dictionary;
  /**
   * The dictionary forms a French word (as written in the text) may have, every reading (from a
   * lexicon such as Lefff: `fut` → `être`, `prit` → `prendre`): glosses are looked up under them
   * before guessed forms. Without it, forms are guessed from regular endings.
   */
  lemmas?: (word: string) => readonly string[];
}

/** Options for measuring variants of the cost model (the evaluation script's ablations). */
export interface TunedAlignOptions extends AlignOptions {
  model?: CostModel;
}

/** Merges runs of 1-0 links (and of 0-1 links) into one link each. */
function joinGaps(links: readonly Link[]): Link[] {
  const joined: Link[] = [];
  for (const link of links) {
    const last = joined.at(-1);
    const omission = link.draft.length === 0;
    const addition = link.source.length === 0;
    if (last && omission && last.draft.length === 0) last.source.push(...link.source);
    else if (last && addition && last.source.length === 0) last.draft.push(...link.draft);
    else joined.push({ source: [...link.source], draft: [...link.draft] });
  }
  return joined;
}

function alignSentences(
  source: readonly string[],
  draft: readonly string[],
  options: TunedAlignOptions,
  breaks?: { source: Breaks; draft: Breaks },
): Link[] {
  const table = new KeyTable();
  const index = options.dictionary ? glossIndex(options.dictionary) : undefined;
  const sourceBags = source.map((s) => frenchBag(s, table, index, options.lemmas));
  const draftBags = draft.map((s) => englishBag(s, table));
  const scorer = beadScorer(sourceBags, draftBags, table.size, options.model ?? DEFAULT_MODEL, breaks);
  const coarse = beadScorer(sourceBags, draftBags, table.size, LENGTH_MODEL, breaks);
  const links = bestPath(
    sourceBags.map((b) => b.length),
    draftBags.map((b) => b.length),
    scorer,
    coarse,
  );
  return joinGaps(links);
}

/** Offsets of each item in the items joined by `"\n"`. */
function joinedSpans(items: readonly string[]): Span[] {
  let at = 0;
  return items.map((item) => {
    const span = { start: at, end: at + item.length };
    at = span.end + 1;
    return span;
  });
}

/**
 * Aligns sentences given one per item, each kept as given; spans index into the items joined by
 * `"\n"`.
 *
 * @example alignSegments(['Il pleut.', 'Il fait 3 °C.'], ['It is raining.', 'It is 3 °C.']).links
 * // [{source: [0], draft: [0]}, {source: [1], draft: [1]}]
 */
export function alignSegments(source: readonly string[], draft: readonly string[], options: TunedAlignOptions = {}): Alignment {
  return { source: joinedSpans(source), draft: joinedSpans(draft), links: alignSentences(source, draft, options) };
}

/** Flags over sentence indexes 0..count: set where a paragraph starts (and at the end). */
function breakFlags(paragraphs: readonly { sentences: readonly Span[] }[]): { spans: Span[]; flags: Breaks } {
  const spans: Span[] = [];
  const starts: number[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.sentences.length === 0) continue;
    starts.push(spans.length);
    spans.push(...paragraph.sentences);
  }
  const flags = new Uint8Array(spans.length + 1);
  for (const start of starts) flags[start] = 1;
  flags[spans.length] = 1;
  return { spans, flags };
}

/**
 * Segments the French source (the article segmenter) and the English draft (English rules), then
 * aligns their sentences; a bead rarely straddles a paragraph break. Spans index into the texts.
 *
 * @example alignTexts('Il pleut. Il fait froid.\n\nFin.', 'It is raining and cold.\n\nThe end.').links
 * // [{source: [0, 1], draft: [0]}, {source: [2], draft: [1]}]
 */
export function alignTexts(source: string, draft: string, options: TunedAlignOptions = {}): Alignment {
  const french = breakFlags(segmentArticle(source));
  const english = breakFlags(segmentEnglishParagraphs(draft));
  const slice = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end));
  const links = alignSentences(slice(source, french.spans), slice(draft, english.spans), options, {
    source: french.flags,
    draft: english.flags,
  });
  return { source: french.spans, draft: english.spans, links };
}

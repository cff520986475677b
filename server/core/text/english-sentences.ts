/**
 * English sentence boundaries on offsets into the original text, with rules of their own: English
 * abbreviations (`Mr.`, `Dr.`, `e.g.`, `Jan. 5`, `No. 3`), dotted acronyms and times (`U.S.`,
 * `p.m.`) that end a sentence only before a word that typically opens one, initials (`J. R. R.`),
 * decimals (`3.5`), and closing quotes glued to the stop (`."`, `?’`). Paragraphs are the shared
 * plain-text ones, so no sentence crosses a paragraph.
 */
import { splitParagraphs } from './paragraphs.ts';
import { skipSpace, trimEnd, type Span } from './sentences.ts';

export interface EnglishParagraph extends Span {
  sentences: Span[];
}

const TERMINALS = '.!?…';
const SPACE = /\s/;
const CLOSING = '"\'”’)]»';
const NO_START = /[\p{Ll},;:)\]}”’]/u;
const WORD_CHAR = /[\p{L}\p{N}.'’-]/u;

/** Abbreviations that never end a sentence (case-sensitive). */
const ABBREVIATIONS = new Set(
  `Mr Mrs Ms Messrs Dr Drs Prof Rev Hon Gen Col Lt Sgt Capt Cmdr Adm Maj Gov Sen Rep Supt Insp St Mt Ft
  e.g i.e eg ie cf vs viz al approx Fig fig Figs figs Vol vol vols pp Ch ch Eq eq Sec sec Art art Dept dept Univ`.split(/\s+/),
);
/** Abbreviations that do not end a sentence when a number follows (`Jan. 5`, `No. 3`, `p. 12`). */
const BEFORE_NUMBER = new Set('Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos no nos p Nr'.split(' '));
/** Words that end a sentence only when a typical sentence opener follows (`in the U.S. The …`). */
const ENDS_BEFORE_STARTER = new Set('Jr Sr Inc Ltd Co Corp Bros etc a.m p.m A.M P.M'.split(' '));
const SENTENCE_STARTERS = new Set(
  `The A An This That These Those It Its He She They We I You His Her Their Our My Your There Here But And Or So
  Yet In On At For After Before When While If As Since Although Though However Meanwhile Then Now Still Also
  Some Many Most Several Each Every No None One Two Three What Who Why How Where Mr Mrs Ms Dr`.split(/\s+/),
);

/** The word just before `at`, with inner dots and hyphens (`U.S`, `e.g`, `Mrs`). */
function wordBefore(text: string, at: number, start: number): string {
  let i = at;
  while (i > start && WORD_CHAR.test(text[i - 1]!)) i--;
  return text.slice(i, at).replace(/^['’]+/, '');
}

function wordAt(text: string, at: number): string {
  return /^\p{L}+/u.exec(text.slice(at, at + 40))?.[0] ?? '';
}

function isAbbreviation(word: string, text: string, next: number): boolean {
  if (word === '') return false;
  if (ABBREVIATIONS.has(word)) return true;
  const nextChar = text[next]!;
  if (BEFORE_NUMBER.has(word)) return /\d/.test(nextChar);
  const starter = SENTENCE_STARTERS.has(wordAt(text, next));
  if (ENDS_BEFORE_STARTER.has(word)) return !starter;
  // Dotted acronyms (`U.S.`, `U.K.`, `N.Y.U.`) end a sentence only before a typical opener.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return !starter;
  // Initials: `J.`, `J.-P.`; a lone capital is a name's initial far more often than a sentence's end.
  return /^(\p{Lu}[.-]{1,2})*\p{Lu}$/u.test(word);
}

/** Whether the terminal run `text[run..runEnd)`, next sentence at `next`, ends a sentence. */
function endsSentence(text: string, start: number, run: number, runEnd: number, next: number): boolean {
  if (NO_START.test(text[next]!)) return false;
  // A list number opening the line: `1. First…`, `IV. The…`.
  if (runEnd - start <= 5 && /^(?:\d{1,3}|[IVXLC]{1,5})\.$/.test(text.slice(start, runEnd))) return false;
  if (text.slice(run, runEnd) !== '.') return true;
  return !isAbbreviation(wordBefore(text, run, start), text, next);
}

/** Sentence spans of `text[start..end)`, trimmed: nothing but whitespace lies outside them. */
function sentencesOf(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = skipSpace(text, start, end);
  let i = sentenceStart;
  while (i < end) {
    if (!TERMINALS.includes(text[i]!)) {
      i++;
      continue;
    }
    const run = i;
    let close = i;
    while (close < end && TERMINALS.includes(text[close]!)) close++;
    const runEnd = close;
    // Closing quotes and brackets glued to the stop belong to the sentence (`"Go."`, `(sic.)`).
    while (close < end && CLOSING.includes(text[close]!)) close++;
    i = close;
    if (close >= end || !SPACE.test(text[close]!)) continue;
    const next = skipSpace(text, close, end);
    if (next >= end) break;
    if (endsSentence(text, sentenceStart, run, runEnd, next)) {
      spans.push({ start: sentenceStart, end: close });
      sentenceStart = next;
      i = next;
    }
  }
  const last = trimEnd(text, sentenceStart, end);
  if (last > sentenceStart) spans.push({ start: sentenceStart, end: last });
  return spans;
}

/**
 * Paragraphs of English text, each with its sentences.
 *
 * @example segmentEnglishParagraphs('Title\n\nMr. Smith left. He ran.')
 * // [{start: 0, end: 5, sentences: [{start: 0, end: 5}]},
 * //  {start: 7, end: 30, sentences: [{start: 7, end: 22}, {start: 23, end: 30}]}]
 */
export function segmentEnglishParagraphs(text: string): EnglishParagraph[] {
  return splitParagraphs(text).map((p) => ({ start: p.start, end: p.end, sentences: sentencesOf(text, p.start, p.end) }));
}

/**
 * English sentence spans, paragraph by paragraph; every non-space character is in exactly one.
 *
 * @example segmentEnglish('Mr. Smith paid $3.5 million in the U.S. last year. He left at 5 p.m. on Jan. 3.')
 * // [{start: 0, end: 50}, {start: 51, end: 79}]
 */
export function segmentEnglish(text: string): Span[] {
  return segmentEnglishParagraphs(text).flatMap((p) => p.sentences);
}

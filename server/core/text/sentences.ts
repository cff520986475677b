/**
 * French sentence boundaries on offsets into the original text.
 *
 * A boundary may follow a run of `.`, `!`, `?`, `…` plus any closing quotes or brackets, when
 * whitespace and a plausible sentence start come next. French typography decides the rest:
 * titles and abbreviations (`M.`, `Mme`, `p.`, `av. J.-C.`), initials, `?`/`!` inside « » followed
 * by an incise in lower case, elisions `(…)`. `Intl.Segmenter('fr')` splits after `M.` and moves a
 * closing `»` to the next sentence, so it is not used.
 */

export interface Span {
  start: number;
  end: number;
}

const TERMINALS = '.!?…';
/** Regular, no-break, narrow no-break and thin spaces: French puts them before `» ? ! : ;`. */
const INLINE_SPACE = /[ \t\u00a0\u202f\u2009\u2007]/;
const SPACE = /\s/;
const ALWAYS_CLOSING = '»”)]’›';
const LOWER = /\p{Ll}/u;
const NO_START = ',;:)]}»”';
const WORD_CHAR = /[\p{L}\p{N}.'’-]/u;

/** Abbreviations that never end a sentence (case-sensitive). */
const ABBREVIATIONS = new Set(
  `M MM Mme Mmes Mlle Mlles Mr Mrs Ms Dr Drs Pr Pre Prs Me Mes Mgr St Ste Sts Stes Prof Cie Ets Vve
  Gal Gén Col Cdt Lt Sgt Capt Cne Adj Lieut Cmdt Mal Maj
  cf Cf p pp P PP vol vols Vol n no No nos Nos art Art al chap Chap éd Éd coll Coll dir trad op cit ibid id
  ex Ex fig Fig tél Tél bd boul av Av apr ap sq sqq resp réf Réf suiv cad c.-à-d ca approx
  ms mss vs env`.split(/\s+/),
);
/**
 * Words that often end a sentence but also stand inside one (`Jr.`, `J.-C.`, `U.S.A.`): a boundary
 * only when a word that typically opens a French sentence follows.
 */
const ENDS_BEFORE_STARTER = new Set(['Jr', 'Sr', 'J.-C', 'J-C']);
const SENTENCE_STARTERS = new Set(
  `Le La Les L Un Une Des Du De D Il Elle Ils Elles On Nous Vous Je J Ce Cette Ces C Cela Ça Mais Et Ou
  Donc Or Car En Dans Pour Par Sur Selon Après Avant Depuis Pendant Cependant Pourtant Ainsi Alors Puis
  Enfin Si Quand Lorsque Comme Aussi Toutefois Néanmoins Au Aux À Tous Tout Chaque Plusieurs Certains
  Aujourd Personne Rien Seul Seule Son Sa Ses Leur Leurs Notre Nos Votre Vos Mon Ma Mes`.split(/\s+/),
);
/** Abbreviations that do not end a sentence when a number follows (`janv. 2021`, `env. 300`). */
const BEFORE_NUMBER = new Set('janv févr fév avr juil juill sept oct nov déc Janv Févr Avr Juil Sept Oct Nov Déc'.split(' '));

/**
 * Counts straight double quotes from a sentence's start, resuming where the last count stopped, so
 * a sentence that never ends is scanned once, not once per candidate boundary. One between two
 * letters is a mistyped apostrophe (`C"était`) and does not count.
 */
class QuoteCounter {
  private from = -1;
  private upTo = 0;
  private count = 0;

  constructor(private readonly text: string) {}

  /** Quotes in `text[from..to)`. */
  between(from: number, to: number): number {
    if (from !== this.from || to < this.upTo) {
      this.from = from;
      this.upTo = from;
      this.count = 0;
    }
    const text = this.text;
    for (let i = text.indexOf('"', this.upTo); i !== -1 && i < to; i = text.indexOf('"', i + 1)) {
      if (!(LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? ''))) this.count++;
    }
    this.upTo = to;
    return this.count;
  }
}

const LETTER = /\p{L}/u;

/**
 * Whether `text[i]` closes the sentence that started at `sentenceStart`. A straight quote is
 * ambiguous: glued to the stop and followed by a space it closes (`savoir." Elle`), whoever opened
 * it; spaced, as news wires write it on both sides, a `"` closes only a quote this sentence opened,
 * and never when a word follows it (`coin." "Il`: that one opens the next sentence).
 */
function isCloserAt(text: string, i: number, end: number, sentenceStart: number, quotes: QuoteCounter, glued: boolean): boolean {
  const ch = text[i];
  if (ch === undefined || i >= end) return false;
  if (ALWAYS_CLOSING.includes(ch)) return true;
  if (ch !== '"' && ch !== "'") return false;
  const after = i + 1 < end ? text[i + 1]! : '';
  const lastMark = after === '' || SPACE.test(after) || ALWAYS_CLOSING.includes(after) || after === '"' || after === "'";
  if (!lastMark) return false;
  if (glued) return true;
  return ch === '"' && quotes.between(sentenceStart, i) % 2 === 1;
}

/** The word just before `at`, with inner dots and hyphens (`J.-C`, `U.S`, `Mme`). */
function wordBefore(text: string, at: number, start: number): string {
  let i = at;
  while (i > start && WORD_CHAR.test(text[i - 1]!)) i--;
  return text.slice(i, at).replace(/^['’]+/, '');
}

/** The word that starts at `at`, up to an apostrophe (`L’Union` → `L`). */
function wordAt(text: string, at: number): string {
  return /^[\p{L}]+/u.exec(text.slice(at, at + 40))?.[0] ?? '';
}

function isAbbreviation(word: string, nextWord: string, nextChar: string, before: string): boolean {
  if (word === '') return false;
  if (ABBREVIATIONS.has(word)) return true;
  if (BEFORE_NUMBER.has(word)) return /\d/.test(nextChar);
  const startsSentence = SENTENCE_STARTERS.has(nextWord);
  if (ENDS_BEFORE_STARTER.has(word)) return !startsSentence;
  // A unit after a degree sign (`-9 ° C.`) ends a sentence like any word, and so does the hour
  // after a number (`à 16 h.`, where `h` is no abbreviation of a longer word).
  if (/°\s*$/.test(before)) return false;
  if (word === 'h' && /\d\s?$/.test(before)) return false;
  // Dotted acronyms: `U.S.A.`, `N.Y.U.`; they end a sentence before a typical sentence opener.
  if (/^(\p{Lu}\.){1,}\p{Lu}$/u.test(word)) return !startsSentence;
  // Initials: `E.`, `J.-P.`.
  if (/^(\p{Lu}[.-]{1,2})*\p{Lu}$/u.test(word)) return true;
  // A lone letter (`p.`, `s.` in `XXe s.`) is an abbreviation, never a word that ends a sentence.
  if (/^\p{L}$/u.test(word)) return true;
  // `l’O.N.U.`, `d’U.S.A.`: the elided article is part of the word we read.
  return /^\p{L}['’](\p{Lu}\.)*\p{Lu}$/u.test(word);
}

/** Decides a candidate boundary after terminals `text[run..runEnd)`, next sentence at `next`. */
function endsSentence(text: string, start: number, run: number, runEnd: number, next: number): boolean {
  const nextChar = text[next]!;
  if (LOWER.test(nextChar) || NO_START.includes(nextChar)) return false;
  const terminals = text.slice(run, runEnd);
  // A list number opening the sentence: `1. À partir de…`, `b. Les…`, `IV. Les…`.
  if (runEnd - start <= 6 && /^(?:\d{1,3}|[IVXLC]{1,5}|\p{Ll})\.$/u.test(text.slice(start, runEnd))) return false;
  if (terminals === '.') {
    const word = wordBefore(text, run, start);
    return !isAbbreviation(word, wordAt(text, next), nextChar, text.slice(Math.max(start, run - word.length - 3), run - word.length));
  }
  // An elision in brackets, `(…)` or `[...]`, is part of a quotation.
  const before = text[run - 1];
  if (/^(…|\.\.\.)$/.test(terminals) && (before === '(' || before === '[')) return false;
  return true;
}

/**
 * Sentence spans of `text[start..end)`, trimmed of surrounding whitespace. Whatever lies between
 * two spans is whitespace, so no character other than whitespace is ever outside a span.
 *
 * @example segmentSentences('M. Dupont est là. Il part.') // [{start: 0, end: 17}, {start: 18, end: 26}]
 */
export function segmentSentences(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  const quotes = new QuoteCounter(text);
  let sentenceStart = skipSpace(text, start, end);
  let i = sentenceStart;
  while (i < end) {
    if (!TERMINALS.includes(text[i]!)) {
      i++;
      continue;
    }
    const run = i;
    let runEnd = i;
    while (runEnd < end && TERMINALS.includes(text[runEnd]!)) runEnd++;
    let close = runEnd;
    for (;;) {
      let m = close;
      while (m < end && INLINE_SPACE.test(text[m]!)) m++;
      if (!isCloserAt(text, m, end, sentenceStart, quotes, m === close)) break;
      close = m + 1;
      while (close < end && TERMINALS.includes(text[close]!)) close++;
    }
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

export function skipSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && SPACE.test(text[i]!)) i++;
  return i;
}

export function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && SPACE.test(text[i - 1]!)) i--;
  return i;
}

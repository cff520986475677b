/**
 * The words of the reader's French sentences, pure: an article cut into requests for
 * `POST /api/analyze`, the answer split back per sentence, a sentence cut into text and words
 * without losing a character, and the article's distinct words counted by status (as the server's
 * `POST /api/vocabulary/counts` counts them: names, numbers, symbols, punctuation and unknown
 * parts of speech left out).
 *
 * @example pieces('Il a opéré.', tokens) // [{text:'Il', token}, {text:' '}, …, {text:'.'}]
 */
import type { AnalyzedWord, SentenceSpan, WordCounts, WordStatus } from '../../server/schemas.ts';

export type { AnalyzedWord, SentenceSpan, WordCounts, WordStatus };

/** A sentence to analyze: its key and French. */
export interface SentenceText {
  key: string;
  fr: string;
}

/** One request's text and where each sentence sits in it. */
export interface AnalysisBatch {
  text: string;
  places: { key: string; start: number; end: number }[];
}

/** Sentences of one paragraph are joined by a space, paragraphs by a blank line: the tagger sees the context it would in the article. */
const SENTENCE_JOIN = ' ';
const PARAGRAPH_JOIN = '\n\n';

/** Parts of speech that are not vocabulary to learn (the server's counts leave them out too). */
const NOT_VOCABULARY = new Set(['PUNCT', 'NUM', 'SYM', 'PROPN', 'X']);
/** A word the reader can open: it has a letter and is not punctuation. */
const LETTER = /\p{L}/u;

export function isWord(token: AnalyzedWord, text: string): boolean {
  return token.upos !== 'PUNCT' && token.upos !== 'SYM' && LETTER.test(text.slice(token.start, token.end));
}

/** Counted and coloured by status; names and numbers are opened but never coloured. */
export function isVocabulary(token: AnalyzedWord): boolean {
  return !NOT_VOCABULARY.has(token.upos);
}

/**
 * The paragraphs' sentences as texts of at most `maxChars` (a paragraph longer than that is a
 * batch of its own): one request for an ordinary article.
 */
export function analysisBatches(paragraphs: readonly { sentences: readonly SentenceText[] }[], maxChars: number): AnalysisBatch[] {
  const batches: AnalysisBatch[] = [];
  let current: AnalysisBatch = { text: '', places: [] };
  for (const paragraph of paragraphs) {
    const size = paragraph.sentences.reduce((n, s) => n + s.fr.length + 1, 0);
    if (current.places.length > 0 && current.text.length + size > maxChars) {
      batches.push(current);
      current = { text: '', places: [] };
    }
    if (current.places.length > 0) current.text += PARAGRAPH_JOIN;
    paragraph.sentences.forEach((s, i) => {
      if (i > 0) current.text += SENTENCE_JOIN;
      const start = current.text.length;
      current.text += s.fr;
      current.places.push({ key: s.key, start, end: current.text.length });
    });
  }
  if (current.places.length > 0) batches.push(current);
  return batches;
}

/** The batch's tokens per sentence, with offsets into the sentence (a token across two sentences belongs to neither). */
export function tokensBySentence(batch: AnalysisBatch, tokens: readonly AnalyzedWord[]): Map<string, AnalyzedWord[]> {
  const out = new Map<string, AnalyzedWord[]>(batch.places.map((p) => [p.key, []]));
  let at = 0;
  for (const token of tokens) {
    while (at < batch.places.length && batch.places[at]!.end <= token.start) at++;
    const place = batch.places[at];
    if (!place || token.start < place.start || token.end > place.end) continue;
    out.get(place.key)!.push({ ...token, start: token.start - place.start, end: token.end - place.start });
  }
  return out;
}

/** A run of the sentence: a word (with its token) or what lies between words. */
export interface Piece {
  text: string;
  token?: AnalyzedWord;
}

/** The sentence as pieces whose texts, joined, are exactly `text`: nothing is dropped or added. */
export function pieces(text: string, tokens: readonly AnalyzedWord[]): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const token of tokens) {
    if (token.start < at || token.end > text.length || token.end <= token.start || !isWord(token, text)) continue;
    if (token.start > at) out.push({ text: text.slice(at, token.start) });
    out.push({ text: text.slice(token.start, token.end), token });
    at = token.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** The bucket a status counts in. */
export function bucketOf(status: WordStatus | undefined): keyof WordCounts {
  if (status === undefined) return 'unknown';
  return status.startsWith('learning') ? 'learning' : (status as 'new' | 'known' | 'ignored');
}

/** The distinct vocabulary lemmas of the sentences, by the status of each. */
export function countWords(sentences: Iterable<[text: string, tokens: readonly AnalyzedWord[]]>, statuses: Readonly<Record<string, WordStatus>>): WordCounts {
  const lemmas = new Set<string>();
  for (const [text, tokens] of sentences) for (const t of tokens) if (isVocabulary(t) && isWord(t, text)) lemmas.add(t.lemma);
  const counts: WordCounts = { unknown: 0, new: 0, learning: 0, known: 0, ignored: 0 };
  for (const lemma of lemmas) counts[bucketOf(statuses[lemma])]++;
  return counts;
}

/** The vocabulary lemmas of the sentences that have no status yet: what "mark the rest as known" marks. */
export function unmarkedLemmas(sentences: Iterable<[text: string, tokens: readonly AnalyzedWord[]]>, statuses: Readonly<Record<string, WordStatus>>): string[] {
  const lemmas = new Set<string>();
  for (const [text, tokens] of sentences) for (const t of tokens) if (isVocabulary(t) && isWord(t, text) && statuses[t.lemma] === undefined) lemmas.add(t.lemma);
  return [...lemmas];
}

/** Gloss mode annotates words that are still to learn: unknown, new or learning. */
export function wantsGloss(token: AnalyzedWord, status: WordStatus | undefined): boolean {
  return isVocabulary(token) && status !== 'known' && status !== 'ignored';
}

/** Spans in order, those only white space apart joined: "carried" and "out" show as "carried out". */
export function joinSpans(text: string, spans: readonly SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && span.start >= last.end && !text.slice(last.end, span.start).trim()) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

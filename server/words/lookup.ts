/**
 * One word looked up in its sentence: the analysed token at the offset (or the dictionary's
 * multiword expression around it), its glosses ranked for this context, and the English words of
 * the translation it became. Only the sentence holding the offset is analysed, so a lookup in a
 * long article costs what a lookup in a sentence costs.
 *
 * @example await lookupWord({ text: 'Elle opère.', offset: 6 }, { lexicon, align, analyze })
 */
import type { AnalyzedToken } from '../core/lexicon/analysis.ts';
import { englishLemmaSet, englishWords } from '../core/lexicon/english.ts';
import { findExpression, wordKey } from '../core/lexicon/expressions.ts';
import { rankGlosses } from '../core/lexicon/glosses.ts';
import type { Translation } from '../core/lexicon/wiktionary.ts';
import { FUNCTION_WORDS } from '../core/lexicon/word-align-function-words.ts';
import { segmentSentences, type Span } from '../core/text/sentences.ts';
import { NotAWordError } from '../errors.ts';
import type { LookupRequest, LookupResponse, SentenceSpan } from '../schemas.ts';
import type { Aligner } from './aligner.ts';
import type { WordLexicon } from './word-lexicon.ts';

export interface LookupDeps {
  /** None while the dictionary is unavailable (`unavailable` says why). */
  lexicon?: WordLexicon;
  align: Aligner;
  analyze: (text: string) => readonly AnalyzedToken[] | Promise<readonly AnalyzedToken[]>;
  unavailable?: string;
}

/** Closed-class words: the dictionary lists their homographs (`la` the note), the table their use. */
const CLOSED = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ']);

/** The sentence around `offset`, found within its line so a long text is not segmented whole. */
function sentenceAt(text: string, offset: number): Span {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const lineEnd = newline === -1 ? text.length : newline;
  const sentences = segmentSentences(text, lineStart, lineEnd);
  return sentences.find((s) => s.start <= offset && offset < s.end) ?? { start: lineStart, end: lineEnd };
}

const isWord = (token: AnalyzedToken, form: string): boolean => token.upos !== 'PUNCT' && /\p{L}/u.test(form);

/** The glosses of a word of this tag: a name's only under its exact spelling, a function word's from the table. */
function glossesOf(form: string, token: AnalyzedToken, lexicon: WordLexicon): Translation[] {
  if (token.upos === 'PROPN') return lexicon.has(form) ? lexicon.entries([form]) : [];
  const table = FUNCTION_WORDS.get(wordKey(form)) ?? FUNCTION_WORDS.get(wordKey(token.lemma));
  if (CLOSED.has(token.upos) && table) return table.map((text) => ({ text, pos: token.upos }));
  const own = lexicon.entries([token.lemma]);
  return own.length > 0 ? own : lexicon.entries([form]);
}

export async function lookupWord(request: LookupRequest, deps: LookupDeps): Promise<LookupResponse> {
  const { text, offset, translation } = request;
  if (offset < 0 || offset >= text.length) throw new NotAWordError(offset, text.length);
  const sentence = sentenceAt(text, offset);
  const tokens = (await deps.analyze(text.slice(sentence.start, sentence.end))).map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start }));
  const forms = tokens.map((t) => text.slice(t.start, t.end));
  const at = tokens.findIndex((t) => t.start <= offset && offset < t.end);
  const token = tokens[at];
  if (!token || !isWord(token, forms[at]!)) throw new NotAWordError(offset, text.length);

  const { lexicon } = deps;
  const expression = lexicon && findExpression(forms, at, lexicon.expressions);
  const english = translation ? englishLemmaSet(translation) : undefined;
  let answer: Omit<LookupResponse, 'inTranslation'>;
  let words: [number, number];
  if (expression && lexicon) {
    const glosses = lexicon.entries([expression.headword]);
    const pos = glosses.find((g) => g.pos !== 'X')?.pos ?? 'X';
    words = [expression.start, expression.end];
    answer = {
      token: { start: tokens[expression.start]!.start, end: tokens[expression.end - 1]!.end },
      lemma: expression.headword,
      upos: pos,
      features: {},
      glosses: rankGlosses(glosses, { upos: pos, english, commonness: lexicon.commonness }),
      expression: true,
    };
  } else {
    const glosses = lexicon ? glossesOf(forms[at]!, token, lexicon) : [];
    words = [at, at + 1];
    answer = {
      token: { start: token.start, end: token.end },
      lemma: token.lemma,
      upos: token.upos,
      features: token.features ?? {},
      glosses: rankGlosses(glosses, { upos: token.upos, english, commonness: lexicon?.commonness }),
      ...(token.upos === 'PROPN' ? { name: true as const } : {}),
      ...(token.guess ? { guess: true as const } : {}),
    };
  }
  return {
    ...answer,
    inTranslation: translation ? becameIn(forms, words, translation, deps.align) : [],
    ...(deps.unavailable ? { glossesUnavailable: deps.unavailable } : {}),
  };
}

/** The English words aligned with the source words in [from, to), as offsets into the translation. */
function becameIn(forms: readonly string[], [from, to]: [number, number], translation: string, align: Aligner): SentenceSpan[] {
  const target = englishWords(translation);
  const linked = new Set(
    align(
      forms,
      target.map((w) => w.text),
    )
      .filter(([i]) => i >= from && i < to)
      .map(([, j]) => j),
  );
  return [...linked].sort((a, b) => a - b).map((j) => ({ start: target[j]!.start, end: target[j]!.end }));
}

/**
 * A French text's words with their lemma, part of speech and learner features: tokenize, tag each
 * sentence with the perceptron (helped by Lefff's possible tags), then lemmatize each word.
 */
import { tokenizeFrench } from './french-tokens.ts';
import { uposOfCategory, type Features, type LexiconEntry, type Upos } from './lefff-tags.ts';
import { lemmatize, type LemmaTable, type Lemmatized } from './lemmatizer.ts';
import { ambiguityClass, tagWords, type TaggerModel, type TaggerWord } from './tagger.ts';

export interface AnalyzedToken {
  start: number;
  end: number;
  lemma: string;
  upos: Upos;
  features?: Features;
  /** The word is in no lexicon: its lemma is a guess from its ending. */
  guess?: true;
}

/** Every Lefff reading of a word form (the adapter looks up its spellings, see `lexiconSpellings`). */
export type LexiconLookup = (form: string) => readonly LexiconEntry[];

export interface LexiconModel {
  tagger: TaggerModel;
  lemmas: LemmaTable;
}

/**
 * The spellings under which Lefff may list a form: as written, in lower case, with `'` for `’`.
 *
 * @example lexiconSpellings('L’') // ["L'", "l'"]
 */
export function lexiconSpellings(form: string): string[] {
  const straight = form.replace(/’/g, "'");
  return [...new Set([straight, straight.toLowerCase()])];
}

/** The tagger's view of a word: the tags Lefff allows for it. */
export function taggerWord(form: string, entries: readonly LexiconEntry[]): TaggerWord {
  return { form, ambiguity: ambiguityClass(entries.flatMap((e) => uposOfCategory(e.category) ?? [])) };
}

// A sentence ends after these; the tagger was trained sentence by sentence.
const SENTENCE_END = /^(?:[.!?…]|\.\.\.)$/u;

/**
 * @example analyzeFrench('Il est grand.', lookup, model)
 * // [{start:0, end:2, lemma:'lui', upos:'PRON'}, {start:3, end:6, lemma:'être', upos:'AUX', features:{…}}, …]
 */
export function analyzeFrench(text: string, lookup: LexiconLookup, model: LexiconModel): AnalyzedToken[] {
  const spans = tokenizeFrench(text);
  const out: AnalyzedToken[] = [];
  // A text repeats its words: each form is described, and each (form, tag) lemmatized, once.
  const words = new Map<string, TaggerWord>();
  const lemmas = new Map<string, Lemmatized>();
  const ownScores = new Map<string, Float32Array>();
  const wordOf = (form: string) => words.get(form) ?? words.set(form, taggerWord(form, lookup(form))).get(form)!;
  const lemmaOf = (form: string, upos: Upos) => {
    const key = `${form}\t${upos}`;
    return lemmas.get(key) ?? lemmas.set(key, lemmatize(form, upos, lookup(form), model.lemmas)).get(key)!;
  };
  let from = 0;
  for (let i = 0; i < spans.length; i++) {
    const form = text.slice(spans[i]!.start, spans[i]!.end);
    if (i < spans.length - 1 && !SENTENCE_END.test(form)) continue;
    const sentence = spans.slice(from, i + 1);
    const forms = sentence.map((s) => text.slice(s.start, s.end));
    const tags = tagWords(model.tagger, forms.map(wordOf), ownScores);
    sentence.forEach((span, k) => {
      const { lemma, features, guess } = lemmaOf(forms[k]!, tags[k]!);
      out.push({ start: span.start, end: span.end, lemma, upos: tags[k]!, ...(features ? { features } : {}), ...(guess ? { guess } : {}) });
    });
    from = i + 1;
  }
  return out;
}

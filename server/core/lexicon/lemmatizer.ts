/**
 * The lemma and learner features of a tagged word: the treebanks' lemma for this form and tag
 * when they have one (they carry UD's conventions: `le` for articles, `lui` for `il`, `être` for
 * auxiliaries), else Lefff's lemma for the tag, else a guess from the ending, marked as such.
 */
import { featuresOfMorph, uposOfCategory, type Features, type LexiconEntry, type Upos } from './lefff-tags.ts';
import { guessLemma } from './suffix-guess.ts';

/** Lemmas learned from the treebanks: `form\tUPOS` (form in lower case) → lemma. */
export type LemmaTable = ReadonlyMap<string, string>;

export interface Lemmatized {
  lemma: string;
  features?: Features;
  /** Set when the word is in no lexicon and its lemma was guessed from its ending. */
  guess?: true;
}

// UD keeps these as they are written: a capital is part of a name, not of a sentence start.
const AS_WRITTEN = new Set<Upos>(['PROPN', 'PUNCT', 'SYM', 'X']);
// The features a learner needs per tag (gender and number of nouns; tense, person, form of verbs).
const LEARNER_FEATURES: Partial<Record<Upos, readonly string[]>> = {
  NOUN: ['Gender', 'Number'],
  ADJ: ['Gender', 'Number'],
  VERB: ['VerbForm', 'Mood', 'Tense', 'Person', 'Number', 'Gender'],
  AUX: ['VerbForm', 'Mood', 'Tense', 'Person', 'Number', 'Gender'],
};
// Lefff's placeholder lemmas for clitics and question words (`cln`, `çaimp`, `que?`).
const PLACEHOLDER = /^(?:cln|cla|cld|clr|clar|cldr|cll|clg|clneg|ilimp|çaimp|_.*)$/;

/** Lefff's readings of a word for one tag; the form as written first, then in lower case. */
function readingsFor(entries: readonly LexiconEntry[], upos: Upos): LexiconEntry[] {
  const matching = entries.filter((e) => uposOfCategory(e.category) === upos);
  // An adjective's own lemma (`âgé`) before the verb it comes from (`âger`, tag `K…`).
  return upos === 'ADJ' ? [...matching.filter((e) => !/^[KG]/.test(e.morph)), ...matching.filter((e) => /^[KG]/.test(e.morph))] : matching;
}

/** Mood/tense readings of one Lefff tag: `PS3p` is a present indicative or subjunctive. */
function readingsOfMorph(morph: string): Features[] {
  const moods = /^[PFIJCSTYKGW]+/.exec(morph)?.[0] ?? '';
  if (moods.length <= 1) return [featuresOfMorph(morph)];
  return [...moods].map((mood) => featuresOfMorph(mood + morph.slice(moods.length)));
}

/** What every reading agrees on, the indicative preferred when it is one of them. */
function agreedFeatures(readings: readonly LexiconEntry[], upos: Upos): Features | undefined {
  const names = LEARNER_FEATURES[upos];
  if (!names || readings.length === 0) return undefined;
  let all = readings.flatMap((r) => readingsOfMorph(r.morph));
  if (all.some((f) => f.Mood === 'Ind')) all = all.filter((f) => f.Mood === 'Ind');
  const features: Features = {};
  for (const name of names) {
    const value = all[0]?.[name];
    if (value !== undefined && all.every((f) => f[name] === value)) features[name] = value;
  }
  return Object.keys(features).length > 0 ? features : undefined;
}

/**
 * An adjective that Lefff only knows as a participle (`médiatisées`, tag `Kfp`) has, in UD, the
 * participle's masculine singular as its lemma (`médiatisé`), not the verb.
 */
function participleAdjective(lower: string, morph: string): string {
  const agreement = morph.slice(1);
  if (agreement.startsWith('f') && agreement.endsWith('p') && lower.endsWith('es')) return lower.slice(0, -2);
  if (agreement.startsWith('f') && lower.endsWith('e')) return lower.slice(0, -1);
  if (agreement === 'mp' && lower.endsWith('s')) return lower.slice(0, -1);
  return lower;
}

// When Lefff lacks the tag the tagger chose, the nearest tag it has gives the lemma.
const NEAREST: Partial<Record<Upos, Upos>> = { NOUN: 'ADJ', ADJ: 'NOUN', AUX: 'VERB', VERB: 'ADJ' };

/** Lefff's lemma for this tag, or for the nearest tag when it has none for this one. */
function lefffLemma(lower: string, upos: Upos, entries: readonly LexiconEntry[]): string | undefined {
  const reading = readingsFor(entries, upos).find((r) => !PLACEHOLDER.test(r.lemma));
  if (reading) return upos === 'ADJ' && /^K/.test(reading.morph) ? participleAdjective(lower, reading.morph) : reading.lemma.replace(/\?$/, '');
  const nearest = NEAREST[upos];
  // A verb form Lefff lists only as an adjectival participle still has the verb as its lemma.
  const near = nearest ? readingsFor(entries, nearest).filter((r) => upos !== 'VERB' || /^[KG]/.test(r.morph)) : [];
  return near.find((r) => !PLACEHOLDER.test(r.lemma) && (upos === 'VERB' || !/^[KG]/.test(r.morph)))?.lemma;
}

/**
 * @example lemmatize('opéré', 'VERB', lefff('opéré'), lemmas) // {lemma:'opérer', features:{VerbForm:'Part', Tense:'Past', Gender:'Masc', Number:'Sing'}}
 * @example lemmatize('covids', 'NOUN', [], lemmas)           // {lemma:'covid', guess:true}
 */
export function lemmatize(form: string, upos: Upos, entries: readonly LexiconEntry[], lemmas: LemmaTable): Lemmatized {
  const lower = form.toLowerCase().replace(/’/g, "'");
  const readings = readingsFor(entries, upos);
  const lefff = readings.find((r) => !PLACEHOLDER.test(r.lemma));
  const sameLemma = lefff ? readings.filter((r) => r.lemma === lefff.lemma) : readings;
  const features = agreedFeatures(sameLemma, upos);
  const known = lemmas.get(`${lower}\t${upos}`);
  const result = (lemma: string, guess = false): Lemmatized => ({ lemma, ...(features ? { features } : {}), ...(guess ? { guess: true as const } : {}) });
  if (upos === 'NUM') return result(lower);
  if (AS_WRITTEN.has(upos)) return result(form);
  if (known !== undefined) return result(known);
  const fromLefff = lefffLemma(lower, upos, entries);
  if (fromLefff !== undefined) return result(fromLefff);
  if (entries.length > 0) return result(lower);
  return result(guessLemma(form, upos), true);
}

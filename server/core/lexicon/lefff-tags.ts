/**
 * Lefff's categories and morphological tags in Universal Dependencies terms: a category becomes a
 * UPOS tag, a tag like `Kfs` or `P3s` becomes UD features (`VerbForm=Part|Tense=Past|Gender=Fem|…`).
 */

/** The Universal Dependencies part-of-speech tags. */
export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export type Upos = (typeof UPOS)[number];

/** UD features of a word, by UD feature name (`Gender`, `Number`, `VerbForm`, …). */
export type Features = Record<string, string>;

/** One reading of a form in Lefff. */
export interface LexiconEntry {
  /** The Lefff category (`v`, `nc`, `auxEtre`, `cla`, …). */
  category: string;
  lemma: string;
  /** The Lefff morphological tag (`P3s`, `Kfs`, `mp`), possibly empty. */
  morph: string;
}

const CATEGORY_UPOS: Record<string, Upos> = {
  v: 'VERB',
  auxAvoir: 'AUX',
  auxEtre: 'AUX',
  nc: 'NOUN',
  np: 'PROPN',
  adj: 'ADJ',
  adjPref: 'ADJ',
  adv: 'ADV',
  advPref: 'ADV',
  advneg: 'ADV',
  clneg: 'ADV',
  que_restr: 'ADV',
  prep: 'ADP',
  csu: 'SCONJ',
  que: 'SCONJ',
  coo: 'CCONJ',
  det: 'DET',
  pres: 'INTJ',
  poncts: 'PUNCT',
  ponctw: 'PUNCT',
  parento: 'PUNCT',
  parentf: 'PUNCT',
};
const PRONOUNS = new Set(['pro', 'cln', 'cla', 'cld', 'clr', 'clar', 'cldr', 'cll', 'clg', 'ilimp', 'caimp', 'ce', 'prel', 'pri']);

/**
 * The UPOS tag of a Lefff category; none for Lefff's bookkeeping categories (`meta`, `epsilon`, …).
 *
 * @example uposOfCategory('auxEtre') // 'AUX'
 */
export function uposOfCategory(category: string): Upos | undefined {
  return CATEGORY_UPOS[category] ?? (PRONOUNS.has(category) ? 'PRON' : undefined);
}

// Lefff's verb tags start with a mood/tense letter (Lefff tagset 0.1.2).
const VERB_FORMS: Record<string, Features> = {
  P: { Mood: 'Ind', Tense: 'Pres', VerbForm: 'Fin' },
  F: { Mood: 'Ind', Tense: 'Fut', VerbForm: 'Fin' },
  I: { Mood: 'Ind', Tense: 'Imp', VerbForm: 'Fin' },
  J: { Mood: 'Ind', Tense: 'Past', VerbForm: 'Fin' },
  C: { Mood: 'Cnd', Tense: 'Pres', VerbForm: 'Fin' },
  S: { Mood: 'Sub', Tense: 'Pres', VerbForm: 'Fin' },
  T: { Mood: 'Sub', Tense: 'Imp', VerbForm: 'Fin' },
  Y: { Mood: 'Imp', Tense: 'Pres', VerbForm: 'Fin' },
  K: { Tense: 'Past', VerbForm: 'Part' },
  G: { Tense: 'Pres', VerbForm: 'Part' },
  W: { VerbForm: 'Inf' },
};

/**
 * UD features from a Lefff morphological tag: mood, tense and form from its first letter, then
 * person (1–3), gender (m/f) and number (s/p).
 *
 * @example featuresOfMorph('Kfs') // {Tense:'Past', VerbForm:'Part', Gender:'Fem', Number:'Sing'}
 * @example featuresOfMorph('mp')  // {Gender:'Masc', Number:'Plur'}
 */
export function featuresOfMorph(morph: string): Features {
  const features: Features = { ...(VERB_FORMS[morph[0] ?? ''] ?? {}) };
  const rest = VERB_FORMS[morph[0] ?? ''] ? morph.slice(1).replace(/^[PFIJCSTYKGW]+/, '') : morph;
  // `P13s` is first or third person: say neither.
  const persons = rest.match(/[123]/g) ?? [];
  if (persons.length === 1) features.Person = persons[0]!;
  if (rest.includes('m') && !rest.includes('f')) features.Gender = 'Masc';
  if (rest.includes('f') && !rest.includes('m')) features.Gender = 'Fem';
  if (rest.includes('s') && !rest.includes('p')) features.Number = 'Sing';
  if (rest.includes('p') && !rest.includes('s')) features.Number = 'Plur';
  return features;
}

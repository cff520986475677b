/**
 * What a learner needs to know of a word's grammar, as message keys: its part of speech, then
 * gender and number for nouns, adjectives, determiners and pronouns; for verbs the form (infinitive,
 * participle, or mood and tense) and the person. `opéré` → verb, past participle.
 *
 * @example grammarKeys('VERB', { VerbForm: 'Part', Tense: 'Past' }) // ['words.pos.VERB', 'words.form.pastParticiple']
 */
import type { UposTag } from '../../server/schemas.ts';

export const UPOS_TAGS: readonly UposTag[] = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'];

const FORMS = {
  Inf: 'infinitive',
  'Part Past': 'pastParticiple',
  'Part Pres': 'presentParticiple',
  Imp: 'imperative',
  'Ind Pres': 'indPres',
  'Ind Imp': 'indImp',
  'Ind Past': 'indPast',
  'Ind Fut': 'indFut',
  'Cnd Pres': 'cndPres',
  'Sub Pres': 'subPres',
  'Sub Imp': 'subImp',
} as const;

export type GrammarKey =
  | `words.pos.${UposTag}`
  | `words.form.${(typeof FORMS)[keyof typeof FORMS]}`
  | `words.person.${'1' | '2' | '3'}${'Sing' | 'Plur'}`
  | `words.gender.${'Masc' | 'Fem'}`
  | `words.number.${'Sing' | 'Plur'}`;

const isUpos = (tag: string): tag is UposTag => (UPOS_TAGS as readonly string[]).includes(tag);

function verbKeys(f: Record<string, string>): GrammarKey[] {
  const out: GrammarKey[] = [];
  const form =
    f.VerbForm === 'Inf' ? FORMS.Inf
    : f.VerbForm === 'Part' ? FORMS[`Part ${f.Tense}` as keyof typeof FORMS]
    : f.Mood === 'Imp' ? FORMS.Imp
    : FORMS[`${f.Mood} ${f.Tense}` as keyof typeof FORMS];
  if (form) out.push(`words.form.${form}`);
  if (f.VerbForm !== 'Inf' && f.VerbForm !== 'Part' && (f.Person === '1' || f.Person === '2' || f.Person === '3') && (f.Number === 'Sing' || f.Number === 'Plur')) {
    out.push(`words.person.${f.Person}${f.Number}`);
  }
  return out;
}

export function grammarKeys(upos: string, features: Record<string, string>): GrammarKey[] {
  const out: GrammarKey[] = isUpos(upos) ? [`words.pos.${upos}`] : [];
  if (upos === 'VERB' || upos === 'AUX') return [...out, ...verbKeys(features)];
  if (features.Gender === 'Masc' || features.Gender === 'Fem') out.push(`words.gender.${features.Gender}`);
  if (features.Number === 'Sing' || features.Number === 'Plur') out.push(`words.number.${features.Number}`);
  return out;
}

/**
 * Small stand-ins for the lexicon the words service runs on (the tagger, Lefff), so its tests
 * check lookups and alignment on a few hand-written words instead of on the trained model.
 *
 * @example const words = fixtureWords(); await words.lookup({ text: 'Le chien dort.', offset: 3 })
 */
import { fileURLToPath } from 'node:url';
import { createDictionarySource } from '../../server/assets/dictionary.ts';
import { loadConfig } from '../../server/config.ts';
import type { AnalyzedToken, LexiconLookup } from '../../server/core/lexicon/analysis.ts';
import { tokenizeFrench } from '../../server/core/lexicon/french-tokens.ts';
import type { Upos } from '../../server/core/lexicon/lefff-tags.ts';
import { createWordsService } from '../../server/words/words-service.ts';

/** The hand-made dictionary fixture (EurADiC format, 44 lines). */
export const FIXTURE_DICTIONARY = fileURLToPath(new URL('../fixtures/dictionary/wiktionary-fr-en.csv', import.meta.url));

type Reading = [lemma: string, upos: Upos, features?: Record<string, string>];

/** Form (lower case, straight apostrophe) → what the analyzer would say of it. */
const WORDS: Record<string, Reading> = {
  les: ['le', 'DET'],
  le: ['le', 'DET'],
  "l'": ['le', 'DET'],
  "s'": ['se', 'PRON'],
  il: ['il', 'PRON'],
  elle: ['elle', 'PRON'],
  ventes: ['vente', 'NOUN', { Gender: 'Fem', Number: 'Plur' }],
  accroissent: ['accroître', 'VERB', { Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Plur' }],
  efforcent: ['efforcer', 'VERB', { Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Plur' }],
  opéré: ['opérer', 'VERB', { VerbForm: 'Part', Tense: 'Past', Gender: 'Masc', Number: 'Sing' }],
  a: ['avoir', 'AUX'],
  est: ['être', 'AUX'],
  de: ['de', 'ADP'],
  plus: ['plus', 'ADV'],
  en: ['en', 'ADP'],
  vite: ['vite', 'ADV'],
  une: ['un', 'DET'],
  mise: ['mise', 'NOUN', { Gender: 'Fem', Number: 'Sing' }],
  à: ['à', 'ADP'],
  jour: ['jour', 'NOUN', { Gender: 'Masc', Number: 'Sing' }],
  occident: ['Occident', 'PROPN'],
  macron: ['Macron', 'PROPN'],
  "aujourd'hui": ["aujourd'hui", 'ADV'],
  chien: ['chien', 'NOUN', { Gender: 'Masc', Number: 'Sing' }],
  noir: ['noir', 'ADJ', { Gender: 'Masc', Number: 'Sing' }],
  dort: ['dormir', 'VERB', { Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Sing' }],
};

const key = (form: string) => form.toLowerCase().replace(/’/g, "'");

/** The analyzer's answer for the words above; any other word is `X` with itself as lemma. */
export function standInAnalyze(text: string): AnalyzedToken[] {
  return tokenizeFrench(text).map(({ start, end }) => {
    const form = text.slice(start, end);
    if (!/\p{L}/u.test(form)) return { start, end, lemma: form, upos: 'PUNCT' as const };
    const [lemma, upos, features] = WORDS[key(form)] ?? [form, 'X'];
    return { start, end, lemma, upos, ...(features ? { features } : {}) };
  });
}

/** Lefff's readings for the words above (the one reading the stand-in analyzer gives). */
export const standInReadings: LexiconLookup = (form) => {
  const reading = WORDS[key(form)];
  return reading ? [{ category: 'x', lemma: reading[0], morph: '' }] : [];
};

/** The words service on the fixture dictionary (or on `dictionary`, a path that may be absent). */
export function fixtureWords(dictionary = FIXTURE_DICTIONARY) {
  const config = loadConfig({ VISAVIS_DICTIONARY: dictionary });
  return createWordsService({ dictionary: createDictionarySource(config), readings: standInReadings, analyze: standInAnalyze });
}

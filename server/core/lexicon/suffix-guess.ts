/**
 * Lemmas for words neither Lefff nor the treebanks know (`réindustrialisées`, `covid`), from their
 * part of speech and their ending: the regular inflections of French, undone.
 */
import type { Upos } from './lefff-tags.ts';

// Longest ending first; a neologism verb is almost always of the first group (-er).
const VERB_RULES: Array<[string, string]> = [
  ['issaient', 'ir'], ['issions', 'ir'], ['issiez', 'ir'], ['issent', 'ir'], ['issait', 'ir'], ['issant', 'ir'], ['issons', 'ir'], ['issez', 'ir'],
  ['eraient', 'er'], ['erions', 'er'], ['eriez', 'er'], ['erait', 'er'], ['erons', 'er'], ['eront', 'er'], ['erez', 'er'], ['erai', 'er'], ['eras', 'er'], ['era', 'er'],
  ['aient', 'er'], ['èrent', 'er'], ['ions', 'er'], ['iez', 'er'], ['ait', 'er'], ['ais', 'er'], ['ant', 'er'], ['âmes', 'er'], ['âtes', 'er'],
  ['ées', 'er'], ['ée', 'er'], ['és', 'er'], ['é', 'er'], ['ons', 'er'], ['ez', 'er'], ['ent', 'er'], ['es', 'er'], ['ai', 'er'], ['as', 'er'], ['a', 'er'],
  ['er', 'er'], ['ir', 'ir'], ['re', 're'], ['e', 'er'],
];
const NOUN_RULES: Array<[string, string]> = [['eaux', 'eau'], ['aux', 'al'], ['s', ''], ['x', '']];
const ADJ_RULES: Array<[string, string]> = [
  ['ives', 'if'], ['ive', 'if'], ['euses', 'eux'], ['euse', 'eux'], ['elles', 'el'], ['elle', 'el'], ['iennes', 'ien'], ['ienne', 'ien'],
  ['ales', 'al'], ['ale', 'al'], ['aux', 'al'], ['entes', 'ent'], ['ente', 'ent'], ['antes', 'ant'], ['ante', 'ant'], ['aines', 'ain'], ['aine', 'ain'],
  ['ières', 'ier'], ['ière', 'ier'], ['ées', 'é'], ['ée', 'é'], ['és', 'é'], ['eux', 'eux'], ['ais', 'ais'], ['ois', 'ois'], ['s', ''],
];
const RULES: Partial<Record<Upos, Array<[string, string]>>> = { VERB: VERB_RULES, AUX: VERB_RULES, NOUN: NOUN_RULES, ADJ: ADJ_RULES };

/**
 * The likely lemma of an unknown word tagged `upos`: lower case, its inflection undone.
 *
 * @example guessLemma('réindustrialisées', 'VERB') // 'réindustrialiser'
 * @example guessLemma('covid', 'NOUN')             // 'covid'
 */
export function guessLemma(form: string, upos: Upos): string {
  if (upos === 'PROPN' || upos === 'NUM' || upos === 'PUNCT' || upos === 'SYM' || upos === 'X') return form;
  const word = form.toLowerCase();
  for (const [ending, replacement] of RULES[upos] ?? []) {
    // Keep a stem of at least three letters: `os`, `fez` are words, not endings.
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, word.length - ending.length) + replacement;
  }
  return word;
}

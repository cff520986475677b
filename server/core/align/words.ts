/**
 * Word normalisation shared by both sides of the aligner: accent folding, light stemming, the
 * comparison key of a word (its first letters, so `économiques` and `economic` meet), function
 * words, and numbers written the French way (`3,5`, `1 500`) or the English way (`3.5`, `1,500`).
 */

/** Letters a key keeps: long enough that `parlement`/`parliament` meet and `contre`/`contest` do not. */
const KEY_LENGTH = 5;

const FRENCH_FUNCTION_WORDS = new Set(
  `le la les l un une des du de d et ou à a au aux en dans par pour sur sous avec sans que qu qui quoi dont où ne n
  pas plus se s sa son ses ce cet cette ces c il elle ils elles on nous vous je j me m te t tu lui leur leurs y est
  sont était étaient été être avoir ont avait avaient mais donc or ni car si comme tout tous toute toutes très bien
  aussi même cela ça ceci celui celle ceux celles mon ma mes ton ta tes notre nos votre vos moi toi soi eux fait
  été peu encore déjà alors puis ainsi quand lorsque entre vers chez après avant depuis`.split(/\s+/),
);

const ENGLISH_FUNCTION_WORDS = new Set(
  `the a an of to in and or but for on at by with from as is are was were be been being have has had do does did not
  no it its this that these those he she they we you i me him her them us my your his their our which who whom
  what there here so if than then too very can could would should will shall may might must just also into out up
  about over after before s t d ll re ve m all any some such only own same other more most much many when where
  while how why now still even well upon`.split(/\s+/),
);

/** Lower case, accents and ligatures folded: `Œuvre` → `oeuvre`, `États` → `etats`. */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

export function isFrenchFunctionWord(lower: string): boolean {
  return FRENCH_FUNCTION_WORDS.has(lower);
}

export function isEnglishFunctionWord(lower: string): boolean {
  return ENGLISH_FUNCTION_WORDS.has(lower);
}

/** A folded English word without its inflection (`ratified` → `ratifi`, `stories` → `story`). */
function stemEnglish(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** A folded French word without its plural (`présidents` → `president`, `chevaux` → `cheval`). */
function stemFrench(word: string): string {
  if (word.length > 4 && word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  if (word.length > 3 && (word.endsWith('s') || word.endsWith('x'))) return word.slice(0, -1);
  return word;
}

/** The comparison key of an English word (or a word of a dictionary gloss). */
export function englishKey(word: string): string {
  return stemEnglish(fold(word)).slice(0, KEY_LENGTH);
}

/** The key a French word shares with its English cognate, if it has one. */
export function frenchKey(word: string): string {
  return stemFrench(fold(word)).slice(0, KEY_LENGTH);
}

/**
 * Guesses at the dictionary form of a folded French word, most likely first: the word itself,
 * then without a plural or feminine ending, then each verb ending that fits, replaced by `-er`,
 * `-ir`, `-re`.
 */
export function frenchLemmaGuesses(word: string): string[] {
  const guesses = [word];
  if (word.length < 4) return guesses;
  const singular = stemFrench(word);
  if (singular !== word) guesses.push(singular);
  if (singular.endsWith('e')) guesses.push(singular.slice(0, -1));
  for (const ending of VERB_ENDINGS) {
    if (word.length - ending.length < 2 || !word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    guesses.push(`${stem}er`, `${stem}ir`, `${stem}re`);
  }
  return guesses;
}

/** Folded verb endings, longest first so `-eraient` is tried before `-ent` (and `-ie` before `-e`). */
const VERB_ENDINGS = `eraient erions assent aient erait erons eront eriez irent erent urent issent issait issons
  ions iez ait ais ant ent ons ees ez ai as ee es is it ie ies ut us ue ues e a i u`
  .split(/\s+/)
  .sort((a, b) => b.length - a.length);

/** A number in French writing: `1 500`, `1.500`, `3,5` (spaces may be no-break ones). */
export const FRENCH_NUMBER = String.raw`(?<!\d)\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?`;
/** A number in English writing: `1,500`, `3.5`. */
export const ENGLISH_NUMBER = String.raw`(?<!\d)\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?`;

/**
 * The value of a number as one canonical string, whichever language wrote it.
 *
 * @example numberKey('1 500', 'fr') === numberKey('1,500', 'en') // '1500'
 * @example numberKey('3,5', 'fr') === numberKey('3.5', 'en')     // '3.5'
 */
export function numberKey(written: string, language: 'fr' | 'en'): string {
  const plain =
    language === 'fr' ? written.replace(/[ \u00a0\u202f.](?=\d{3}(?!\d))/g, '').replace(',', '.') : written.replace(/,/g, '');
  const value = Number(plain);
  return Number.isFinite(value) ? String(value) : plain;
}

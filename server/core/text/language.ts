/**
 * Whether a text is French enough to translate from French, from the share of its words that are
 * French or English function words. Cheap, and certain only on texts of some length.
 */

const FRENCH = new Set(
  `le la les un une des du de d l et à au aux en dans par pour sur avec sans sous est sont a ont été
  être que qui qu ne pas plus ce cette ces se sa son ses leur leurs il elle ils elles on nous vous je
  mais ou où donc car comme aussi très tout tous cela y lui été était avait fait entre selon depuis`.split(/\s+/),
);
const ENGLISH = new Set(
  `the a an of to in on for with by from at and or but not is are was were be been has have had will
  would can could should this that these those it its he she they we you his her their our who which
  what when where there than then also into about after over`.split(/\s+/),
);

export interface LanguageGuess {
  french: number;
  english: number;
  words: number;
}

export function languageShares(text: string): LanguageGuess {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let french = 0;
  let english = 0;
  for (const w of words) {
    if (FRENCH.has(w)) french++;
    if (ENGLISH.has(w)) english++;
  }
  const n = words.length || 1;
  return { french: french / n, english: english / n, words: words.length };
}

/**
 * False only when the text is long enough to judge and shows little French: short texts, headlines
 * and lists of names get the benefit of the doubt.
 *
 * @example looksFrench('The president said on Thursday that the agreement would be signed soon.') // false
 */
export function looksFrench(text: string): boolean {
  const { french, english, words } = languageShares(text);
  if (words < 12) return true;
  // French news runs at ≈ 0.4 French and < 0.05 English words; English text at ≈ 0.1 and 0.4.
  if (english >= 0.1 && french < english / 2) return false;
  // No French function words in a long text: another language (a list of names stays short).
  return words < 30 || french >= 0.03;
}

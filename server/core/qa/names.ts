/**
 * Names and acronyms of the source that the draft lost or misspelled. A name is a capitalised
 * word that does not open a sentence (or an all-capital acronym anywhere); it is kept when the
 * draft has it under accent folding, under one of its dictionary translations (`Moscou` →
 * `Moscow`), or, for an acronym, with its letters reordered (`OTAN` → `NATO`). A draft word close
 * to it by edit distance is a misspelling (warning); no trace at all is an error.
 *
 * @example checkNames({ link: 0, sourceText: 'Selon Barack Obama, oui.', draftText: 'According to Barack Obmaa, yes.', source: { start: 0, end: 24 }, draft: { start: 0, end: 31 } })[0].params // { name: 'Obama', found: 'Obmaa' }
 */
import type { Flag } from './flag.ts';
import { editDistance } from './distance.ts';
import { type Pair, type Word, fold, wordsIn } from './pair.ts';
import { englishVariants, isCommonWord, isEnglishWord } from './variants.ts';

/** Capitalised French words that are not names: articles, pronouns, titles, days and the like. */
const NOT_NAMES = new Set(
  `le la les l un une des du de d et à au aux en il elle ils elles on nous vous je ce cette ces
  mais ou donc car ni or si quand lorsque comme selon pour par sur dans avec sans sous entre
  m mme mlle mm dr me monsieur madame mademoiselle saint sainte st ste`.split(/\s+/),
);

/**
 * Endings of capitalised adjectives and demonyms (`Américains`, `Unies`, `Présidentiel`,
 * `Constitutionnalité`) that English renders by its own derivation, not by the name.
 */
const DERIVED = /(?:aines?|ains|iens|iennes?|aises?|oises?|elles?|iel|ales|aux|ités?|ies)$/u;

const WORD = /\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{Lu}[\p{L}\p{M}]*)*|[\p{L}\p{M}\p{N}]+/gu;
/** What may stand between a sentence opener and its first word: spaces, quotes, brackets, dashes. */
const BETWEEN = new Set([...' \t\n\r\u00a0\u202f«»"“”\'‘’(\u2014\u2013-']);
/** What opens a sentence or a quotation. */
const OPENERS = new Set([...'.!?:;…«»"“”(\u2014\u2013-']);

/** Whether the word at `at` opens the text, a sentence or a quotation. */
function opens(text: string, at: number): boolean {
  let i = at - 1;
  for (; i >= 0 && BETWEEN.has(text[i]!); i--) if (OPENERS.has(text[i]!)) return true;
  return i < 0 || OPENERS.has(text[i]!);
}

/** Names of a French text range: capitalised words that do not open a sentence, and acronyms. */
export function namesIn(text: string, start: number, end: number): Word[] {
  const names: Word[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(WORD)) {
    const word = m[0];
    const at = m.index;
    if (!/^\p{Lu}/u.test(word) || word.length < 2 || /^[IVXLC]+(?:e|er|ème)?$/u.test(word)) continue;
    const acronym = /^\p{Lu}{2,}$/u.test(word);
    if (!acronym && (opens(slice, at) || NOT_NAMES.has(fold(word)) || DERIVED.test(word))) continue;
    names.push({ text: word, start: start + at, end: start + at + word.length });
  }
  return names;
}

/**
 * The name rule on one pair. A near spelling the draft uses elsewhere too is a choice of
 * transliteration (`Tymoshenko` for `Tymosenko`), not a slip, unless the draft also writes the
 * source's own spelling elsewhere. A name is missing only when the last word of it is not in the
 * pair and no part of it is anywhere in the draft (translators write `Mr. Englund` for `Peter
 * Englund`, or `he` once the name is known),
 * and a capitalised common French word (`Gouvernement`) may be translated in many ways. Places
 * and bodies (a name after an article, or one the dictionary translates) are often renamed or
 * paraphrased in English (`à Moscou` → `here`), and a name that is also an English word
 * (`Conseil d'Administration` → `board`) was most likely translated: their absence is only info.
 * A near word that is English the dictionary knows (`Court` for `Cour`) is a translation.
 */
export function checkNames(pair: Pair): Flag[] {
  if (!pair.source || !pair.draft) return [];
  const words = wordsIn(pair.draftText, pair.draft).map((w) => ({ ...w, folded: fold(w.text) }));
  const here = new Map<string, number>();
  for (const w of words) here.set(w.folded, (here.get(w.folded) ?? 0) + 1);
  const whole = pair.draftCounts ?? here;
  const draftFolded = ` ${words.map((w) => w.folded).join(' ')} `;
  const sourceFolded = fold(pair.sourceText.slice(pair.source.start, pair.source.end));
  const kept = (name: Word) =>
    fold(name.text).split(/[-'’]/).filter((p) => p.length > 1).every((p) => here.has(p)) ||
    englishVariants(name.text, pair.dictionary).some((v) => (v.includes(' ') ? draftFolded.includes(` ${v} `) : words.some((w) => derives(w.folded, v)))) ||
    (isAcronym(name.text) && words.some((w) => isAcronym(w.text) && (sameLetters(w.text, name.text) || (!sourceFolded.includes(w.folded) && editDistance(w.folded, fold(name.text)) > 1))));
  const flags: Flag[] = [];
  for (const run of runs(pair.sourceText, namesIn(pair.sourceText, pair.source.start, pair.source.end))) {
    const together = joinedInDraft(run, here);
    const keptHere = (name: Word) => together.has(name) || kept(name);
    const runKept = keptHere(run.at(-1)!);
    for (const name of run.filter((n) => !keptHere(n))) {
      const parts = fold(name.text).split(/[-'’]/).filter((p) => p.length > 1);
      const base = { rule: 'name' as const, link: pair.link, source: { start: name.start, end: name.end } };
      const near = closest(parts, words);
      const elsewhere = (f: string) => (whole.get(f) ?? 0) > (here.get(f) ?? 0);
      const slip = near && !isAcronym(name.text) && parts.some((p) => typo(p, near.folded));
      // Two slips in one name are rare: a word two edits away is another word or spelling (`Roland`).
      const spelling =
        near &&
        (parts.some((p) => sound(p) === sound(near.folded) || variant(p, near.folded)) ||
          translation(name.text, near.folded, pair.dictionary) ||
          parts.every((p) => editDistance(p, near.folded) > 1));
      if (near && (!elsewhere(near.folded) || parts.some(elsewhere)) && (slip || !spelling)) {
        flags.push({
          ...base,
          severity: 'warning',
          message: `The name ${name.text} appears as ${near.text} in the draft: check the spelling.`,
          params: { name: name.text, found: near.text },
          draft: { start: near.start, end: near.end },
        });
      } else if (!near && !runKept && !isCommonWord(name.text, pair.dictionary) && !parts.some((p) => whole.has(p))) {
        const info = articled(pair.sourceText, run[0]!.start) || englishVariants(name.text, pair.dictionary).length > 0 || isEnglishWord(fold(name.text), pair.dictionary);
        const message = info ? `The name ${name.text} is not in the draft: check how it is translated.` : `The name ${name.text} is missing from the draft: add it.`;
        flags.push({ ...base, severity: info ? 'info' : 'error', message, params: { name: name.text } });
      }
    }
  }
  return flags;
}

/**
 * Whether a draft word is an English name or a word made from it: `russian` from `russia`,
 * `german` from `germany`, `chinese` from `china`.
 */
function derives(word: string, name: string): boolean {
  return word.startsWith(name) || (/[aeiouy]$/.test(name) && name.length > 3 && word.startsWith(name.slice(0, -1)) && word.length > name.length - 1);
}

/**
 * Whether a near draft spelling has the marks of a slip of the keyboard, whatever its sound: two
 * neighbouring letters swapped or one letter lost (`Mario` → `Maroi`, `Mölln` → `Möln`), unless
 * the lost letter is one French spelling adds to a foreign name or English drops: the `o` of `ou`,
 * an `h`, the `i` of `-iy` (`Vasiliy`), the `t` of `tch` (`Vatchnadzé`), a final `e` or `s`, the
 * `e` of `-es` (`Staline`, `Reuters`, `Pilotes`).
 */
function typo(name: string, near: string): boolean {
  if (near.length === name.length) {
    const diff = [...name].flatMap((c, k) => (c === near[k] ? [] : [k]));
    return diff.length === 2 && diff[1] === diff[0]! + 1 && name[diff[0]!] === near[diff[1]!] && name[diff[1]!] === near[diff[0]!];
  }
  if (near.length !== name.length - 1) return false;
  let k = 0;
  while (k < near.length && name[k] === near[k]) k++;
  if (name.slice(k + 1) !== near.slice(k)) return false;
  const lost = name[k]!;
  if (lost === 'h' || (lost === 'o' && name[k + 1] === 'u') || (lost === 'i' && name[k + 1] === 'y') || (lost === 't' && name.startsWith('ch', k + 1))) return false;
  return !(/^[es]$/.test(name.slice(k)) || (lost === 'e' && name.slice(k) === 'es'));
}

/**
 * Whether a near draft spelling is another form of the name rather than a slip, which loses or
 * swaps letters: a fuller spelling that keeps every letter of the name in order (`Berkeley` for
 * `Berkley`, `Čaloun` for `Calou`), a word made from the name (`Mexican` for `Mexico`), or the
 * name without an ending of two letters or more (`Zwickau` for the adjective `Zwickauer`).
 */
function variant(name: string, near: string): boolean {
  if (near.length > name.length) return derives(near, name) || subsequence(name, near);
  return near.length <= name.length - 2 && name.startsWith(near);
}

function subsequence(short: string, long: string): boolean {
  let k = 0;
  for (const c of long) if (c === short[k]) k++;
  return k === short.length;
}

/** The names of a run that the draft writes together as one word: `PricewaterhouseCoopers`, `Ironman`. */
function joinedInDraft(run: Word[], here: ReadonlyMap<string, number>): Set<Word> {
  const together = new Set<Word>();
  for (let i = 0; i < run.length; i++) {
    let joined = fold(run[i]!.text);
    for (let j = i + 1; j < run.length; j++) {
      joined += fold(run[j]!.text);
      if (here.has(joined)) for (let k = i; k <= j; k++) together.add(run[k]!);
    }
  }
  return together;
}

/** Names that follow each other with only a space between (`Peter Englund`), as one run. */
function runs(text: string, names: Word[]): Word[][] {
  const groups: Word[][] = [];
  for (const name of names) {
    const last = groups.at(-1)?.at(-1);
    if (last && /^[ \u00a0]$/u.test(text.slice(last.end, name.start))) groups.at(-1)!.push(name);
    else groups.push([name]);
  }
  return groups;
}

/**
 * Whether an article or `en` comes before the name: French says `l'Allemagne`, `la Cour`, `en
 * Asie` for places and bodies, which English renames, but not `la` before a person.
 */
function articled(text: string, start: number): boolean {
  return /(?:^|[^\p{L}])(?:le|la|les|du|des|au|aux|en|l['’])[\s\u00a0]*$/iu.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * A rough sound key under which transliterations of one name meet (`Netanyahou` and `Netanjahu`,
 * `Habsbourg` and `Habsburg`, `Tymosenko` and `Tymoshenko`, `Kadhafi` and `Kaddafi`, `Charipov`
 * and `Sharipov`, `Seestraße` and `Seestrasse`, `Guyane` and `Guyana`, `Muammar` and `Moammar`:
 * vowels stand for one another). It also lets some slips through (`Mario`, `Maroi`): `typo` tells.
 */
function sound(folded: string): string {
  return folded
    .replace(/^h/, '')
    .replace(/ß/g, 's')
    .replace(/ou/g, 'u')
    .replace(/ph/g, 'f')
    .replace(/tch/g, 'ch')
    .replace(/[cs]h/g, 's')
    .replace(/([tkpdg])h/g, '$1')
    .replace(/[jy]/g, 'i')
    .replace(/[kq]/g, 'c')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/(.)\1/g, '$1')
    .replace(/s$/, '')
    .replace(/[aeiou]+$/, '')
    .replace(/[aeiou]+/g, 'a');
}

/**
 * Whether a near draft word is a translation rather than a slip: English the dictionary knows,
 * next to a name the dictionary does not translate (`Court` for `Cour`; but `Ian` for `Iran`,
 * which the dictionary renders `Iran`, is a slip).
 */
function translation(name: string, near: string, dictionary: Pair['dictionary']): boolean {
  return isEnglishWord(near, dictionary) && englishVariants(name, dictionary).length === 0;
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word);
}

function sameLetters(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('');
}

function closest(parts: string[], words: (Word & { folded: string })[]) {
  for (const part of parts) {
    if (words.some((w) => w.folded === part)) continue;
    const limit = part.length <= 4 ? 1 : 2;
    const near = words.find((w) => /^\p{Lu}/u.test(w.text) && w.folded !== `${part}s` && Math.abs(w.folded.length - part.length) <= limit && editDistance(w.folded, part) <= limit);
    if (near) return near;
  }
  return undefined;
}

/**
 * French word tokenization as Universal Dependencies does it: words, numbers and punctuation as
 * offsets into the text. Elided words (`l’`, `qu’`) are split off with their apostrophe, a verb's
 * inverted subject (`a-t-il`, `dit-elle`) is split off with its hyphen; hyphenated words
 * (`peut-être`, `c’est-à-dire`), `aujourd’hui` and abbreviations (`M.`, `etc.`) stay whole.
 */

export interface TokenSpan {
  start: number;
  end: number;
}

// A run of letters, digits and the joiners a word may hold inside it (hyphen, apostrophe, dot).
const CHUNK = /\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:[.,]\d+)*(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}_]+(?:(?:[-'’]|\.-?)[\p{L}\p{M}\p{N}_]+)*\.?|\s+|\.{2,}|-{2,}|°[CF](?![\p{L}\p{N}])|[\s\S]/gu;
const URL = /^(?:https?:\/\/|www\.)\S+/iu;

// Elided words: their apostrophe stands for a dropped vowel and they lean on the next word.
const ELIDED = /^(?:jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|qu|[cdjlmnst])['’](?=[\p{L}\p{N}])/iu;
// Words whose apostrophe is inside them, not an elision.
const WHOLE_ELIDED = /^(?:aujourd['’]hui|c['’]est-à-dire|qu['’]en-dira-t-on|presqu['’]île|quelqu['’]une?s?|prud['’]hom(?:me|ale)s?|l['’]on)$/iu;
// An inverted subject or object after a verb: `a-t-il`, `dit-elle`, `donne-moi`, `allons-y`.
const CLITIC = /-(?:t-)?(?:je|tu|il|elle|on|ils|elles|ce|nous|vous|moi|toi|lui|leur|le|la|les|en|y)$/iu;
// Hyphenated words ending like a clitic that are one word.
const WHOLE_HYPHENATED = /^(?:rendez-vous|chez-(?:moi|toi|lui|nous|vous)|va-t-en)$/iu;
// Abbreviations keep their dot: titles, `etc.`, initials (`J.-P.`, `R.E.M.`).
const ABBREVIATION = /^(?:m|mm|mme|mmes|mlle|mlles|dr|pr|me|st|ste|etc|cf|ex|av|apr|p|pp|vol|no|art|éd|coll|env|mr|vs|fig|chap)\.$|^(?:\p{Lu}\.(?:-?\p{Lu}\.)*)$/iu;

/**
 * Splits a word chunk: elisions off its start, a clitic off its end, a sentence dot off its end.
 */
function splitWord(word: string, start: number, out: TokenSpan[]): void {
  let from = 0;
  if (word.endsWith('.') && !ABBREVIATION.test(word)) {
    splitWord(word.slice(0, -1), start, out);
    out.push({ start: start + word.length - 1, end: start + word.length });
    return;
  }
  while (!WHOLE_ELIDED.test(word.slice(from))) {
    const elided = ELIDED.exec(word.slice(from));
    if (!elided) break;
    out.push({ start: start + from, end: start + from + elided[0].length });
    from += elided[0].length;
  }
  const rest = word.slice(from);
  const clitic = WHOLE_HYPHENATED.test(rest) || !rest.includes('-') ? null : CLITIC.exec(rest);
  if (clitic && clitic.index > 0) {
    splitWord(rest.slice(0, clitic.index), start + from, out);
    out.push({ start: start + from + clitic.index, end: start + word.length });
    return;
  }
  out.push({ start: start + from, end: start + word.length });
}

/**
 * The tokens of a French text, in order, covering every character that is not white space.
 *
 * @example tokenizeFrench("L’a-t-il vu ?") // [{0,2} L’, {2,3} a, {3,8} -t-il, {9,11} vu, {12,13} ?]
 */
export function tokenizeFrench(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  CHUNK.lastIndex = 0;
  for (let match = CHUNK.exec(text); match; match = CHUNK.exec(text)) {
    const chunk = match[0];
    const start = match.index;
    if (/^\s/u.test(chunk)) continue;
    const url = /^[hHwW]/.test(chunk) ? URL.exec(text.slice(start, start + 2000)) : null;
    if (url) {
      const end = start + url[0].replace(/[.,;:!?)\]»"']+$/u, '').length;
      out.push({ start, end });
      CHUNK.lastIndex = end;
      continue;
    }
    if (/\p{L}/u.test(chunk)) splitWord(chunk, start, out);
    else out.push({ start, end: start + chunk.length });
  }
  return out;
}

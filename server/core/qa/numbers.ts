/**
 * Numbers as French and English write them, read into comparable values: `3,5 %` and `3.5%`,
 * `1 500` and `1,500`, `2 millions` and `2 million`, `14 h 30` and `2:30 p.m.`, `XXe siècle` and
 * `20th century`, and English spelled-out numbers (`two`, `twenty-five`, `third`, `half a
 * million`), so that a translator who writes `two` for `2` is not flagged.
 *
 * @example frenchNumbers('le 3 juin 2021 à 14 h 30', { start: 0, end: 24 }).map((n) => n.value) // [3, 2021, 870]
 */
import type { Span } from '../align/alignment.ts';
import type { Flag } from './flag.ts';
import type { Pair } from './pair.ts';

export interface NumberMention {
  /** The number, or minutes since midnight for a time. */
  value: number;
  time: boolean;
  /** The multiplier a word after the number gave (`2 millions`: 1e6), or 1. */
  scale: number;
  /** As written, e.g. `3,5` or `1 500`. */
  raw: string;
  start: number;
  end: number;
}

const SP = '[ \\u00a0\\u202f]';
const FR_SCALE: Record<string, number> = { mille: 1e3, milles: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 };
const EN_SCALE: Record<string, number> = { 'thousand million': 1e9, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9 };

const FRENCH = new RegExp(
  [
    `(?<![\\p{L}\\d])(?<hour>\\d{1,2})${SP}?(?:h|heures?)(?:${SP}?(?<minute>[0-5]\\d))?(?![\\p{L}\\d])`,
    `(?<hourc>\\d{1,2}):(?<minutec>[0-5]\\d)(?!\\d)`,
    `\\b(?<roman>[IVXL]+)(?:e|ème|è)${SP}+siècle`,
    `(?<finale>\\d+)(?:es?|èmes?)${SP}+de${SP}+finale`,
    `(?<![\\p{L}\\d])(?<num>\\d{1,3}(?:(?:${SP}|\\.)\\d{3})+(?:,\\d+)?(?!\\d)|\\d+\\.\\d{1,2}(?![\\d.])|\\d+(?:,\\d+)?)(?:${SP}+(?<scale>milliards?|millions?|milles?)\\b(?<half>${SP}+et${SP}+demie?)?)?`,
  ].join('|'),
  'gu',
);

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

const WORD_VALUE = new Map<string, number>([
  ...ONES.map((w, i): [string, number] => [w, i]),
  ...TENS.flatMap((w, i): [string, number][] => (w ? [[w, i * 10]] : [])),
  ...ORDINALS.flatMap((w, i): [string, number][] => (w ? [[w, i]] : [])),
  ['dozen', 12],
]);
const WORD_SCALE: Record<string, number> = { hundred: 100, ...EN_SCALE };

const ENGLISH = new RegExp(
  [
    `(?<hour>\\d{1,2})(?:[:.](?<minute>[0-5]\\d))?${SP}?(?<half>[ap])\\.?m\\b\\.?`,
    `(?<hour24>\\d{1,2}):(?<minute24>[0-5]\\d)(?!\\d)`,
    `(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d{1,3}(?: \\d{3})+(?![\\d,.])|\\d+(?:[.,]\\d+)?)(?:${SP}*(?<scale>thousand million|thousand|million|billion|trillion|bn)\\b)?`,
    `\\b(?<words>(?:(?:half an? (?=thousand|million|billion)|${[...WORD_VALUE.keys(), 'hundred', 'thousand', 'million', 'billion', 'trillion'].join('|')})(?:[ -]|\\b))+)`,
  ].join('|'),
  'giu',
);

/** Numbers, times and centuries in a French text range. */
export function frenchNumbers(text: string, span: Span): NumberMention[] {
  return scan(text, span, FRENCH, (g) => {
    if (g.hour !== undefined) return { value: Number(g.hour) * 60 + Number(g.minute ?? 0), time: true };
    if (g.hourc !== undefined) return { value: Number(g.hourc) * 60 + Number(g.minutec), time: true };
    if (g.roman !== undefined) return { value: romanValue(g.roman), time: false };
    // `8es de finale` are what English calls the last 16.
    if (g.finale !== undefined) return { value: 2 * Number(g.finale), time: false };
    const num = g.num!.replace(/[ \u00a0\u202f]/g, '');
    const value = /\.\d{3}(?!\d)/.test(num) ? Number(num.replace(/\./g, '').replace(',', '.')) : Number(num.replace(',', '.'));
    const scale = FR_SCALE[g.scale?.toLowerCase() ?? ''] ?? 1;
    return { value: (value + (g.half ? 0.5 : 0)) * scale, time: false, scale };
  });
}

/** Numbers, times and spelled-out numbers in an English text range. */
export function englishNumbers(text: string, span: Span): NumberMention[] {
  return scan(text, span, ENGLISH, (g) => {
    if (g.hour !== undefined) {
      const hour = (Number(g.hour) % 12) + (g.half!.toLowerCase() === 'p' ? 12 : 0);
      return { value: hour * 60 + Number(g.minute ?? 0), time: true };
    }
    if (g.hour24 !== undefined) return { value: Number(g.hour24) * 60 + Number(g.minute24), time: true };
    if (g.num !== undefined) {
      const num = /^\d+,\d{1,2}$/.test(g.num) ? g.num.replace(',', '.') : g.num.replace(/[, ]/g, '');
      const scale = EN_SCALE[g.scale?.toLowerCase() ?? ''] ?? 1;
      return { value: Number(num) * scale, time: false, scale };
    }
    return { value: wordsValue(g.words!), time: false };
  });
}

/** Whether a draft number is written with a French decimal comma (`3,5`, not `1,500`). */
export function hasDecimalComma(mention: NumberMention): boolean {
  return /^\d+,\d{1,2}(?:$|\D)/.test(mention.raw);
}

/**
 * Whether an English mention renders a French one: the same value; a time on either clock; a
 * time written as a decimal (`15.30`); `60` for `1960` or `1860` (French `les années 60`) and back;
 * and a French source that itself groups thousands with commas (`8,733`, `1,168 mille`, as in
 * translated news).
 */
export function sameNumber(french: NumberMention, english: NumberMention): boolean {
  const f = french.value;
  const e = english.value;
  if (french.time && english.time) return [0, 720, -720].some((shift) => f + shift === e);
  if (french.time) return f % 60 === 0 && [f / 60, f / 60 - 12].some((hour) => close(hour, e));
  if (english.time) return (e % 60 === 0 && f === e / 60) || Math.round(f * 100) === Math.floor(e / 60) * 100 + (e % 60);
  if (close(f, e) || (french.scale > 1 && close(f / french.scale, e))) return true;
  const written = french.raw.split(/[ \u00a0\u202f]/)[0]!;
  if (/^\d{1,3}(?:,\d{3})+$/.test(written) && close(Number(written.replace(/,/g, '')) * french.scale, e)) return true;
  const [short, long] = f < e ? [f, e] : [e, f];
  return Number.isInteger(short) && short < 100 && [1800, 1900, 2000].some((century) => long === century + short);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

/** How a French number reads in English: `3.5`, `1,500`, `14:30`. */
export function englishForm(mention: NumberMention): string {
  if (mention.time) return `${Math.floor(mention.value / 60)}:${String(mention.value % 60).padStart(2, '0')}`;
  if (/^\d{1,3}(?:,\d{3})+$/.test(mention.raw)) return mention.raw;
  const grouped = /\d[ \u00a0\u202f.]\d{3}/.test(mention.raw) || mention.value >= 1e4;
  return mention.value.toLocaleString('en-US', { useGrouping: grouped, maximumFractionDigits: 6 });
}

/**
 * The number rule on one pair: every French number must be in the draft, each matched to its own
 * English mention (`0-0` needs two zeros); an error names the one that changed or vanished, and a
 * draft number written with a decimal comma is a warning.
 *
 * @example checkNumbers({ link: 0, sourceText: 'Il a 3,5 %.', draftText: 'It has 3.6%.', source: { start: 0, end: 11 }, draft: { start: 0, end: 12 } })[0].params // { value: '3,5', expected: '3.5', found: '3.6' }
 */
export function checkNumbers(pair: Pair): Flag[] {
  if (!pair.source || !pair.draft) return [];
  const french = frenchNumbers(pair.sourceText, pair.source);
  const english = englishNumbers(pair.draftText, pair.draft);
  const used = new Set<NumberMention>();
  const missing = french.filter((f) => {
    const match = english.find((e) => !used.has(e) && sameNumber(f, e));
    if (match) used.add(match);
    return !match;
  });
  const unmatched = english.filter((e) => !used.has(e));
  const flags: Flag[] = [];
  for (const f of missing) {
    const found = unmatched.find((e) => /\d/.test(e.raw));
    const expected = englishForm(f);
    flags.push({
      rule: 'number',
      severity: 'error',
      link: pair.link,
      message: found
        ? `The number ${f.raw} of the source reads ${found.raw} in the draft: write ${expected}.`
        : `The number ${f.raw} of the source is missing from the draft: add ${expected}.`,
      params: found ? { value: f.raw, expected, found: found.raw } : { value: f.raw, expected },
      source: { start: f.start, end: f.end },
      ...(found ? { draft: { start: found.start, end: found.end } } : {}),
    });
  }
  for (const e of english.filter(hasDecimalComma)) {
    const expected = e.raw.replace(',', '.');
    flags.push({
      rule: 'number',
      severity: 'warning',
      link: pair.link,
      message: `${e.raw} keeps the French decimal comma: write ${expected}.`,
      params: { value: e.raw, expected },
      draft: { start: e.start, end: e.end },
    });
  }
  return flags;
}

type Reading = { value: number; time: boolean; scale?: number };

function scan(text: string, span: Span, re: RegExp, read: (groups: Record<string, string | undefined>) => Reading): NumberMention[] {
  const mentions: NumberMention[] = [];
  const slice = text.slice(span.start, span.end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const raw = m[0].replace(/[ -]+$/, '');
    if (!raw) continue;
    const reading = read(m.groups ?? {});
    if (!Number.isFinite(reading.value)) continue;
    mentions.push({ scale: 1, ...reading, raw, start: span.start + m.index, end: span.start + m.index + raw.length });
  }
  return mentions;
}

function wordsValue(words: string): number {
  let total = 0;
  let current = 0;
  for (const word of words.toLowerCase().replace(/^half an? /, 'half ').split(/[ -]+/).filter(Boolean)) {
    const value = word === 'half' ? 0.5 : WORD_VALUE.get(word);
    if (value !== undefined) current += value;
    else if (word === 'hundred') current = (current || 1) * 100;
    else {
      total += (current || 1) * (WORD_SCALE[word] ?? 1);
      current = 0;
    }
  }
  return total + current;
}

function romanValue(roman: string): number {
  const digit: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let value = 0;
  for (let i = 0; i < roman.length; i++) {
    const here = digit[roman[i]!]!;
    const next = digit[roman[i + 1] ?? ''] ?? 0;
    value += here < next ? -here : here;
  }
  return value;
}

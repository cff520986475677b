/**
 * Numbers as the UI language writes them (Intl.NumberFormat): French puts a comma in decimals and
 * a narrow no-break space before `%`, and says `Mo` for megabytes.
 *
 * @example percent(0.45, 'fr') // '45 %' (with U+202F)
 * @example megabytes(140e6, 'en') // '140 MB'
 */
import type { Language } from './i18n.ts';

const MB = 1e6;

/**
 * A share of 1 as a whole percent, rounded down so a download never says 100 before it ends.
 * The epsilon keeps binary fractions whole: 0.29 * 100 is 28.999999999999996.
 */
export function wholePercent(share: number): number {
  return Math.floor(Math.min(1, Math.max(0, share)) * 100 + 1e-9);
}

export function percent(share: number, lang: Language): string {
  const text = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(wholePercent(share) / 100);
  // CLDR versions disagree on the space before % (U+00A0 in some, U+202F in others): French
  // typography wants the narrow one, the same in every browser.
  return text.replace(/[\s\u00a0]%/u, '\u202f%');
}

/** Bytes as megabytes; one decimal below 10 MB, where whole numbers would read as no progress. */
export function megabytes(bytes: number, lang: Language, { unit = true } = {}): string {
  const value = bytes / MB;
  return new Intl.NumberFormat(lang, {
    ...(unit ? { style: 'unit', unit: 'megabyte', unitDisplay: 'short' } : {}),
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** Seconds with one decimal: `2.3` in English, `2,3` in French. */
export function seconds(value: number, lang: Language): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

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

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Calendar days between two moments in local time: 23:50 → 00:10 is one day ("yesterday"). */
function calendarDays(then: Date, now: Date): number {
  const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((midnight(now) - midnight(then)) / (DAY * 1000));
}

/**
 * How long ago, as the UI language says it (Intl.RelativeTimeFormat): "just now" under a minute,
 * minutes and hours the same day, then "yesterday", days, weeks, months and years.
 *
 * @example relativeTime('2024-05-01T10:00:00Z', new Date('2024-05-01T12:00:00Z'), 'fr') // 'il y a 2 heures'
 */
export function relativeTime(iso: string, now: Date, lang: Language): string {
  const then = new Date(iso);
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  // A clock a little ahead of the server's still says "now", never "in 3 seconds".
  const elapsed = Math.max(0, (now.getTime() - then.getTime()) / 1000);
  const days = calendarDays(then, now);
  if (elapsed < MINUTE) return format.format(0, 'second');
  if (days === 0 || elapsed < 6 * HOUR) {
    return elapsed < HOUR ? format.format(-Math.floor(elapsed / MINUTE), 'minute') : format.format(-Math.floor(elapsed / HOUR), 'hour');
  }
  if (days < 7) return format.format(-days, 'day');
  if (days < 30) return format.format(-Math.floor(days / 7), 'week');
  if (days < 365) return format.format(-Math.max(1, Math.floor(days / 30.4)), 'month');
  return format.format(-Math.floor(days / 365), 'year');
}

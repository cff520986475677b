import { describe, expect, it } from 'vitest';
import { megabytes, percent, relativeTime, seconds, wholePercent } from '../../client/format.ts';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('numbers in the UI language', () => {
  it('writes a percent rounded down, with a narrow no-break space in French', () => {
    expect(percent(0.45, 'en')).toBe('45%');
    expect(percent(0.45, 'fr')).toBe(`45${NNBSP}%`);
    expect(percent(0.999, 'en')).toBe('99%');
    expect(percent(0.29, 'en')).toBe('29%');
    expect(wholePercent(63 / 140)).toBe(45);
    expect(percent(1.2, 'en')).toBe('100%');
  });

  it('writes megabytes with one decimal below 10 MB, as Mo in French', () => {
    expect(megabytes(140e6, 'en')).toBe('140 MB');
    expect(megabytes(63e6, 'en', { unit: false })).toBe('63');
    expect(megabytes(140e6, 'fr')).toMatch(new RegExp(`^140[${NBSP}${NNBSP}]Mo$`));
    expect(megabytes(1.53e6, 'fr', { unit: false })).toBe('1,5');
    expect(megabytes(0, 'en')).toBe('0 MB');
  });

  it('writes seconds with one decimal', () => {
    expect(seconds(2.345, 'en')).toBe('2.3');
    expect(seconds(2.345, 'fr')).toBe('2,3');
  });
});

describe('how long ago, in the UI language', () => {
  // Local times: "yesterday" is a calendar day, whatever the machine's time zone.
  const now = new Date(2024, 4, 10, 12, 0, 0);
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const MIN = 60_000;
  const HOUR = 60 * MIN;
  const DAY = 24 * HOUR;

  it.each([
    [ago(30_000), 'now', 'maintenant'],
    [ago(-5_000), 'now', 'maintenant'],
    [ago(2 * MIN), '2 minutes ago', 'il y a 2 minutes'],
    [ago(1 * MIN), '1 minute ago', 'il y a 1 minute'],
    [ago(3 * HOUR), '3 hours ago', 'il y a 3 heures'],
    [new Date(2024, 4, 9, 23, 0).toISOString(), 'yesterday', 'hier'],
    [new Date(2024, 4, 9, 8, 0).toISOString(), 'yesterday', 'hier'],
    [ago(3 * DAY), '3 days ago', 'il y a 3 jours'],
    [ago(15 * DAY), '2 weeks ago', 'il y a 2 semaines'],
    [ago(70 * DAY), '2 months ago', 'il y a 2 mois'],
    [ago(800 * DAY), '2 years ago', 'il y a 2 ans'],
  ])('%s is "%s" and "%s"', (iso, english, french) => {
    expect(relativeTime(iso, now, 'en')).toBe(english);
    expect(relativeTime(iso, now, 'fr')).toBe(french);
  });
});

  it('says hours, not "yesterday", for the evening before just after midnight', () => {
    const justAfterMidnight = new Date(2024, 4, 10, 0, 30);
    expect(relativeTime(new Date(2024, 4, 9, 23, 0).toISOString(), justAfterMidnight, 'en')).toBe('1 hour ago');
    expect(relativeTime(new Date(2024, 4, 9, 17, 0).toISOString(), justAfterMidnight, 'fr')).toBe('hier');
  });

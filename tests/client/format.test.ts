import { describe, expect, it } from 'vitest';
import { megabytes, percent, seconds, wholePercent } from '../../client/format.ts';

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

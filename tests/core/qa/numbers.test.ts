import { describe, expect, it } from 'vitest';
import { englishForm, englishNumbers, frenchNumbers, sameNumber } from '../../../server/core/qa/numbers.ts';

const all = (text: string) => ({ start: 0, end: text.length });
const french = (text: string) => frenchNumbers(text, all(text)).map((n) => [n.raw, n.value, n.time]);
const english = (text: string) => englishNumbers(text, all(text)).map((n) => [n.raw, n.value, n.time]);

describe('the French number reader', () => {
  it.each([
    ['3,5 %', [['3,5', 3.5, false]]],
    ['1 500 euros', [['1 500', 1500, false]]],
    ['1\u202f500\u00a0000 habitants', [['1\u202f500\u00a0000', 1500000, false]]],
    ['1.500 personnes', [['1.500', 1500, false]]],
    ['2 millions', [['2 millions', 2e6, false]]],
    ['1,5 milliard', [['1,5 milliard', 1.5e9, false]]],
    ['à 14 h 30', [['14 h 30', 870, true]]],
    ['à 14h30', [['14h30', 870, true]]],
    ['à 9h', [['9h', 540, true]]],
    ['à 23 heures 30', [['23 heures 30', 1410, true]]],
    ['à 18:05', [['18:05', 1085, true]]],
    ['le 3 juin 2021', [['3', 3, false], ['2021', 2021, false]]],
    ['le 1er mai', [['1', 1, false]]],
    ['au XXe siècle', [['XXe siècle', 20, false]]],
    ['3 hommes', [['3', 3, false]]],
    ['le CO2', []],
  ])('%s', (text, expected) => {
    expect(french(text)).toEqual(expected);
  });
});

describe('the English number reader', () => {
  it.each([
    ['3.5%', [['3.5', 3.5, false]]],
    ['1,500 euros', [['1,500', 1500, false]]],
    ['2 million', [['2 million', 2e6, false]]],
    ['1.5 billion', [['1.5 billion', 1.5e9, false]]],
    ['at 2:30 p.m.', [['2:30 p.m.', 870, true]]],
    ['at 9am', [['9am', 540, true]]],
    ['at 14:30', [['14:30', 870, true]]],
    ['June 3, 2021', [['3', 3, false], ['2021', 2021, false]]],
    ['the 20th century', [['20', 20, false]]],
    ['twenty-five people', [['twenty-five', 25, false]]],
    ['two hundred', [['two hundred', 200, false]]],
    ['a dozen eggs', [['dozen', 12, false]]],
    ['the third time', [['third', 3, false]]],
    ['3,5 percent', [['3,5', 3.5, false]]],
  ])('%s', (text, expected) => {
    expect(english(text)).toEqual(expected);
  });
});

describe('matching a French number to an English one', () => {
  const one = (read: typeof frenchNumbers, text: string) => read(text, all(text))[0]!;
  it.each([
    ['14 h 30', '2:30 p.m.', true],
    ['14 h 30', '14:30', true],
    ['14 h 30', '2:30', true],
    ['3 heures', 'three', true],
    ['15.30', '15:30', true],
    ['années 60', '1960s', true],
    ['2 millions', '2 million', true],
    ['30 millions', '30-million', true],
    ['8,733', '8,733', true],
    ['1,168 mille', '1,168,000', true],
    ['années 80', '1880s', true],
    ['500 000', 'half a million', true],
    ['3,5', '3.6', false],
    ['147', '174', false],
  ])('%s ~ %s: %s', (fr, en, same) => {
    expect(sameNumber(one(frenchNumbers, fr), one(englishNumbers, en))).toBe(same);
  });

  it('reads `half a million` as a number, and `half` alone as none', () => {
    const text = 'half a million people, half the town';
    expect(englishNumbers(text, all(text)).map((n) => [n.raw, n.value])).toEqual([['half a million', 500000]]);
  });

  it('writes the English form', () => {
    expect(['3,5', '1 500', '2021', '14 h 30', '9h'].map((t) => englishForm(frenchNumbers(t, all(t))[0]!))).toEqual(['3.5', '1,500', '2021', '14:30', '9:00']);
  });
});

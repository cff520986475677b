import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeFrench } from '../../../server/core/lexicon/french-tokens.ts';

const words = (text: string) => tokenizeFrench(text).map((t) => text.slice(t.start, t.end));

describe('tokenizeFrench', () => {
  it('splits elisions off with their apostrophe, curly or straight', () => {
    expect(words('l’Occident')).toEqual(['l’', 'Occident']);
    expect(words("qu'il s’efforce d’y aller")).toEqual(["qu'", 'il', 's’', 'efforce', 'd’', 'y', 'aller']);
    expect(words('jusqu’à lorsqu’on puisqu’elle j’ai n’est c’était')).toEqual(['jusqu’', 'à', 'lorsqu’', 'on', 'puisqu’', 'elle', 'j’', 'ai', 'n’', 'est', 'c’', 'était']);
  });

  it('keeps words whose apostrophe is their own whole', () => {
    expect(words('aujourd’hui une presqu’île, quelqu’un')).toEqual(['aujourd’hui', 'une', 'presqu’île', ',', 'quelqu’un']);
  });

  it('keeps hyphenated words and splits inverted clitics with their hyphen', () => {
    expect(words('peut-être, c’est-à-dire')).toEqual(['peut-être', ',', 'c’est-à-dire']);
    expect(words('A-t-il dit-elle, allons-y, celui-ci, lui-même, rendez-vous')).toEqual(['A', '-t-il', 'dit', '-elle', ',', 'allons', '-y', ',', 'celui-ci', ',', 'lui-même', ',', 'rendez-vous']);
  });

  it('keeps numbers whole, their thousands separated by a space, and splits units and signs', () => {
    expect(words('1 000 euros, 4,5 km, 10%, le 21e siècle.')).toEqual(['1 000', 'euros', ',', '4,5', 'km', ',', '10', '%', ',', 'le', '21e', 'siècle', '.']);
    expect(words('à 25 °C ou 77°F, 90°')).toEqual(['à', '25', '°C', 'ou', '77', '°F', ',', '90', '°']);
  });

  it('keeps abbreviations and initials with their dot, and splits a sentence’s final dot', () => {
    expect(words('M. J.-P. Dupont, etc. Fin.')).toEqual(['M.', 'J.-P.', 'Dupont', ',', 'etc.', 'Fin', '.']);
    expect(words('« Non ! »… Voir http://exemple.fr/a.')).toEqual(['«', 'Non', '!', '»', '…', 'Voir', 'http://exemple.fr/a', '.']);
  });

  it('answers offsets into the text', () => {
    expect(tokenizeFrench('L’a-t-il vu ?')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 3 },
      { start: 3, end: 8 },
      { start: 9, end: 11 },
      { start: 12, end: 13 },
    ]);
  });

  it('loses no text: tokens are in order, do not overlap, and only white space lies between them', () => {
    const piece = fc.constantFrom('l’', "qu'", 'a-t-il', 'dit-elle', 'peut-être', ' ', '\n', '1 000', '4,5', 'M.', '.', '…', '«\u00a0', 'été', '-', "'", '’', 'http://x.fr', 'œuvre', '😀');
    const text = fc.oneof(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.string({ unit: 'grapheme', maxLength: 60 }));
    fc.assert(
      fc.property(text, (t) => {
        let at = 0;
        for (const { start, end } of tokenizeFrench(t)) {
          expect(start).toBeGreaterThanOrEqual(at);
          expect(end).toBeGreaterThan(start);
          expect(t.slice(at, start).trim()).toBe('');
          expect(t.slice(start, end).trim()).toBe(t.slice(start, end));
          at = end;
        }
        expect(t.slice(at).trim()).toBe('');
      }),
    );
  });
});

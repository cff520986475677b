/** The glossary as TSV or CSV: read with or without a header, quoted CSV fields, exact errors, round trips. */
import { describe, expect, it } from 'vitest';
import { formatGlossary, guessFormat, parseGlossary } from '../../server/review/glossary-file.ts';

const TERMS = [
  { source: 'Assemblée nationale', target: 'National Assembly' },
  { source: 'député', target: 'MP', note: 'not "deputy", ever' },
];

describe('parseGlossary', () => {
  it('reads TSV with or without a header, skipping blank lines and a byte-order mark', () => {
    expect(parseGlossary('\ufeffsource\ttarget\tnote\nAssemblée nationale\tNational Assembly\n\ndéputé\tMP\tnot "deputy", ever\n', 'tsv')).toEqual(TERMS);
    expect(parseGlossary('Sénat\tSenate', 'tsv')).toEqual([{ source: 'Sénat', target: 'Senate' }]);
  });

  it('reads RFC 4180 CSV: quoted commas, doubled quotes, CRLF, a header in French', () => {
    expect(parseGlossary('fr,en,note\r\nAssemblée nationale,National Assembly,\r\ndéputé,MP,"not ""deputy"", ever"\r\n', 'csv')).toEqual(TERMS);
  });

  it('guesses TSV from a tab on the first line, else CSV', () => {
    expect(guessFormat('a\tb\nc,d')).toBe('tsv');
    expect(guessFormat('a,b\nc\td')).toBe('csv');
    expect(parseGlossary('Sénat,Senate\n')).toEqual([{ source: 'Sénat', target: 'Senate' }]);
  });

  it('names the line that lacks its English, and an unclosed quote', () => {
    expect(() => parseGlossary('Sénat\tSenate\nPrésident\n', 'tsv')).toThrow('Line 2 of the TSV file needs a French term and its English, separated by a tab.');
    expect(() => parseGlossary('Sénat,"Senate\n', 'csv')).toThrow('The CSV file ends inside a quoted field: a closing " is missing.');
  });
});

describe('formatGlossary', () => {
  it('writes a header and one line per term, and reads back the same terms', () => {
    expect(formatGlossary(TERMS, 'tsv')).toBe('source\ttarget\tnote\nAssemblée nationale\tNational Assembly\t\ndéputé\tMP\tnot "deputy", ever\n');
    expect(formatGlossary(TERMS, 'csv')).toBe('source,target,note\r\nAssemblée nationale,National Assembly,\r\ndéputé,MP,"not ""deputy"", ever"\r\n');
    expect(parseGlossary(formatGlossary(TERMS, 'csv'), 'csv')).toEqual(TERMS);
    expect(parseGlossary(formatGlossary(TERMS, 'tsv'), 'tsv')).toEqual(TERMS);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentEnglish, segmentEnglishParagraphs } from '../../../server/core/text/english-sentences.ts';

const split = (text: string): string[] => segmentEnglish(text).map((s) => text.slice(s.start, s.end));

describe('segmentEnglish', () => {
  it.each([
    ['titles', 'Mr. Smith met Mrs. Jones and Dr. Brown. They left.', ['Mr. Smith met Mrs. Jones and Dr. Brown.', 'They left.']],
    ['acronym inside a sentence', 'The U.S. President spoke to the U.K. Prime Minister. Nothing changed.', ['The U.S. President spoke to the U.K. Prime Minister.', 'Nothing changed.']],
    ['acronym ending a sentence', 'He moved to the U.S. The rest followed.', ['He moved to the U.S.', 'The rest followed.']],
    ['times', 'We met at 5 p.m. Friday and left at 9 a.m. The train was late.', ['We met at 5 p.m. Friday and left at 9 a.m.', 'The train was late.']],
    ['e.g. and i.e.', 'Some fruits, e.g. Apples, keep well, i.e. For weeks. Others rot.', ['Some fruits, e.g. Apples, keep well, i.e. For weeks.', 'Others rot.']],
    ['months and numbers', 'It opened on Jan. 5 at No. 10 Downing Street. Then it closed.', ['It opened on Jan. 5 at No. 10 Downing Street.', 'Then it closed.']],
    ['initials', 'The novel by J. R. R. Tolkien sold well. Critics agreed.', ['The novel by J. R. R. Tolkien sold well.', 'Critics agreed.']],
    ['decimals and thousands', 'Growth was 3.5 percent on 1,500.25 dollars. Prices rose.', ['Growth was 3.5 percent on 1,500.25 dollars.', 'Prices rose.']],
    ['closing quote glued to the stop', 'He said, "We are done." Then he left.', ['He said, "We are done."', 'Then he left.']],
    ['curly quotes', 'She asked, “Why now?” Nobody answered.', ['She asked, “Why now?”', 'Nobody answered.']],
    ['quoted question then lower case', '"Are you coming?" she asked. He nodded.', ['"Are you coming?" she asked.', 'He nodded.']],
    ['exclamation and ellipsis', 'Stop! Wait... Go on.', ['Stop!', 'Wait...', 'Go on.']],
    ['company suffix mid-sentence', 'Acme Inc. shares fell. Apple Inc. The company said so.', ['Acme Inc. shares fell.', 'Apple Inc.', 'The company said so.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps sentences inside their paragraph', () => {
    const text = 'A headline without a stop\n\nFirst sentence. Second one.\nAnother line here.';
    expect(segmentEnglishParagraphs(text).map((p) => p.sentences.map((s) => text.slice(s.start, s.end)))).toEqual([
      ['A headline without a stop'],
      ['First sentence.', 'Second one.'],
      ['Another line here.'],
    ]);
  });

  it('loses no text: spans are ordered, trimmed, and only whitespace lies between them', () => {
    const piece = fc.constantFrom(
      'The', 'Mr.', 'Mrs.', 'U.S.', 'p.m.', 'e.g.', 'Jan.', 'No.', 'J.', '3.5', '1,500', 'word', '.', '!', '?', '…', '...',
      '"', '“', '”', "'", '’', '(', ')', ' ', ' ', '\u00a0', '\n', '\n\n', '\t', 'x.Y',
    );
    const englishLike = fc.oneof(
      fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
    );
    fc.assert(
      fc.property(englishLike, (text) => {
        let cursor = 0;
        let rebuilt = '';
        for (const span of segmentEnglish(text)) {
          expect(text.slice(cursor, span.start).trim()).toBe('');
          const body = text.slice(span.start, span.end);
          expect(body.length).toBeGreaterThan(0);
          expect(body.trim()).toBe(body);
          rebuilt += body;
          cursor = span.end;
        }
        expect(text.slice(cursor).trim()).toBe('');
        expect(rebuilt.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});

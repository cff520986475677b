import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLongSentence } from '../../../server/core/mt/pieces.ts';

describe('splitLongSentence', () => {
  it('leaves a sentence that fits alone', () => {
    expect(splitLongSentence('Une phrase courte.', 100)).toEqual(['Une phrase courte.']);
  });

  it('cuts at the last clause mark that leaves a fair piece', () => {
    const text = 'Le maire a parlé, les élus ont voté; la séance a duré trois heures et personne ne sait quand elle reprendra';
    expect(splitLongSentence(text, 60)).toEqual([
      'Le maire a parlé, les élus ont voté;',
      'la séance a duré trois heures et personne ne sait quand elle',
      'reprendra',
    ]);
  });

  it('cuts a word longer than the limit', () => {
    expect(splitLongSentence('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('keeps every word, in order, each piece within the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('mot', 'long-mot', 'a,', 'b;', 'c', '—', '(d)', 'e»'), { maxLength: 200 }), fc.integer({ min: 8, max: 80 }), (words, max) => {
        const text = words.join(' ');
        const pieces = splitLongSentence(text, max);
        expect(pieces.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        for (const p of pieces) expect(p.length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { pieces, termMarks } from '../../client/state/review-marks.ts';

const GLOSSARY = [
  { source: 'PIB', target: 'GDP', note: 'produit intérieur brut' },
  { source: 'taux directeur', target: 'key rate' },
  { source: 'taux', target: 'rate' },
];

describe('marks in a review sentence', () => {
  it('finds glossary terms as whole words, ignoring case, the longer term first', () => {
    const text = 'Le pib et le taux directeur, pas les PIBs ni le taux.';
    expect(termMarks(text, GLOSSARY, 'source').map((m) => [text.slice(m.start, m.end), m.title])).toEqual([
      ['pib', 'GDP — produit intérieur brut'],
      ['taux directeur', 'key rate'],
      ['taux', 'rate'],
    ]);
    expect(termMarks('The key rate rose.', GLOSSARY, 'target').map((m) => [m.start, m.end, m.title])).toEqual([[4, 12, 'taux directeur']]);
  });

  it('cuts a sentence of the whole text into plain and marked pieces, clipped to the sentence', () => {
    const text = 'Un. Le PIB a crû de 3 %.';
    const marks = [
      { start: 7, end: 10, kind: 'term' as const, title: 'GDP' },
      { start: 20, end: 21, kind: 'flag' as const },
      { start: 0, end: 2, kind: 'flag' as const },
    ];
    expect(pieces(text, 4, 24, marks)).toEqual(['Le ', { text: 'PIB', kind: 'term', title: 'GDP' }, ' a crû de ', { text: '3', kind: 'flag' }, ' %.']);
  });
});

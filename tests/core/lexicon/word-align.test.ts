import { describe, expect, it } from 'vitest';
import { expressionIndex } from '../../../server/core/lexicon/expressions.ts';
import { alignWords, type AlignLexicon } from '../../../server/core/lexicon/word-align.ts';

const GLOSSES: Record<string, string[]> = {
  chien: ['dog', 'hound'],
  noir: ['black'],
  dort: ['sleep'],
  travaille: ['work'],
  'de plus en plus': ['more and more', 'increasingly'],
  'projet de loi': ['bill'],
  aujourd: [],
};
const lexicon: AlignLexicon = { glosses: (word) => GLOSSES[word] ?? [], expressions: expressionIndex(['de plus en plus', 'projet de loi']) };
const align = (source: string, target: string) => alignWords(source.split(' '), target.split(' '), lexicon);

describe('alignWords', () => {
  it('links glosses, function words and crossings', () => {
    expect(align('le chien noir dort', 'the black dog sleeps')).toEqual([[0, 0], [1, 2], [2, 1], [3, 3]]);
  });

  it('never links a word whose translation is absent', () => {
    expect(align('le chat dort', 'the dog sleeps')).toEqual([[0, 0], [2, 2]]);
    expect(align('le chien dort', 'it is late')).toEqual([]);
  });

  it('links identical names and numbers, not an identical short word of another language', () => {
    expect(align('Macron a 43 ans', 'Macron is 43 years old')).toEqual([[0, 0], [2, 2]]);
    expect(align('il a faim', 'he is a bit hungry')).toEqual([[0, 0]]);
  });

  it('links cognates and identical words', () => {
    expect(align('la situation est complexe', 'the situation is complex')).toEqual([[0, 0], [1, 1], [2, 2], [3, 3]]);
  });

  it('picks the repeated function word nearest the diagonal', () => {
    expect(align('le chien et le chat', 'the dog and the cat')).toEqual([[0, 0], [1, 1], [2, 2], [3, 3]]);
  });

  it('links an expression whole to a multiword gloss', () => {
    expect(align('elle travaille de plus en plus', 'she works more and more')).toEqual([
      [0, 0], [1, 1],
      [2, 2], [2, 3], [2, 4],
      [3, 2], [3, 3], [3, 4],
      [4, 2], [4, 3], [4, 4],
      [5, 2], [5, 3], [5, 4],
    ]);
  });

  it('links every word of an expression to its one-word gloss', () => {
    expect(align('le projet de loi', 'the bill')).toEqual([[0, 0], [1, 1], [2, 1], [3, 1]]);
  });

  it('links nothing in an empty sentence', () => {
    expect(alignWords([], ['the'], lexicon)).toEqual([]);
  });
});

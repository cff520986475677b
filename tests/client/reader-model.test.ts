import { describe, expect, it } from 'vitest';
import { fromSegmentation, withTranslation } from '../../client/reader-model.ts';

const TEXT = 'Titre\n\nUne phrase. Une autre.';
const SEGMENTS = [
  { start: 0, end: 5, kind: 'title' as const, sentences: [{ start: 0, end: 5 }] },
  { start: 7, end: 29, kind: 'body' as const, sentences: [{ start: 7, end: 18 }, { start: 19, end: 29 }] },
];

describe('the reader model', () => {
  it('takes each French sentence from its offsets, keyed paragraph:sentence', () => {
    expect(fromSegmentation(TEXT, SEGMENTS)).toEqual([
      { kind: 'title', sentences: [{ key: '0:0', fr: 'Titre' }] },
      { kind: 'body', sentences: [{ key: '1:0', fr: 'Une phrase.' }, { key: '1:1', fr: 'Une autre.' }] },
    ]);
  });

  it('puts one translation in place without touching the rest', () => {
    const before = fromSegmentation(TEXT, SEGMENTS);
    const after = withTranslation(before, 1, 1, 'Another one.', -0.4);
    expect(after[1]!.sentences[1]).toEqual({ key: '1:1', fr: 'Une autre.', en: 'Another one.', score: -0.4 });
    expect(after[0]).toBe(before[0]);
    expect(before[1]!.sentences[1]!.en).toBeUndefined();
  });

  it('keeps the checks that came with a translation', () => {
    const before = fromSegmentation(TEXT, SEGMENTS);
    const checks = [{ rule: 'number' as const, severity: 'error' as const, message: 'The number 3 is missing.', params: { value: '3' } }];
    expect(withTranslation(before, 1, 0, 'A sentence.', -0.2, checks)[1]!.sentences[0]!.checks).toEqual(checks);
  });
});

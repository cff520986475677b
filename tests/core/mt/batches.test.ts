import { describe, expect, it } from 'vitest';
import { planBatches } from '../../../server/core/mt/batches.ts';

describe('planBatches', () => {
  it('groups similar lengths, shortest first', () => {
    expect(planBatches([5, 30, 6, 29, 7], { maxRows: 2, maxTokens: 1000 })).toEqual([[0, 2], [4, 3], [1]]);
  });

  it('puts fewer long sentences in a batch', () => {
    expect(planBatches([100, 100, 100, 10, 10, 10], { maxRows: 8, maxTokens: 250 })).toEqual([[3, 4, 5], [0, 1], [2]]);
  });

  it('covers every index exactly once', () => {
    const lengths = Array.from({ length: 50 }, (_, i) => (i * 37) % 23);
    const batches = planBatches(lengths, { maxRows: 4, maxTokens: 64 });
    expect(batches.flat().sort((a, b) => a - b)).toEqual(lengths.map((_, i) => i));
  });
});

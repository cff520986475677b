/**
 * Orders sentences into decode batches. Rows of a batch run to the longest row, so similar lengths
 * go together; the first batch is small and in document order so the reader sees the top early.
 */

export interface BatchPlan {
  /** Largest number of rows in a batch. */
  maxRows: number;
  /** Rows of the first batch, taken in document order. */
  firstRows: number;
  /** Largest rows × longest-row-tokens of a batch, so long sentences batch fewer at a time. */
  maxTokens: number;
}

/**
 * @example planBatches([5, 30, 6, 29], { maxRows: 2, firstRows: 1, maxTokens: 512 }) // [[0], [2, 3], [1]]
 */
export function planBatches(lengths: number[], plan: BatchPlan): number[][] {
  const first = lengths.slice(0, plan.firstRows).map((_, i) => i);
  const rest = lengths
    .map((length, index) => ({ length, index }))
    .slice(plan.firstRows)
    .sort((a, b) => a.length - b.length || a.index - b.index);
  const batches: number[][] = first.length > 0 ? [first] : [];
  let current: number[] = [];
  let longest = 0;
  for (const { length, index } of rest) {
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

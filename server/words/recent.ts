/**
 * The last few results of a costly function, by key: a learner clicks several words of one
 * sentence, and each lookup needs the same analysis and alignment of it.
 *
 * @example const analyze = recent(32, (text) => analyzer.analyze(text)); analyze.get('Il dort.')
 */
export interface Recent<V> {
  get(key: string): V;
  /** Drops a result (a failed one, so the next call computes it again). */
  forget(key: string): void;
}

export function recent<V>(limit: number, compute: (key: string) => V): Recent<V> {
  const kept = new Map<string, V>();
  return {
    get(key) {
      if (kept.has(key)) {
        const value = kept.get(key)!;
        // Moved to the end: the map's order is the order of use, oldest first.
        kept.delete(key);
        kept.set(key, value);
        return value;
      }
      const value = compute(key);
      kept.set(key, value);
      if (kept.size > limit) kept.delete(kept.keys().next().value!);
      return value;
    },
    forget: (key) => void kept.delete(key),
  };
}

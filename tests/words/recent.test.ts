import { describe, expect, it } from 'vitest';
import { recent } from '../../server/words/recent.ts';

describe('recent', () => {
  it('computes a key once while it is among the last used, and forgets the least recently used', () => {
    const computed: string[] = [];
    const upper = recent(2, (key) => {
      computed.push(key);
      return key.toUpperCase();
    });
    expect([upper.get('a'), upper.get('b'), upper.get('a'), upper.get('c'), upper.get('a'), upper.get('b')]).toEqual(['A', 'B', 'A', 'C', 'A', 'B']);
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
    upper.forget('a');
    upper.get('a');
    expect(computed).toEqual(['a', 'b', 'c', 'b', 'a']);
  });
});

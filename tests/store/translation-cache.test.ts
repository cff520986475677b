import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from '../../server/store/db.ts';
import { TranslationCache } from '../../server/store/translation-cache.ts';

const inMemory = (max: number): TranslationCache => new TranslationCache(openDatabase(':memory:'), max);

describe('TranslationCache', () => {
  it('returns stored translations by model and sentence, and nothing for others', () => {
    const cache = inMemory(100);
    cache.putMany('m1', [{ source: 'Bonjour.', text: 'Hello.', score: -0.5 }]);
    expect([...cache.getMany('m1', ['Salut.', 'Bonjour.'])]).toEqual([[1, { text: 'Hello.', score: -0.5 }]]);
    expect(cache.getMany('m2', ['Bonjour.']).size).toBe(0);
  });

  it('keeps at most its bound, dropping the least recently used', () => {
    const cache = inMemory(3);
    cache.putMany('m', [
      { source: 'a', text: 'A', score: 0 },
      { source: 'b', text: 'B', score: 0 },
      { source: 'c', text: 'C', score: 0 },
    ]);
    cache.getMany('m', ['a']);
    cache.putMany('m', [{ source: 'd', text: 'D', score: 0 }]);
    expect(cache.size()).toBe(3);
    expect([...cache.getMany('m', ['a', 'b', 'c', 'd']).keys()]).toEqual([0, 2, 3]);
  });

  it('persists across reopening the file (WAL)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'visavis-cache-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'nested', 'cache.sqlite');
    const firstDb = openDatabase(file);
    new TranslationCache(firstDb, 10).putMany('m', [{ source: 'Le chat.', text: 'The cat.', score: -0.1 }]);
    firstDb.close();
    const secondDb = openDatabase(file);
    expect(new TranslationCache(secondDb, 10).getMany('m', ['Le chat.']).get(0)).toEqual({ text: 'The cat.', score: -0.1 });
    secondDb.close();
  });
});

import * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:crypto', async (original) => {
  const real = await original<typeof import('node:crypto')>();
  return { ...real, timingSafeEqual: vi.fn(real.timingSafeEqual) };
});

const { ApiKeys, bearerToken } = await import('../../server/access/api-keys.ts');

describe('ApiKeys', () => {
  const keys = new ApiKeys(['alpha-key', 'beta-key-longer', 'gamma']);

  it.each([
    ['alpha-key', 0],
    ['beta-key-longer', 1],
    ['gamma', 2],
    ['alpha-ke', undefined],
    ['alpha-key2', undefined],
    ['ALPHA-KEY', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('matches %j to key %j', (candidate, index) => {
    expect(keys.match(candidate)).toBe(index);
  });

  it('compares fixed-length digests in constant time, against every key even after a match', () => {
    const equal = vi.mocked(crypto.timingSafeEqual);
    equal.mockClear();
    expect(keys.match('alpha-key')).toBe(0);
    expect(equal).toHaveBeenCalledTimes(3);
    for (const [a, b] of equal.mock.calls) {
      expect([(a as Buffer).length, (b as Buffer).length]).toEqual([32, 32]);
    }
  });

  it('asks for no key when none is configured', () => {
    expect(new ApiKeys([]).required).toBe(false);
    expect(keys.required).toBe(true);
  });
});

describe('bearerToken', () => {
  it.each([
    ['Bearer abc', 'abc'],
    ['bearer  abc ', 'abc'],
    ['Basic abc', undefined],
    ['Bearer', undefined],
    ['Bearer a b', undefined],
    [undefined, undefined],
  ])('reads %j as %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});

import { describe, expect, it } from 'vitest';
import { hashOf, parseHash, sameRoute } from '../../client/router.ts';

describe('hash routes', () => {
  it.each([
    ['', { name: 'input' }],
    ['#', { name: 'input' }],
    ['#/', { name: 'input' }],
    ['#/library', { name: 'library' }],
    ['#/library/', { name: 'library' }],
    ['#/doc/5', { name: 'doc', id: 5 }],
    ['#/doc/12/', { name: 'doc', id: 12 }],
    ['#/doc/0', { name: 'input' }],
    ['#/doc/05', { name: 'input' }],
    ['#/doc/abc', { name: 'input' }],
    ['#/doc/5x', { name: 'input' }],
    ['#/doc/99999999999999999', { name: 'input' }],
    ['#/unknown', { name: 'input' }],
  ])('reads %j as %j', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('writes each route as the hash it reads back', () => {
    expect(hashOf({ name: 'input' })).toBe('#/');
    expect(hashOf({ name: 'library' })).toBe('#/library');
    expect(hashOf({ name: 'doc', id: 42 })).toBe('#/doc/42');
    for (const hash of ['#/', '#/library', '#/doc/42']) expect(hashOf(parseHash(hash))).toBe(hash);
  });

  it('tells routes apart by what they show', () => {
    expect(sameRoute({ name: 'doc', id: 1 }, { name: 'doc', id: 1 })).toBe(true);
    expect(sameRoute({ name: 'doc', id: 1 }, { name: 'doc', id: 2 })).toBe(false);
    expect(sameRoute({ name: 'library' }, { name: 'input' })).toBe(false);
  });
});

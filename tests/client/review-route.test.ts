import { describe, expect, it } from 'vitest';
import { hashOf, parseHash } from '../../client/router.ts';

describe('the review addresses', () => {
  it.each([
    ['#/review', { name: 'review' }],
    ['#/review/', { name: 'review' }],
    ['#/review/3', { name: 'review', id: 3 }],
    ['#/review/0', { name: 'input' }],
    ['#/review/3x', { name: 'input' }],
    ['#/reviews', { name: 'input' }],
  ])('reads %j as %j', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('writes them back', () => {
    expect([hashOf({ name: 'review' }), hashOf({ name: 'review', id: 12 })]).toEqual(['#/review', '#/review/12']);
  });
});

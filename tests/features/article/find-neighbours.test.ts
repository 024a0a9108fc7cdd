import { describe, expect, it } from 'vitest';
import { findNeighbours } from '../../reference/article/find-neighbours';

describe('findNeighbours', () => {
  it.each([
    [[7, 3, 9], 3, { position: 2, total: 3, previous: 7, next: 9 }],
    [[7, 3, 9], 7, { position: 1, total: 3, previous: null, next: 3 }],
    [[7, 3, 9], 9, { position: 3, total: 3, previous: 3, next: null }],
    [[7, 3, 9], 4, { position: null, total: 3, previous: null, next: null }],
    [[], 0, { position: null, total: 0, previous: null, next: null }],
  ])('in %j, article %i', (order, article, expected) => {
    expect(findNeighbours(order, article)).toEqual(expected);
  });
});

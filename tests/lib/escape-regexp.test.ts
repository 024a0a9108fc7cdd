// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/lib/escape-regexp';

describe('escapeRegExp', () => {
  it('escapes every character with a meaning in a pattern', () => {
    const special = '.*+?^${}()|[]\\/';
    expect(new RegExp(escapeRegExp(special), 'u').test(`x${special}y`)).toBe(true);
    expect(new RegExp(`^${escapeRegExp('C++ (EU)')}$`, 'u').test('C++ (EU)')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { contrastRatio, lowContrastSchemes } from '../../src/lib/contrast';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
  });
});

describe('lowContrastSchemes', () => {
  it.each([
    ['Tol cyan', '#88CCEE', ['light']],
    ['Tol sand', '#DDCC77', ['light']],
    ['Tol indigo', '#332288', ['dark']],
    ['Tol green', '#117733', ['dark']],
    ['a mid blue', '#0072b2', []],
  ])('%s (%s) needs help on %j', (_name, color, schemes) => {
    expect(lowContrastSchemes(color)).toEqual(schemes);
  });
});

import { describe, expect, it } from 'vitest';
import { contrastRatio, lowContrastSchemes, needsCasing, prefersWhiteText } from '../../src/lib/contrast';

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

describe('prefersWhiteText and needsCasing', () => {
  it('puts white text on dark palette colours and black on light ones', () => {
    expect(prefersWhiteText('#332288')).toBe(true);
    expect(prefersWhiteText('#ddcc77')).toBe(false);
  });
  it('cases the colours that fall below 3:1 on a chart surface', () => {
    expect(needsCasing('#88ccee')).toBe(true);
    expect(needsCasing('#332288')).toBe(true);
    expect(needsCasing('#cc6677')).toBe(false);
  });
});

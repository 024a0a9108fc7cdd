import { describe, expect, it } from 'vitest';
import { blend, contrastRatio, lowContrastSchemes, needsCasing, textColorOn } from '../../src/lib/contrast';

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

describe('textColorOn, blend and needsCasing', () => {
  it('puts white text on dark colours and black on light ones, at 4.5:1 or more on any colour', () => {
    expect(textColorOn('#332288')).toBe('#ffffff');
    expect(textColorOn('#ddcc77')).toBe('#000000');
    const steps = [0, 51, 102, 153, 204, 255].map((value) => value.toString(16).padStart(2, '0'));
    for (const r of steps) for (const g of steps) for (const b of steps) {
      const color = `#${r}${g}${b}`;
      expect(contrastRatio(textColorOn(color), color), color).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('composites a translucent fill over its background', () => {
    expect(blend('#000000', 0.5, '#ffffff')).toBe('#808080');
    expect(blend('#cc2b46', 1, '#16212b')).toBe('#cc2b46');
    expect(blend('#cc2b46', 0, '#16212b')).toBe('#16212b');
  });
  it('cases the colours that fall below 3:1 on a chart surface', () => {
    expect(needsCasing('#88ccee')).toBe(true);
    expect(needsCasing('#332288')).toBe(true);
    expect(needsCasing('#cc6677')).toBe(false);
  });
});

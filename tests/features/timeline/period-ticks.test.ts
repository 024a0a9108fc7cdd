import { describe, expect, it } from 'vitest';
import { labelledPeriods, valueAxisWidth } from '../../../src/features/timeline/period-ticks';

describe('labelledPeriods', () => {
  const labels = Array.from({ length: 24 }, (_, i) => `M${String(i).padStart(5, '0')}`);
  it('writes every label when they fit', () => {
    expect(labelledPeriods(labels.slice(0, 4), 100)).toEqual([0, 1, 2, 3]);
  });
  it('skips labels that would overlap, keeping the last and dropping its crowded neighbour', () => {
    // "M00000" is about 48 px wide with its gap: every 4th label at 15 px per band.
    const shown = labelledPeriods(labels, 15);
    expect(shown).toEqual([0, 4, 8, 12, 16, 23]);
    for (let i = 1; i < shown.length; i++) expect((shown[i]! - shown[i - 1]!) * 15).toBeGreaterThanOrEqual(48);
  });
  it('has nothing to write without periods', () => {
    expect(labelledPeriods([], 10)).toEqual([]);
  });
});

describe('valueAxisWidth', () => {
  it('grows with the longest number the axis writes, a percent sign included', () => {
    expect(valueAxisWidth(9, false)).toBeLessThan(valueAxisWidth(1250, false));
    expect(valueAxisWidth(250, true)).toBeGreaterThan(valueAxisWidth(250, false));
  });
});

import { describe, expect, it } from 'vitest';
import { labelledPeriods, periodCount, valueAxisWidth, widestTickLine } from '../../../src/features/timeline/period-ticks';

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

describe('widestTickLine', () => {
  it('is the count line where "few" makes it wider than the label, so years with few articles are spaced for it', () => {
    const few = { label: '2025', total: 1, lowN: true };
    expect(periodCount(few)).toBe('n=1 few');
    expect(widestTickLine(few)).toBe('n=1 few');
    expect(widestTickLine({ label: 'Q3 2025', total: 40, lowN: false })).toBe('Q3 2025');
    // At 24 px a band, four-digit years alone fit every other band; their "n=1 few" lines need every third.
    const years = Array.from({ length: 9 }, (_, i) => ({ label: String(2018 + i), total: 1, lowN: true }));
    expect(labelledPeriods(years.map((year) => year.label), 24)).toEqual([0, 2, 4, 6, 8]);
    expect(labelledPeriods(years.map(widestTickLine), 24)).toEqual([0, 3, 8]);
  });
});

describe('valueAxisWidth', () => {
  it('grows with the longest number the axis writes, a percent sign included', () => {
    expect(valueAxisWidth(9, false)).toBeLessThan(valueAxisWidth(1250, false));
    expect(valueAxisWidth(250, true)).toBeGreaterThan(valueAxisWidth(250, false));
  });
});

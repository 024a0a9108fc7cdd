import { describe, expect, it } from 'vitest';
import { buildChartRows, formatShare } from '../../../src/features/timeline/build-chart-rows';
import type { TimelineData } from '../../reference/engine/build-timeline-data';
import { highlightedRange, rangeMonthOptions, selectedMonths } from '../../../src/features/timeline/date-range';
import { monthIndex } from '../../../src/lib/periods';

const period = (label: string, start: number, total: number, count: number, estimated: number) => ({
  start,
  end: start + 2,
  label,
  total,
  estimated,
  lowN: total < 5,
  themes: { 'ev-steel': { count, estimated } },
});
const q1 = monthIndex(2025, 1);
const data: TimelineData = {
  granularity: 'quarter',
  periods: [period('Q1 2025', q1, 10, 3, 1), period('Q2 2025', q1 + 3, 0, 0, 0)],
  themeIds: ['ev-steel'],
  unplaced: { coarse: 0, undated: 0 },
};

describe('buildChartRows', () => {
  it('splits confirmed and estimated parts, as counts or shares of n', () => {
    expect(buildChartRows(data, 'count')[0]).toEqual({ label: 'Q1 2025', n: 10, lowN: false, values: { 'ev-steel': 2, 'ev-steel:est': 1, 'ev-steel:all': 3 } });
    expect(buildChartRows(data, 'share')[0]!.values).toEqual({ 'ev-steel': 20, 'ev-steel:est': 10, 'ev-steel:all': 30 });
  });
  it('gives an empty period a share of 0, not NaN', () => {
    expect(buildChartRows(data, 'share')[1]!.values['ev-steel:all']).toBe(0);
    expect(formatShare(1, 3)).toBe('33%');
  });
});

describe('date range helpers', () => {
  it.each([
    [null, null, null],
    ['2025-02', null, [q1 + 1, Infinity]],
    [null, '2025-04', [-Infinity, q1 + 3]],
  ] as const)('reads from=%s to=%s as months', (from, to, expected) => {
    expect(selectedMonths(from, to)).toEqual(expected);
  });

  it('highlights the periods the range touches', () => {
    expect(highlightedRange(data.periods, [q1 + 1, q1 + 4])).toEqual({ first: 'Q1 2025', last: 'Q2 2025' });
    expect(highlightedRange(data.periods, [q1 + 1, q1 + 1])).toEqual({ first: 'Q1 2025', last: 'Q1 2025' });
    expect(highlightedRange(data.periods, [q1 + 12, Infinity])).toBeNull();
  });

  it('offers the data span widened to bounds a link already holds', () => {
    expect(rangeMonthOptions([q1 + 2, q1 + 4], '2025-01', null)).toEqual([q1, q1 + 1, q1 + 2, q1 + 3, q1 + 4]);
    expect(rangeMonthOptions(null, null, null)).toEqual([]);
  });
});

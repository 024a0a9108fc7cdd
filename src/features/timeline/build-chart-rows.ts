import type { TimelineData, TimelinePeriod } from '../../engine/timeline-data';

export type TimelineScale = 'count' | 'share';

export interface ChartRow {
  label: string;
  n: number;
  lowN: boolean;
  /**
   * Per series key: `${themeId}` the confirmed part, `${themeId}:est` the estimated part stacked on
   * it, `${themeId}:all` both (for lines). Counts, or percentages of `n` in share mode.
   */
  values: Record<string, number>;
}

export const confirmedKey = (themeId: string) => themeId;
export const estimatedKey = (themeId: string) => `${themeId}:est`;
export const allKey = (themeId: string) => `${themeId}:all`;

/** A count as a percentage of the period's articles; 0 for an empty period rather than NaN. */
export function shareOf(count: number, n: number): number {
  return n === 0 ? 0 : (count / n) * 100;
}

/** e.g. `formatShare(1, 3)` → `33%`. */
export function formatShare(count: number, n: number): string {
  return `${Math.round(shareOf(count, n))}%`;
}

/**
 * One recharts row per period. e.g. 3 of 10 articles on `ev-steel`, 1 of them estimated, in share
 * mode → `{ 'ev-steel': 20, 'ev-steel:est': 10, 'ev-steel:all': 30 }`.
 */
export function buildChartRows(data: TimelineData, scale: TimelineScale): ChartRow[] {
  const scaled = (count: number, period: TimelinePeriod) => (scale === 'share' ? shareOf(count, period.total) : count);
  return data.periods.map((period) => {
    const values: Record<string, number> = {};
    for (const id of data.themeIds) {
      const cell = period.themes[id] ?? { count: 0, estimated: 0 };
      values[confirmedKey(id)] = scaled(cell.count - cell.estimated, period);
      values[estimatedKey(id)] = scaled(cell.estimated, period);
      values[allKey(id)] = scaled(cell.count, period);
    }
    return { label: period.label, n: period.total, lowN: period.lowN, values };
  });
}

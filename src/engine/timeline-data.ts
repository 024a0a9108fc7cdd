import type { Granularity } from '../lib/periods';

/** Below this many articles a period's shares are flagged as resting on too few articles. */
export const LOW_N = 5;

export interface ThemeCount {
  count: number;
  /** Of `count`, articles whose date is estimated or inferred rather than confirmed. */
  estimated: number;
}

export interface TimelinePeriod {
  start: number;
  end: number;
  label: string;
  /** `n`: articles placed in the period, themed or not, the denominator of shares. */
  total: number;
  estimated: number;
  lowN: boolean;
  themes: Record<string, ThemeCount>;
}

export interface TimelineData {
  granularity: Granularity;
  periods: TimelinePeriod[];
  themeIds: string[];
  /** Articles the axis cannot place honestly at this granularity (year-only dates on a month axis, no date). */
  unplaced: { coarse: number; undated: number };
}


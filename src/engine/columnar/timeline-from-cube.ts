import type { Granularity } from '../../lib/periods';
import { periodLabel, periodOf } from '../../lib/periods';
import type { ThemeCount, TimelineData, TimelinePeriod } from '../timeline-data';
import { LOW_N } from '../timeline-data';
import type { TimelineCube } from './cube';

const SIZE: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

/**
 * The timeline at a granularity from the per-month cube: the same periods, counts and unplaced
 * articles as `buildTimelineData` over the matching articles, in time proportional to months × themes.
 */
export function buildTimelineFromCube(cube: TimelineCube, granularity: Granularity, themeIds: readonly string[]): TimelineData {
  const width = 2 * cube.themeIds.length + 2;
  const undatedRow = cube.extras.length * cube.months;
  const undated = cube.counts[undatedRow * width + width - 2]!;
  if (!cube.monthRange) return { granularity, periods: [], themeIds: [...themeIds], unplaced: { coarse: 0, undated } };

  const size = SIZE[granularity];
  const [first] = periodOf(cube.monthRange[0], granularity);
  const [last] = periodOf(cube.monthRange[1], granularity);
  const periods: TimelinePeriod[] = [];
  for (let start = first; start <= last; start += size) {
    const themes: Record<string, ThemeCount> = {};
    for (const id of themeIds) themes[id] = { count: 0, estimated: 0 };
    periods.push({ start, end: start + size - 1, label: periodLabel(start, granularity), total: 0, estimated: 0, lowN: true, themes });
  }
  const codes = themeIds.map((id) => cube.themeIds.indexOf(id));
  let coarse = 0;
  cube.extras.forEach((extra, c) => {
    for (let m = 0; m < cube.months; m++) {
      const base = (c * cube.months + m) * width;
      const total = cube.counts[base + width - 2]!;
      if (total === 0) continue;
      const start = cube.first + m;
      const [periodStart] = periodOf(start, granularity);
      if (periodStart !== periodOf(start + extra, granularity)[0]) {
        coarse += total;
        continue;
      }
      const period = periods[(periodStart - first) / size];
      if (!period) continue;
      period.total += total;
      period.estimated += cube.counts[base + width - 1]!;
      codes.forEach((code, t) => {
        if (code < 0) return;
        const cell = period.themes[themeIds[t]!]!;
        cell.count += cube.counts[base + 2 * code]!;
        cell.estimated += cube.counts[base + 2 * code + 1]!;
      });
    }
  });
  for (const period of periods) period.lowN = period.total < LOW_N;
  return { granularity, periods, themeIds: [...themeIds], unplaced: { coarse, undated } };
}

/** Theme ids carried by at least one article of the cube (dated or not), in cube order. */
export function presentThemeIds(cube: TimelineCube): string[] {
  const width = 2 * cube.themeIds.length + 2;
  const rows = cube.counts.length / width;
  return cube.themeIds.filter((_, code) => {
    for (let r = 0; r < rows; r++) if (cube.counts[r * width + 2 * code]! > 0) return true;
    return false;
  });
}

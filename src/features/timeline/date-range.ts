import type { Granularity } from '../../lib/periods';
import { defaultGranularity, parseYearMonth } from '../../lib/periods';
import type { TimelinePeriod } from '../../engine/timeline-data';

/** The date filter as month indexes, open ends as ±Infinity; null when no bound is set. */
export function selectedMonths(from: string | null, to: string | null): readonly [number, number] | null {
  const first = from ? parseYearMonth(from) : null;
  const last = to ? parseYearMonth(to) : null;
  if (first === null && last === null) return null;
  return [first ?? -Infinity, last ?? Infinity];
}

/** Labels of the first and last period touching the selected months, or null when none is on the axis. */
export function highlightedRange(periods: readonly TimelinePeriod[], selected: readonly [number, number]): { first: string; last: string } | null {
  const touched = periods.filter((period) => period.end >= selected[0] && period.start <= selected[1]);
  const first = touched[0];
  const last = touched[touched.length - 1];
  return first && last ? { first: first.label, last: last.label } : null;
}

/**
 * The months the From/To selects offer: the data's span, widened to any bound a link already holds
 * (a select cannot show a value it does not offer). e.g. span Mar–May 2025 with `from=2025-01` → Jan–May.
 */
export function rangeMonthOptions(monthRange: readonly [number, number] | null, from: string | null, to: string | null): number[] {
  const bounds = [...(monthRange ?? []), from ? parseYearMonth(from) : null, to ? parseYearMonth(to) : null].filter((month) => month !== null);
  if (bounds.length === 0) return [];
  const months: number[] = [];
  for (let month = Math.min(...bounds); month <= Math.max(...bounds); month += 1) months.push(month);
  return months;
}

/** The granularity a timeline defaults to for the data's span, e.g. 3 years → quarter; month when nothing is dated. */
export function autoGranularity(monthRange: readonly [number, number] | null): Granularity {
  return monthRange ? defaultGranularity(...monthRange) : 'month';
}

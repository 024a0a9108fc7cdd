import type { DatePrecision } from '../domain/schema';

export type Granularity = 'month' | 'quarter' | 'year';

/** Months since year 0, so periods are plain integers: `2025-05` → 2025 * 12 + 4. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/**
 * The span of months a partial date can mean: `2025-05-13` and `2025-05` → May only; `2025` → Jan–Dec.
 * e.g. `dateSpan('2025', 'year')` → `[24300, 24311]`.
 */
export function dateSpan(value: string, precision: DatePrecision): [number, number] {
  const year = Number(value.slice(0, 4));
  if (precision === 'year' || value.length < 7) return [monthIndex(year, 1), monthIndex(year, 12)];
  const month = monthIndex(year, Number(value.slice(5, 7)));
  return [month, month];
}

/** `2025-05` → month index, or null when malformed. */
export function parseYearMonth(value: string): number | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? monthIndex(Number(match[1]), month) : null;
}

export function formatYearMonth(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The period containing a month, as its first and last month index. */
export function periodOf(month: number, granularity: Granularity): [number, number] {
  const size = granularity === 'month' ? 1 : granularity === 'quarter' ? 3 : 12;
  const start = month - (month % size);
  return [start, start + size - 1];
}

/** e.g. month → `May 2025`, quarter → `Q2 2025`, year → `2025`. */
export function periodLabel(start: number, granularity: Granularity): string {
  const year = Math.floor(start / 12);
  if (granularity === 'year') return String(year);
  if (granularity === 'quarter') return `Q${Math.floor((start % 12) / 3) + 1} ${year}`;
  return `${MONTHS[start % 12]} ${year}`;
}

/** The finest granularity that keeps a chart readable: month up to 2 years, quarter up to 8, else year. */
export function defaultGranularity(firstMonth: number, lastMonth: number): Granularity {
  const span = lastMonth - firstMonth + 1;
  if (span <= 24) return 'month';
  if (span <= 96) return 'quarter';
  return 'year';
}

/** Can a date of this precision be placed in one period of this granularity? */
export function precisionFits(precision: DatePrecision, granularity: Granularity): boolean {
  return precision !== 'year' || granularity === 'year';
}

/**
 * The months of a rolling window ending with the current month, as `YYYY-MM`.
 * e.g. `rollingRange(12, new Date('2026-11-23'))` → `['2025-12', '2026-11']`.
 */
export function rollingRange(months: number, today: Date): [string, string] {
  const current = monthIndex(today.getUTCFullYear(), today.getUTCMonth() + 1);
  return [formatYearMonth(current - months + 1), formatYearMonth(current)];
}

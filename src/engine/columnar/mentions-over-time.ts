import type { Granularity } from '../../lib/periods';
import { defaultGranularity, periodLabel, periodOf } from '../../lib/periods';
import { NO_DATE } from './explore-columns';

export interface MentionPeriod {
  start: number;
  label: string;
  confirmed: number;
  /** Articles whose date is estimated or inferred from the text. */
  estimated: number;
}

export interface MentionsOverTime {
  /** null when no article is dated. */
  granularity: Granularity | null;
  periods: MentionPeriod[];
  /** Dated only to a year on a month or quarter axis: counted here, never pinned to January. */
  yearOnly: number;
  undated: number;
}

/**
 * The dates of a list of articles, read by position: the small dataset reads its article objects,
 * the large one its columns, and both count with the one function below.
 */
export interface MentionDates {
  count: number;
  /** First month the k-th article's date can mean, or NO_DATE. */
  first(k: number): number;
  /** Months its date spans after the first: 0 for a day or a month, 11 for a year. */
  extra(k: number): number;
  estimated(k: number): boolean;
}

/**
 * Counts articles per period over the span of their own dates: month up to two years, quarter up
 * to eight, else year. A date spanning a year is counted apart unless the axis is in years.
 * e.g. dates May 2025 (confirmed), May 2025 (estimated) and 2024 → month axis, one period
 * `May 2025` with 1 confirmed and 1 estimated, and `yearOnly: 1`.
 */
export function buildMentionsOverTime(dates: MentionDates): MentionsOverTime {
  let dated = 0;
  let fine = 0;
  let fineFirst = Infinity;
  let fineLast = -Infinity;
  let anyFirst = Infinity;
  let anyLast = -Infinity;
  for (let k = 0; k < dates.count; k++) {
    const first = dates.first(k);
    if (first === NO_DATE) continue;
    dated++;
    anyFirst = Math.min(anyFirst, first);
    anyLast = Math.max(anyLast, first);
    if (dates.extra(k) === 0) {
      fine++;
      fineFirst = Math.min(fineFirst, first);
      fineLast = Math.max(fineLast, first);
    }
  }
  const undated = dates.count - dated;
  const granularity: Granularity | null = fine > 0 ? defaultGranularity(fineFirst, fineLast) : dated > 0 ? 'year' : null;
  if (granularity === null) return { granularity, periods: [], yearOnly: 0, undated };

  // On a year axis every date has its place; otherwise only those within one month do.
  const yearly = granularity === 'year';
  const size = granularity === 'month' ? 1 : granularity === 'quarter' ? 3 : 12;
  const firstPeriod = periodOf(yearly ? anyFirst : fineFirst, granularity)[0];
  const lastPeriod = periodOf(yearly ? anyLast : fineLast, granularity)[0];
  const periods: MentionPeriod[] = [];
  for (let start = firstPeriod; start <= lastPeriod; start += size) {
    periods.push({ start, label: periodLabel(start, granularity), confirmed: 0, estimated: 0 });
  }
  for (let k = 0; k < dates.count; k++) {
    const first = dates.first(k);
    if (first === NO_DATE || (!yearly && dates.extra(k) !== 0)) continue;
    const period = periods[(periodOf(first, granularity)[0] - firstPeriod) / size]!;
    if (dates.estimated(k)) period.estimated += 1;
    else period.confirmed += 1;
  }
  return { granularity, periods, yearOnly: yearly ? 0 : dated - fine, undated };
}

import type { Dataset } from '../../domain/schema';
import { datasetStamp } from '../../dataset/dataset-stamp';
import { formatYearMonth, rollingRange } from '../../lib/periods';
import type { ExploreState } from '../../url-state/explore-url';
import { stringifyExploreUrl } from '../../url-state/explore-url';

export type DateMode = { kind: 'frozen' } | { kind: 'rolling'; months: number };

/**
 * The link to share for the current view. Frozen (the default) pins the dates, filling an open range
 * with the data's current span, so a colleague opening it next month sees the same articles; rolling
 * keeps "the last N months" relative to the day it is opened. Either way it records the dataset.
 * e.g. frozen, no dates, data from 2021-11 to 2025-12 → `/?from=2021-11&to=2025-12&ds=2026-11-23.d715d097`
 */
export function buildShareLink(
  state: ExploreState,
  dataset: Pick<Dataset, 'generatedAt' | 'datasetVersion'>,
  monthRange: [number, number] | null,
  mode: DateMode,
  today: Date = new Date(),
): string {
  const filters = { ...state.filters };
  if (mode.kind === 'rolling') {
    [filters.from, filters.to] = rollingRange(mode.months, today);
    filters.rolling = mode.months;
  } else {
    filters.rolling = null;
    filters.from ??= monthRange ? formatYearMonth(monthRange[0]) : null;
    filters.to ??= monthRange ? formatYearMonth(monthRange[1]) : null;
  }
  return stringifyExploreUrl({ ...state, filters, dataset: datasetStamp(dataset) }, today);
}

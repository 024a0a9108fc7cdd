import type { Theme } from '../../../src/domain/schema';
import type { ExploreIndex } from './explore-index';
import type { Granularity } from '../../../src/lib/periods';
import { periodLabel, periodOf } from '../../../src/lib/periods';
import type { ThemeCount, TimelineData, TimelinePeriod } from '../../../src/engine/timeline-data';
import { LOW_N } from '../../../src/engine/timeline-data';

export type { ThemeCount, TimelineData, TimelinePeriod } from '../../../src/engine/timeline-data';
export { LOW_N } from '../../../src/engine/timeline-data';

/**
 * Counts articles per theme per period over the dataset's whole date span (empty periods kept, so
 * the axis does not jump while filtering). A year-only date is never pinned to January: it is
 * counted in `unplaced` unless the granularity is a year.
 */
export function buildTimelineData(
  index: ExploreIndex,
  articleIndexes: readonly number[],
  granularity: Granularity,
  themeIds: readonly string[],
): TimelineData {
  const unplaced = { coarse: 0, undated: 0 };
  const periods: TimelinePeriod[] = [];
  if (!index.monthRange) {
    return { granularity, periods, themeIds: [...themeIds], unplaced: { coarse: 0, undated: articleIndexes.length } };
  }
  const [first] = periodOf(index.monthRange[0], granularity);
  const [last] = periodOf(index.monthRange[1], granularity);
  const size = granularity === 'month' ? 1 : granularity === 'quarter' ? 3 : 12;
  for (let start = first; start <= last; start += size) {
    const themes: Record<string, ThemeCount> = {};
    for (const id of themeIds) themes[id] = { count: 0, estimated: 0 };
    periods.push({ start, end: start + size - 1, label: periodLabel(start, granularity), total: 0, estimated: 0, lowN: true, themes });
  }

  const wanted = new Set(themeIds);
  for (const i of articleIndexes) {
    const article = index.articles[i]!;
    const span = index.spans[i];
    if (!article.publishedAt || !span) {
      unplaced.undated += 1;
      continue;
    }
    // Judged on the span, not the precision label, so a `2025` value mislabelled `month` is not pinned to January.
    const [periodStart] = periodOf(span[0], granularity);
    if (periodStart !== periodOf(span[1], granularity)[0]) {
      unplaced.coarse += 1;
      continue;
    }
    const period = periods[(periodStart - first) / size];
    if (!period) continue;
    const estimated = article.publishedAt.confidence === 'confirmed' ? 0 : 1;
    period.total += 1;
    period.estimated += estimated;
    for (const theme of article.themes) {
      if (!wanted.has(theme.id)) continue;
      const cell = period.themes[theme.id]!;
      cell.count += 1;
      cell.estimated += estimated;
    }
  }
  for (const period of periods) period.lowN = period.total < LOW_N;
  return { granularity, periods, themeIds: [...themeIds], unplaced };
}

/**
 * The themes a timeline draws, in taxonomy order: the selected ones when a theme filter is set,
 * else every theme at least one of the given articles carries (empty series only add noise).
 */
export function selectDrawnThemes(
  themes: readonly Theme[],
  selectedIds: readonly string[],
  index: ExploreIndex,
  articleIndexes: readonly number[],
): Theme[] {
  if (selectedIds.length > 0) return themes.filter((theme) => selectedIds.includes(theme.id));
  const present = new Set<string>();
  for (const i of articleIndexes) for (const theme of index.articles[i]!.themes) present.add(theme.id);
  return themes.filter((theme) => present.has(theme.id));
}

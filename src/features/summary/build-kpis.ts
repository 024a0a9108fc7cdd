import type { ExploreIndex } from '../../engine/explore-index';
import type { Filters } from '../../engine/filters';
import { parseYearMonth } from '../../lib/periods';

/** Below this many articles in either period, a change is shown as counts, never as a percentage. */
export const MIN_N = 5;

export interface PeriodCount {
  from: number;
  to: number;
  /** Articles whose whole date span lies inside the period. */
  n: number;
}

export interface VolumeKpi {
  current: PeriodCount;
  previous: PeriodCount;
  /** Relative change, only when both periods rest on at least MIN_N articles. */
  change: number | null;
  status: 'ok' | 'too-few' | 'no-dates';
  /** Articles left out of the comparison: undated, or dated too coarsely to place in one period. */
  imprecise: number;
}

export interface ThemeGrowth {
  id: string;
  current: number;
  previous: number;
}

/**
 * The period the KPIs describe (the filter's range, else the data's span) and the one of equal
 * length just before it. e.g. from 2025-01 to 2025-06 → previous 2024-07 to 2024-12.
 */
export function comparisonPeriods(filters: Pick<Filters, 'from' | 'to'>, monthRange: [number, number] | null): [PeriodCount, PeriodCount] | null {
  const from = (filters.from ? parseYearMonth(filters.from) : null) ?? monthRange?.[0];
  const to = (filters.to ? parseYearMonth(filters.to) : null) ?? monthRange?.[1];
  if (from === undefined || to === undefined || from > to) return null;
  const length = to - from + 1;
  return [
    { from, to, n: 0 },
    { from: from - length, to: from - 1, n: 0 },
  ];
}

const inside = (span: readonly [number, number], period: PeriodCount) => span[0] >= period.from && span[1] <= period.to;

/** Article volume in the period against the previous one, over articles passing every other filter. */
export function buildVolumeKpi(index: ExploreIndex, candidates: readonly number[], filters: Pick<Filters, 'from' | 'to'>): VolumeKpi | null {
  const periods = comparisonPeriods(filters, index.monthRange);
  if (!periods) return null;
  const [current, previous] = periods;
  let imprecise = 0;
  for (const i of candidates) {
    const span = index.spans[i];
    if (span && inside(span, current)) current.n += 1;
    else if (span && inside(span, previous)) previous.n += 1;
    else if (!span || (span[1] >= previous.from && span[0] <= current.to)) imprecise += 1;
  }
  const enough = current.n >= MIN_N && previous.n >= MIN_N;
  const status = current.n + previous.n === 0 ? 'no-dates' : enough ? 'ok' : 'too-few';
  return { current, previous, change: enough ? (current.n - previous.n) / previous.n : null, status, imprecise };
}

/** The theme that gained most articles from the previous period, among themes with at least MIN_N articles across both. */
export function fastestGrowingTheme(index: ExploreIndex, candidates: readonly number[], kpi: VolumeKpi): ThemeGrowth | null {
  const counts = new Map<string, ThemeGrowth>();
  for (const i of candidates) {
    const span = index.spans[i];
    if (!span) continue;
    const side = inside(span, kpi.current) ? 'current' : inside(span, kpi.previous) ? 'previous' : null;
    if (!side) continue;
    for (const { id } of index.articles[i]!.themes) {
      const growth = counts.get(id) ?? { id, current: 0, previous: 0 };
      growth[side] += 1;
      counts.set(id, growth);
    }
  }
  let best: ThemeGrowth | null = null;
  for (const growth of counts.values()) {
    if (growth.current + growth.previous < MIN_N || growth.current <= growth.previous) continue;
    const gain = growth.current - growth.previous;
    if (!best || gain > best.current - best.previous || (gain === best.current - best.previous && growth.id < best.id)) best = growth;
  }
  return best;
}

export interface OrganizationRank {
  id: string;
  articles: number;
  mentions: number;
}

/** Organizations by the number of matching articles naming them (mentions break ties). */
export function rankOrganizations(index: ExploreIndex, matches: readonly number[]): OrganizationRank[] {
  const ranks = new Map<string, OrganizationRank>();
  for (const i of matches) {
    for (const { id, mentions } of index.articles[i]!.organizations) {
      const rank = ranks.get(id) ?? { id, articles: 0, mentions: 0 };
      rank.articles += 1;
      rank.mentions += mentions;
      ranks.set(id, rank);
    }
  }
  return [...ranks.values()].sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
}

/** The most recent matching article by earliest possible date, or null. */
export function newestArticle(index: ExploreIndex, matches: readonly number[]): number | null {
  let newest: number | null = null;
  for (const i of matches) {
    const span = index.spans[i];
    const best = newest === null ? null : index.spans[newest];
    if (span && (!best || span[0] > best[0] || (span[0] === best[0] && span[1] < best[1]))) newest = i;
  }
  return newest;
}

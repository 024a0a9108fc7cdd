import type { ExploreIndex } from '../engine/explore-index';
import type { Filters } from '../../../src/engine/filters';
import type { OrganizationRank, PeriodCount, ThemeGrowth, VolumeKpi } from '../../../src/engine/summary-model';
import { comparisonPeriods, compareRanks, finishVolumeKpi, growsFaster } from '../../../src/engine/summary-model';


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
  return finishVolumeKpi(current, previous, imprecise);
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
  for (const growth of counts.values()) if (growsFaster(growth, best)) best = growth;
  return best;
}

/**
 * Organizations by the number of matching articles naming them (mentions break ties), media left out:
 * they are cited, not acting. An organization listed twice in one article counts once, with its first
 * entry's mentions, as the index stores it.
 */
export function rankOrganizations(index: ExploreIndex, matches: readonly number[], isCited: (id: string) => boolean): OrganizationRank[] {
  const ranks = new Map<string, OrganizationRank>();
  for (const i of matches) {
    const seen = new Set<string>();
    for (const { id, mentions } of index.articles[i]!.organizations) {
      if (seen.has(id) || isCited(id)) continue;
      seen.add(id);
      const rank = ranks.get(id) ?? { id, articles: 0, mentions: 0 };
      rank.articles += 1;
      rank.mentions += mentions;
      ranks.set(id, rank);
    }
  }
  return [...ranks.values()].sort(compareRanks);
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

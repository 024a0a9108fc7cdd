import { parseYearMonth } from '../../../src/lib/periods';
import type { ExploreIndex } from './explore-index';
import type { Filters, SortOrder } from '../../../src/engine/filters';
import type { SearchHit } from './search';
import { searchArticles } from './search';

export interface Selection {
  /** Article indexes passing every filter, in the requested order. */
  matches: number[];
  /** Article indexes passing every filter but the date range: what the timeline draws. */
  timelineMatches: number[];
  /** Theme id → articles it would match if toggled alone, under the other filters. */
  themeCounts: Map<string, number>;
  /** Organization id → articles matching if it were added, under the other filters. */
  orgCounts: Map<string, number>;
  hits: Map<number, SearchHit>;
}


/** Newest first by first possible month, then by last, then article order; undated last (the app's order). */
export function newestFirst(index: ExploreIndex) {
  return (a: number, b: number) => {
    const spanA = index.spans[a];
    const spanB = index.spans[b];
    if (!spanA || !spanB) return spanA ? -1 : spanB ? 1 : a - b;
    // By earliest possible month: a date known only to the year sorts below the dated articles of that year.
    return spanB[0] - spanA[0] || spanB[1] - spanA[1] || a - b;
  };
}

/**
 * One pass over the articles computes the result and every facet: each facet counts under all
 * filters except its own (with `all` organization matching, adding one narrows the result, so
 * organization counts are taken within it).
 */
export function selectMatches(index: ExploreIndex, filters: Filters, sort: SortOrder): Selection {
  const hits = searchArticles(index.search, filters.q);
  const searching = filters.q.trim().length > 0;
  const from = filters.from ? parseYearMonth(filters.from) : null;
  const to = filters.to ? parseYearMonth(filters.to) : null;
  const themeSet = new Set(filters.themes);
  const orgSets = filters.orgs.map((id) => new Set(filters.rollup ? (index.descendants.get(id) ?? [id]) : [id]));
  const countsFor = filters.rollup ? index.rolledUpOrgs : index.directOrgs;

  const matches: number[] = [];
  const timelineMatches: number[] = [];
  const themeCounts = new Map<string, number>();
  const orgCounts = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  index.articles.forEach((article, i) => {
    const span = index.spans[i] ?? null;
    const passDate = (from === null && to === null) || (span !== null && (from === null || span[1] >= from) && (to === null || span[0] <= to));
    const passQuery = !searching || hits.has(i);
    const passTheme = themeSet.size === 0 || article.themes.some((theme) => themeSet.has(theme.id));
    const orgs = index.directOrgs[i]!;
    const mentions = (set: ReadonlySet<string>) => [...set].some((id) => orgs.has(id));
    const passOrg = orgSets.length === 0 || (filters.orgMatch === 'all' ? orgSets.every(mentions) : orgSets.some(mentions));

    if (passOrg && passDate && passQuery) for (const theme of article.themes) bump(themeCounts, theme.id);
    const orgBase = filters.orgMatch === 'all' ? passOrg : true;
    if (orgBase && passTheme && passDate && passQuery) for (const id of countsFor[i]!) bump(orgCounts, id);
    if (passTheme && passOrg && passQuery) {
      timelineMatches.push(i);
      if (passDate) matches.push(i);
    }
  });

  if (sort === 'relevance' && searching) {
    matches.sort((a, b) => (hits.get(b)?.score ?? 0) - (hits.get(a)?.score ?? 0) || a - b);
  } else {
    matches.sort(newestFirst(index));
  }
  return { matches, timelineMatches, themeCounts, orgCounts, hits };
}

import type { Article, Dataset } from '../../../src/domain/schema';
import type { Filters } from '../../../src/engine/filters';
import type { Granularity } from '../../../src/lib/periods';
import { dateSpan, parseYearMonth, periodLabel, periodOf } from '../../../src/lib/periods';

/**
 * The explore semantics written as plainly as possible (arrays of objects, filter, count), to check
 * the columnar engine against. Hits are given, not searched: search is tested on its own.
 */
export interface ReferenceResult {
  matches: number[];
  themeCounts: Map<string, number>;
  orgCounts: Map<string, number>;
  timelineMatches: number[];
}

function ancestors(id: string, dataset: Dataset): string[] {
  const parentOf = new Map(dataset.organizations.filter((org) => org.parentId).map((org) => [org.id, org.parentId!]));
  const chain: string[] = [];
  for (let current = parentOf.get(id); current && current !== id && !chain.includes(current); current = parentOf.get(current)) chain.push(current);
  return chain;
}

export function referenceSelect(
  dataset: Dataset,
  filters: Filters,
  hits: Map<number, number> | null,
  sort: 'date' | 'relevance',
): ReferenceResult {
  const { articles } = dataset;
  const searching = filters.q.trim() !== '';
  const from = filters.from ? parseYearMonth(filters.from) : null;
  const to = filters.to ? parseYearMonth(filters.to) : null;
  const namesUnder = (article: Article, id: string) =>
    article.organizations.some((org) => org.id === id || (filters.rollup && dataset.organizations.some((o) => o.id === org.id) && ancestors(org.id, dataset).includes(id)));
  const counted = (article: Article) => {
    const ids = new Set(article.organizations.map((org) => org.id));
    if (filters.rollup) for (const org of article.organizations) for (const a of ancestors(org.id, dataset)) ids.add(a);
    return ids;
  };
  const passes = articles.map((article, i) => {
    const span = article.publishedAt ? dateSpan(article.publishedAt.value, article.publishedAt.precision) : null;
    return {
      theme: filters.themes.length === 0 || article.themes.some((theme) => filters.themes.includes(theme.id)),
      org:
        filters.orgs.length === 0 ||
        (filters.orgMatch === 'all' ? filters.orgs.every((id) => namesUnder(article, id)) : filters.orgs.some((id) => namesUnder(article, id))),
      date: (from === null && to === null) || (span !== null && (from === null || span[1] >= from) && (to === null || span[0] <= to)),
      query: !searching || (hits?.has(i) ?? false),
      span,
    };
  });

  const themeCounts = new Map<string, number>();
  const orgCounts = new Map<string, number>();
  const matches: number[] = [];
  const timelineMatches: number[] = [];
  articles.forEach((article, i) => {
    const p = passes[i]!;
    if (p.org && p.date && p.query) for (const theme of article.themes) themeCounts.set(theme.id, (themeCounts.get(theme.id) ?? 0) + 1);
    if ((filters.orgMatch === 'all' ? p.org : true) && p.theme && p.date && p.query) {
      for (const id of counted(article)) orgCounts.set(id, (orgCounts.get(id) ?? 0) + 1);
    }
    if (p.theme && p.org && p.query) timelineMatches.push(i);
    if (p.theme && p.org && p.query && p.date) matches.push(i);
  });
  if (sort === 'relevance' && searching) {
    matches.sort((a, b) => hits!.get(b)! - hits!.get(a)! || a - b);
  } else {
    matches.sort((a, b) => {
      const sa = passes[a]!.span;
      const sb = passes[b]!.span;
      if (!sa || !sb) return sa ? -1 : sb ? 1 : a - b;
      return sb[0] - sa[0] || sb[1] - sa[1] || a - b;
    });
  }
  return { matches, themeCounts, orgCounts, timelineMatches };
}

export interface ReferenceTimeline {
  periods: { label: string; total: number; estimated: number; themes: Record<string, { count: number; estimated: number }> }[];
  unplaced: { coarse: number; undated: number };
}

export function referenceTimeline(dataset: Dataset, indexes: number[], granularity: Granularity, themeIds: string[]): ReferenceTimeline {
  const spans = dataset.articles.flatMap((a) => (a.publishedAt ? [dateSpan(a.publishedAt.value, a.publishedAt.precision)] : []));
  if (spans.length === 0) return { periods: [], unplaced: { coarse: 0, undated: indexes.length } };
  const size = granularity === 'month' ? 1 : granularity === 'quarter' ? 3 : 12;
  const first = periodOf(Math.min(...spans.map((s) => s[0])), granularity)[0];
  const last = periodOf(Math.max(...spans.map((s) => s[1])), granularity)[0];
  const periods: ReferenceTimeline['periods'] = [];
  for (let start = first; start <= last; start += size) {
    periods.push({ label: periodLabel(start, granularity), total: 0, estimated: 0, themes: Object.fromEntries(themeIds.map((id) => [id, { count: 0, estimated: 0 }])) });
  }
  const unplaced = { coarse: 0, undated: 0 };
  for (const i of indexes) {
    const article = dataset.articles[i]!;
    if (!article.publishedAt) {
      unplaced.undated++;
      continue;
    }
    const span = dateSpan(article.publishedAt.value, article.publishedAt.precision);
    if (periodOf(span[0], granularity)[0] !== periodOf(span[1], granularity)[0]) {
      unplaced.coarse++;
      continue;
    }
    const period = periods[(periodOf(span[0], granularity)[0] - first) / size]!;
    const estimated = article.publishedAt.confidence === 'confirmed' ? 0 : 1;
    period.total++;
    period.estimated += estimated;
    for (const theme of article.themes) {
      const cell = period.themes[theme.id];
      if (!cell) continue;
      cell.count++;
      cell.estimated += estimated;
    }
  }
  return { periods, unplaced };
}

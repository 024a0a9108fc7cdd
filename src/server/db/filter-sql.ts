import type { Filters, SortOrder } from '../../engine/filters';
import { parseYearMonth } from '../../lib/periods';
import { prefixQuery } from './search-terms';

/** The app's date order of articles `a`: newest first by first month, then by last month, then the dataset's own order; undated last. */
export const NEWEST_FIRST = 'a.span_start IS NULL, a.span_start DESC, a.span_end DESC, a.position';

/**
 * The order of a view's results over articles `a`: by date, or with a query by relevance when asked.
 * Relevance is PostgreSQL's own ranking (ts_rank over title A, highlights B and text D), ties in the
 * dataset's order; the worker scores its own way, so the two agree on what matches, not on its order.
 */
export function resultOrder(filters: Pick<Filters, 'q'>, sort: SortOrder, values: unknown[]): string {
  const query = sort === 'relevance' ? prefixQuery(filters.q) : null;
  return query === null ? NEWEST_FIRST : `ts_rank(a.search, $${values.push(query)}::tsquery) DESC, a.position`;
}

/**
 * The condition on articles `a` of the version in `$1` that the filters select, as the worker's engine
 * selects them; every value is appended to `values` and referred to by its number. Themes: any of
 * them. Organizations: any or all, through their parent groups with roll-up (the article's own lists,
 * GIN-indexed: no join). Dates: a span that overlaps the months (a rolling window comes resolved into
 * them), undated articles only with no range. Query: every word, as a prefix (search-terms.ts).
 */
export function filterCondition(filters: Filters, values: unknown[]): string {
  const param = (value: unknown, type: string) => `$${values.push(value)}::${type}`;
  const conditions: string[] = [];
  if (filters.themes.length) conditions.push(`a.theme_ids && ${param(filters.themes, 'text[]')}`);
  if (filters.orgs.length) {
    const ids = [...new Set(filters.orgs)];
    const column = filters.rollup ? 'a.rolled_org_ids' : 'a.org_ids';
    conditions.push(`${column} ${filters.orgMatch === 'all' ? '@>' : '&&'} ${param(ids, 'text[]')}`);
  }
  const from = filters.from ? parseYearMonth(filters.from) : null;
  const to = filters.to ? parseYearMonth(filters.to) : null;
  if (from !== null || to !== null) conditions.push('a.span_start IS NOT NULL');
  if (from !== null) conditions.push(`a.span_end >= ${param(from, 'int')}`);
  if (to !== null) conditions.push(`a.span_start <= ${param(to, 'int')}`);
  if (filters.q.trim()) {
    const query = prefixQuery(filters.q);
    conditions.push(query === null ? 'false' : `a.search @@ ${param(query, 'tsquery')}`);
  }
  return conditions.length ? conditions.join(' AND ') : 'true';
}

/** The articles `a` of the version in `$1` passing `filters`, and the values their condition refers to (more may be appended). */
export function scopeOf(version: string, filters: Filters): { where: string; values: unknown[] } {
  const values: unknown[] = [version];
  return { where: `a.dataset_version = $1 AND ${filterCondition(filters, values)}`, values };
}

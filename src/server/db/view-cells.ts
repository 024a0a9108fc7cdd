import type { Filters } from '../../engine/contract';
import { parseYearMonth } from '../../lib/periods';
import { scopeOf } from './filter-sql';

/**
 * A view's counts per date cell (first month, months spanned, estimated or not), whatever the dates:
 * the relation every count of Explore and the summary sums, with the dates applied to its cells
 * (`cellDates`). For the broad views — all articles, or one theme's, nothing else but dates — it is
 * the roll-up the loader wrote (migrations 0003, 0004); for any other view it is grouped from the
 * matching articles' own lists. Either way the same columns, so each count is one query over it.
 */
export interface Cells {
  /** A parenthesized subquery, to be named `c` by the caller. */
  relation: string;
  /** The values its `$n` refer to: the version first, so the caller appends its own after. */
  values: unknown[];
}

/** Theme cells: `span_start, extra, estimated, theme_id ('' for the articles themselves), n (tags), articles, figures`. */
export function themeCells(version: string, filters: Filters): Cells {
  const view = rolledUpView(filters);
  if (view !== null) {
    return {
      relation: `(SELECT span_start, extra, estimated, theme_id, n, articles, figures FROM rollup_theme_cells WHERE dataset_version = $1 AND view_theme = $2)`,
      values: [version, view],
    };
  }
  const { where, values } = scopeOf(version, undated(filters));
  return {
    relation: `(SELECT a.span_start, a.span_end - a.span_start AS extra, a.estimated, t.theme_id, count(*)::int AS n, count(DISTINCT a.id)::int AS articles,
                       CASE WHEN t.theme_id = '' THEN sum(a.figure_count)::int ELSE 0 END AS figures
                  FROM articles a CROSS JOIN LATERAL (SELECT '' AS theme_id UNION ALL SELECT x FROM unnest(a.theme_ids) x) t
                 WHERE ${where} GROUP BY 1, 2, 3, 4)`,
    values,
  };
}

/**
 * Organization cells: `span_start, extra, organization_id, n (articles naming it, or with roll-up
 * anything under it), mentions (direct only)`. Unlike theme cells, which a timeline reads at every
 * date, a live view's are grouped from the articles within its dates only: every reader sums them
 * within those dates, and a query's view at a million articles reads a tenth of its matches' rows.
 */
export function orgCells(version: string, filters: Filters, rolled: boolean): Cells {
  const view = rolledUpView(filters);
  if (view !== null) {
    return {
      relation: `(SELECT span_start, extra, organization_id, n, mentions FROM rollup_org_cells WHERE dataset_version = $1 AND view_theme = $2 AND rolled = $3)`,
      values: [version, view, rolled],
    };
  }
  const { where, values } = scopeOf(version, filters);
  const named = rolled ? 'unnest(a.rolled_org_ids) AS o(id)' : 'unnest(a.org_ids, a.org_mentions) AS o(id, mentions)';
  return {
    relation: `(SELECT a.span_start, a.span_end - a.span_start AS extra, o.id AS organization_id, count(*)::int AS n, ${rolled ? '0' : 'sum(o.mentions)'}::bigint AS mentions
                  FROM articles a, ${named} WHERE ${where} GROUP BY 1, 2, 3)`,
    values,
  };
}

/** The condition on cells `c` that their articles' dates overlap the filters' months, as filterCondition's on articles. */
export function cellDates(filters: Pick<Filters, 'from' | 'to'>, values: unknown[]): string {
  const from = filters.from ? parseYearMonth(filters.from) : null;
  const to = filters.to ? parseYearMonth(filters.to) : null;
  const conditions = from !== null || to !== null ? ['c.span_start IS NOT NULL'] : [];
  if (from !== null) conditions.push(`c.span_start + c.extra >= $${values.push(from)}::int`);
  if (to !== null) conditions.push(`c.span_start <= $${values.push(to)}::int`);
  return conditions.length ? conditions.join(' AND ') : 'true';
}

const undated = (filters: Filters): Filters => ({ ...filters, from: null, to: null, rolling: null });

/** The roll-up view holding a view's cells: all articles ('') or one theme's, when nothing but dates narrows it; else null. */
function rolledUpView(filters: Filters): string | null {
  return filters.orgs.length === 0 && !filters.q.trim() && filters.themes.length <= 1 ? (filters.themes[0] ?? '') : null;
}

import type { Filters } from '../../engine/contract';
import { parseYearMonth } from '../../lib/periods';
import { scopeOf } from './filter-sql';

/**
 * A view's counts per date cell (first month, months spanned, estimated or not), whatever the dates:
 * the relation every count of Explore and the summary sums, with the dates applied to its cells
 * (`cellDates`). For the broad views — all articles, or one theme's, nothing else but dates — it is
 * the roll-up the loader wrote (migrations 0003, 0004), and so are a much-named organization's theme
 * cells, with a theme or none (0005); for any other view it is grouped from the matching articles'
 * own lists. Either way the same columns, so each count is one query over it.
 */
export interface Cells {
  /** A parenthesized subquery, to be named `c` by the caller. */
  relation: string;
  /** The values its `$n` refer to: the version first, so the caller appends its own after. */
  values: unknown[];
}

/**
 * A theme's rows per list of themes: '' once for the article, then each theme it lists once, with how
 * many times it lists it. Counted so rather than with count(DISTINCT a.id), which sorts every row.
 */
const themesOf = (list: string) => `(SELECT '' AS theme_id, 1 AS times UNION ALL SELECT x, count(*) FROM unnest(${list}) x GROUP BY x)`;

/** Theme cells: `span_start, extra, estimated, theme_id ('' for the articles themselves), n (tags), articles, figures, chosen` (facetCellsMarkingView; true here). */
export function themeCells(version: string, filters: Filters, rolledUpOrgs: ReadonlySet<string>): Cells {
  const columns = 'span_start, extra, estimated, theme_id, n, articles, figures, true AS chosen';
  const view = rolledUpView(filters);
  if (view !== null) {
    return { relation: `(SELECT ${columns} FROM rollup_theme_cells WHERE dataset_version = $1 AND view_theme = $2)`, values: [version, view] };
  }
  const org = rolledUpOrganization(filters, rolledUpOrgs);
  if (org !== null) {
    return {
      relation: `(SELECT s.span_start, s.extra, s.estimated, t.theme_id, sum(s.articles * t.times)::int AS n, sum(s.articles)::int AS articles,
                         CASE WHEN t.theme_id = '' THEN sum(s.figures)::int ELSE 0 END AS figures, true AS chosen
                    FROM rollup_org_theme_lists s CROSS JOIN LATERAL ${themesOf('s.theme_ids')} t
                   WHERE s.dataset_version = $1 AND s.organization_id = $2 AND s.rolled = $3 AND ($4::text = '' OR $4::text = ANY(s.theme_ids))
                   GROUP BY 1, 2, 3, 4)`,
      values: [version, org, filters.rollup, filters.themes[0] ?? ''],
    };
  }
  return liveThemeCells(version, filters, null);
}

/** Theme cells grouped from the matching articles `a`, whatever the dates, with `chosen`: whether they carry one of `chosenThemes` (true with none given). */
function liveThemeCells(version: string, filters: Filters, chosenThemes: readonly string[] | null): Cells {
  const { where, values } = scopeOf(version, undated(filters));
  const chosen = chosenThemes ? `a.theme_ids && $${values.push(chosenThemes)}::text[]` : 'true';
  return {
    relation: `(SELECT a.span_start, a.span_end - a.span_start AS extra, a.estimated, t.theme_id, sum(t.times)::int AS n, count(*)::int AS articles,
                       CASE WHEN t.theme_id = '' THEN sum(a.figure_count)::int ELSE 0 END AS figures, ${chosen} AS chosen
                  FROM articles a CROSS JOIN LATERAL ${themesOf('a.theme_ids')} t
                 WHERE ${where} GROUP BY 1, 2, 3, 4, 8)`,
    values,
  };
}

/**
 * For a view with themes chosen whose theme facet is counted live, the facet's cells (every filter
 * but the themes) with `chosen` marking those of articles carrying a chosen theme: the view's own
 * cells. One scan of the articles for both, where a query's view would scan them twice. Null when
 * the facet is read from a roll-up.
 */
export function facetCellsMarkingView(version: string, filters: Filters, rolledUpOrgs: ReadonlySet<string>): Cells | null {
  const facet = { ...filters, themes: [] };
  if (filters.themes.length === 0 || rolledUpView(facet) !== null || rolledUpOrganization(facet, rolledUpOrgs) !== null) return null;
  return liveThemeCells(version, facet, filters.themes);
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
export function rolledUpView(filters: Filters): string | null {
  return filters.orgs.length === 0 && !filters.q.trim() && filters.themes.length <= 1 ? (filters.themes[0] ?? '') : null;
}

/** The organization whose roll-up holds a view's theme cells: its only one, rolled up, with a theme or none and no query; else null. */
function rolledUpOrganization(filters: Filters, rolledUpOrgs: ReadonlySet<string>): string | null {
  const orgs = new Set(filters.orgs);
  if (orgs.size !== 1 || filters.q.trim() || filters.themes.length > 1) return null;
  const [org] = orgs;
  return rolledUpOrgs.has(org!) ? org! : null;
}

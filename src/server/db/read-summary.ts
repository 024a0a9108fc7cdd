import type pg from 'pg';
import type { Filters, SummaryModel, SummaryRequest } from '../../engine/contract';
import type { OrganizationRank, SummaryArticle, SummaryFigures, ThemeGrowth } from '../../engine/summary-model';
import { FIGURE_ROWS, LATEST, TOP_ORGS, comparisonPeriods, compareRanks, finishVolumeKpi, growsFaster } from '../../engine/summary-model';
import type { ThemeCount, TimelineData } from '../../engine/timeline-data';
import { LOW_N } from '../../engine/timeline-data';
import type { Granularity } from '../../lib/periods';
import { defaultGranularity, periodLabel } from '../../lib/periods';
import type { DatasetLayout } from './dataset-layout';
import { NEWEST_FIRST, scopeOf } from './filter-sql';
import { publishedAtOf } from './read-cards';
import type { Cells } from './view-cells';
import { cellDates, orgCells, rolledUpView, themeCells } from './view-cells';

const SIZE: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };
/** What the KPI tile and "what's new" show of these articles, in the view's date order. */
async function summaryArticles(client: pg.ClientBase, where: string, values: unknown[], order: string, limit: number): Promise<SummaryArticle[]> {
  const { rows } = await client.query<Record<string, unknown>>(
    `SELECT a.id, a.title, a.publisher, a.published_value, a.published_precision, a.published_confidence, a.published_origin, a.published_note, a.highlights[1] AS highlight
       FROM articles a WHERE ${where} ORDER BY ${order} LIMIT ${limit}`,
    values,
  );
  return rows.map((row) => ({ id: row.id as string, title: row.title as string, publisher: row.publisher as string, publishedAt: publishedAtOf(row), highlight: (row.highlight as string | null) ?? null }));
}

/**
 * The volume KPI and the fastest-growing theme: the articles passing every filter but the dates whose
 * whole span lies in the current or the previous period, and those the comparison leaves out
 * (undated, or spanning across the periods' edges).
 */
async function comparison(client: pg.ClientBase, version: string, layout: DatasetLayout, filters: Filters) {
  const periods = comparisonPeriods(filters, layout.monthRange);
  if (!periods) return { volume: null, growth: null };
  const [current, previous] = periods;
  const { relation, values } = themeCells(version, filters, layout.rolledUpOrgs);
  const p = (n: number) => `$${values.push(n)}::int`;
  const end = 'c.span_start + c.extra';
  const side = `CASE WHEN c.span_start IS NULL THEN 3
      WHEN c.span_start >= ${p(current.from)} AND ${end} <= ${p(current.to)} THEN 1
      WHEN c.span_start >= ${p(previous.from)} AND ${end} <= ${p(previous.to)} THEN 2
      WHEN ${end} >= ${p(previous.from)} AND c.span_start <= ${p(current.to)} THEN 3 ELSE 0 END`;
  const { rows } = await client.query<{ side: number; id: string; n: number }>(`SELECT ${side} AS side, c.theme_id AS id, sum(c.n)::int AS n FROM ${relation} c GROUP BY 1, 2`, values);
  const count = (s: number) => rows.find((row) => row.side === s && row.id === '')?.n ?? 0;
  current.n = count(1);
  previous.n = count(2);
  const volume = finishVolumeKpi(current, previous, count(3));
  const byTheme = new Map<string, ThemeGrowth>();
  for (const { side: s, id, n } of rows) {
    if (id === '' || (s !== 1 && s !== 2)) continue;
    const growth = byTheme.get(id) ?? { id, current: 0, previous: 0 };
    if (s === 1) growth.current = n;
    else growth.previous = n;
    byTheme.set(id, growth);
  }
  let growth: ThemeGrowth | null = null;
  for (const candidate of byTheme.values()) if (growsFaster(candidate, growth)) growth = candidate;
  return { volume, growth };
}

/**
 * The drawn themes per period over the dataset's whole span, at the granularity its span calls for:
 * an article counts in the period its whole span lies in, else as coarse; undated ones apart.
 */
async function trend(client: pg.ClientBase, cells: Cells, dates: string, layout: DatasetLayout, drawn: readonly string[]): Promise<TimelineData> {
  const { monthRange } = layout;
  const granularity: Granularity = monthRange ? defaultGranularity(...monthRange) : 'year';
  const size = SIZE[granularity];
  const period = `c.span_start - c.span_start % ${size}`;
  const placed = `${period} = (c.span_start + c.extra) - (c.span_start + c.extra) % ${size}`;
  const { rows } = await client.query<{ start: number | null; placed: boolean | null; id: string; n: number; late: number }>(
    `SELECT ${period} AS start, ${placed} AS placed, c.theme_id AS id, sum(c.n)::int AS n, coalesce(sum(c.n) FILTER (WHERE c.estimated), 0)::int AS late
       FROM ${cells.relation} c WHERE ${dates} GROUP BY 1, 2, 3`,
    cells.values,
  );
  const articles = rows.filter((row) => row.id === '');
  const first = monthRange ? monthRange[0] - (monthRange[0] % size) : 0;
  const count = monthRange ? (monthRange[1] - (monthRange[1] % size) - first) / size + 1 : 0;
  const periods: TimelineData['periods'] = Array.from({ length: count }, (_, k) => {
    const start = first + k * size;
    const cell = (id: string) => rows.find((row) => row.placed === true && row.start === start && row.id === id);
    const themeCounts: Record<string, ThemeCount> = {};
    for (const id of drawn) themeCounts[id] = { count: cell(id)?.n ?? 0, estimated: cell(id)?.late ?? 0 };
    const total = cell('')?.n ?? 0;
    return { start, end: start + size - 1, label: periodLabel(start, granularity), total, estimated: cell('')?.late ?? 0, lowN: total < LOW_N, themes: themeCounts };
  });
  const sum = (list: typeof rows) => list.reduce((n, row) => n + row.n, 0);
  const unplaced = { coarse: sum(articles.filter((row) => row.placed === false)), undated: sum(articles.filter((row) => row.start === null)) };
  return { granularity, periods, themeIds: [...drawn], unplaced };
}

type GridCount = { org: string; theme: string; n: number };

/**
 * The grid: per top organization, the matches naming it, per theme they list (each listing counts).
 * Of a broad view (view-cells.ts), a much-named organization's are summed from its roll-up's lists
 * of themes (migration 0005); the others' are counted from the matches.
 */
async function gridCounts(client: pg.ClientBase, version: string, layout: DatasetLayout, filters: Filters, top: readonly string[]): Promise<GridCount[]> {
  const view = rolledUpView(filters);
  const fromLists = view === null ? [] : top.filter((id) => layout.rolledUpOrgs.has(id));
  const live = top.filter((id) => !fromLists.includes(id));
  const counts: GridCount[] = [];
  if (fromLists.length) {
    const values: unknown[] = [version, fromLists, view];
    const { rows } = await client.query<GridCount>(
      `SELECT c.organization_id AS org, t AS theme, sum(c.articles)::int AS n FROM rollup_org_theme_lists c, unnest(c.theme_ids) t
        WHERE c.dataset_version = $1 AND c.organization_id = ANY($2::text[]) AND NOT c.rolled AND ($3::text = '' OR $3::text = ANY(c.theme_ids)) AND ${cellDates(filters, values)}
        GROUP BY 1, 2`,
      values,
    );
    counts.push(...rows);
  }
  if (live.length) {
    const { where, values } = scopeOf(version, filters);
    const { rows } = await client.query<GridCount>(
      `SELECT o AS org, t AS theme, count(*)::int AS n FROM articles a, unnest(a.org_ids) o, unnest(a.theme_ids) t
        WHERE ${where} AND a.org_ids && $${values.length + 1}::text[] AND o = ANY($${values.length + 1}::text[]) GROUP BY 1, 2`,
      [...values, live],
    );
    counts.push(...rows);
  }
  return counts;
}

/**
 * The summary page's model of a view, as the worker builds it (src/engine/columnar/summary-model.ts):
 * the KPIs over the articles passing every filter but the dates, everything else over the matches.
 * Counts are sums over the view's cells (view-cells.ts: a broad view's roll-up, any other's grouped
 * live), and so is a broad view's grid (gridCounts); the key figures and the articles listed are
 * read from the matches.
 */
export async function readSummary(client: pg.ClientBase, version: string, layout: DatasetLayout, { filters }: SummaryRequest): Promise<SummaryModel> {
  const { volume, growth } = await comparison(client, version, layout, filters);
  const cells = themeCells(version, filters, layout.rolledUpOrgs);
  const dates = cellDates(filters, cells.values);
  const counted = await client.query<{ id: string; articles: number; figures: number }>(
    `SELECT c.theme_id AS id, sum(c.articles)::int AS articles, sum(c.figures)::int AS figures FROM ${cells.relation} c WHERE ${dates} GROUP BY 1`,
    cells.values,
  );
  const total = counted.rows.find((row) => row.id === '')?.articles ?? 0;

  // Themes of the taxonomy the matches carry, in its order, each counted once per article.
  const themes = layout.envelope.taxonomy.themes.flatMap(({ id }) => {
    const n = counted.rows.find((row) => row.id === id)?.articles ?? 0;
    return n > 0 ? [{ id, count: n }] : [];
  });
  const drawn = themes.map((theme) => theme.id);

  // Organizations acting (media are cited sources, never ranked), each once per article with the mentions of its first entry.
  const orgs = orgCells(version, filters, false);
  const orgDates = cellDates(filters, orgs.values);
  const ranked = await client.query<OrganizationRank>(
    `SELECT c.organization_id AS id, sum(c.n)::int AS articles, sum(c.mentions)::float8 AS mentions FROM ${orgs.relation} c
      WHERE ${orgDates} AND NOT EXISTS (SELECT 1 FROM organizations o WHERE o.dataset_version = $1 AND o.id = c.organization_id AND o.type = 'media')
      GROUP BY 1`,
    orgs.values,
  );
  const organizations = ranked.rows.sort(compareRanks).slice(0, TOP_ORGS);
  const top = organizations.map((org) => org.id);

  const grid = await gridCounts(client, version, layout, filters, top);
  const matrix = top.map((org) => drawn.map((theme) => grid.find((cell) => cell.org === org && cell.theme === theme)?.n ?? 0));
  const { where, values } = scopeOf(version, filters);

  // The first figures of the matches, newest article first, with who states each when the dataset's dictionary has them.
  const figureRows = await client.query<{ text: string; measure: string; claimant_id: string | null; claimed_from: string | null; id: string; title: string; publisher: string }>(
    `SELECT x.text, x.measure, x.claimant_id, x.claimed_from, a.id, a.title, a.publisher
       FROM (SELECT a.* FROM articles a WHERE ${where} AND a.figure_count > 0 ORDER BY ${NEWEST_FIRST} LIMIT ${FIGURE_ROWS}) a
       JOIN figures x ON x.dataset_version = a.dataset_version AND x.article_id = a.id
      ORDER BY ${NEWEST_FIRST}, x.ordinal LIMIT ${FIGURE_ROWS}`,
    values,
  );
  const orgIds = new Set(layout.orgIds);
  const figures: SummaryFigures = {
    count: counted.rows.find((row) => row.id === '')?.figures ?? 0,
    rows: figureRows.rows.map((f) => ({
      text: f.text,
      measure: f.measure as SummaryFigures['rows'][number]['measure'],
      ...(f.claimant_id !== null && orgIds.has(f.claimant_id) && { claimant: { id: f.claimant_id, from: f.claimed_from as 'sentence' | 'previous-sentence' } }),
      article: { id: f.id, title: f.title, publisher: f.publisher },
    })),
  };

  // The newest: the latest first month, then the narrowest span, then the dataset's order.
  const [newest] = await summaryArticles(client, `${where} AND a.span_start IS NOT NULL`, values, 'a.span_start DESC, a.span_end, a.position', 1);
  return {
    total,
    volume,
    growth,
    newest: newest ?? null,
    themes,
    trend: await trend(client, cells, dates, layout, drawn),
    organizations,
    matrix,
    figures,
    latest: await summaryArticles(client, where, values, NEWEST_FIRST, LATEST),
  };
}

import type pg from 'pg';
import type { Filters, SummaryModel, SummaryRequest } from '../../engine/contract';
import type { OrganizationRank, SummaryArticle, SummaryFigures, ThemeGrowth } from '../../engine/summary-model';
import { FIGURE_ROWS, LATEST, TOP_ORGS, comparisonPeriods, compareRanks, finishVolumeKpi, growsFaster } from '../../engine/summary-model';
import type { ThemeCount, TimelineData } from '../../engine/timeline-data';
import { LOW_N } from '../../engine/timeline-data';
import type { Granularity } from '../../lib/periods';
import { defaultGranularity, periodLabel } from '../../lib/periods';
import type { DatasetLayout } from './dataset-layout';
import { JOIN_ARTICLE, NEWEST_FIRST, scopeOf } from './filter-sql';
import { publishedAtOf } from './read-cards';

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
  const { where, values } = scopeOf(version, { ...filters, from: null, to: null, rolling: null });
  const p = (n: number) => `$${values.push(n)}::int`;
  const side = `CASE WHEN a.span_start IS NULL THEN 3
      WHEN a.span_start >= ${p(current.from)} AND a.span_end <= ${p(current.to)} THEN 1
      WHEN a.span_start >= ${p(previous.from)} AND a.span_end <= ${p(previous.to)} THEN 2
      WHEN a.span_end >= ${p(previous.from)} AND a.span_start <= ${p(current.to)} THEN 3 ELSE 0 END`;
  const sides = await client.query<{ side: number; n: number }>(`SELECT ${side} AS side, count(*)::int AS n FROM articles a WHERE ${where} GROUP BY 1`, values);
  const count = (s: number) => sides.rows.find((row) => row.side === s)?.n ?? 0;
  current.n = count(1);
  previous.n = count(2);
  const volume = finishVolumeKpi(current, previous, count(3));
  const themes = await client.query<{ side: number; id: string; n: number }>(
    `SELECT s.side, s.id, count(*)::int AS n FROM (SELECT ${side} AS side, x.theme_id AS id FROM article_themes x ${JOIN_ARTICLE} WHERE ${where}) s
      WHERE s.side IN (1, 2) GROUP BY 1, 2`,
    values,
  );
  const byTheme = new Map<string, ThemeGrowth>();
  for (const { side: s, id, n } of themes.rows) {
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
async function trend(client: pg.ClientBase, where: string, values: unknown[], layout: DatasetLayout, drawn: readonly string[]): Promise<TimelineData> {
  const { monthRange } = layout;
  const granularity: Granularity = monthRange ? defaultGranularity(...monthRange) : 'year';
  const size = SIZE[granularity];
  const period = `a.span_start - a.span_start % ${size}`;
  const placed = `a.span_start IS NOT NULL AND ${period} = a.span_end - a.span_end % ${size}`;
  const late = `(a.published_confidence <> 'confirmed')`;
  const unplaced = await client.query<{ coarse: number; undated: number }>(
    `SELECT count(*) FILTER (WHERE a.span_start IS NOT NULL AND NOT (${placed}))::int AS coarse, count(*) FILTER (WHERE a.span_start IS NULL)::int AS undated FROM articles a WHERE ${where}`,
    values,
  );
  const totals = await client.query<{ start: number; n: number; late: number }>(
    `SELECT ${period} AS start, count(*)::int AS n, count(*) FILTER (WHERE ${late})::int AS late FROM articles a WHERE ${where} AND ${placed} GROUP BY 1`,
    values,
  );
  const themes = await client.query<{ start: number; id: string; n: number; late: number }>(
    `SELECT ${period} AS start, x.theme_id AS id, count(*)::int AS n, count(*) FILTER (WHERE ${late})::int AS late
       FROM article_themes x ${JOIN_ARTICLE} WHERE ${where} AND ${placed} GROUP BY 1, 2`,
    values,
  );
  const first = monthRange ? monthRange[0] - (monthRange[0] % size) : 0;
  const count = monthRange ? (monthRange[1] - (monthRange[1] % size) - first) / size + 1 : 0;
  const periods: TimelineData['periods'] = Array.from({ length: count }, (_, k) => {
    const start = first + k * size;
    const row = totals.rows.find((r) => r.start === start);
    const themeCounts: Record<string, ThemeCount> = {};
    for (const id of drawn) {
      const cell = themes.rows.find((r) => r.start === start && r.id === id);
      themeCounts[id] = { count: cell?.n ?? 0, estimated: cell?.late ?? 0 };
    }
    const total = row?.n ?? 0;
    return { start, end: start + size - 1, label: periodLabel(start, granularity), total, estimated: row?.late ?? 0, lowN: total < LOW_N, themes: themeCounts };
  });
  return { granularity, periods, themeIds: [...drawn], unplaced: unplaced.rows[0]! };
}

/**
 * The summary page's model of a view, as the worker builds it (src/engine/columnar/summary-model.ts):
 * the KPIs over the articles passing every filter but the dates, everything else over the matches,
 * each part one aggregate query.
 */
export async function readSummary(client: pg.ClientBase, version: string, layout: DatasetLayout, { filters }: SummaryRequest): Promise<SummaryModel> {
  const { volume, growth } = await comparison(client, version, layout, filters);
  const { where, values } = scopeOf(version, filters);
  const total = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles a WHERE ${where}`, values)).rows[0]!.n;

  // Themes of the taxonomy the matches carry, in its order, each counted once per article.
  const themeRows = await client.query<{ id: string; n: number }>(
    `SELECT x.theme_id AS id, count(DISTINCT x.article_id)::int AS n FROM article_themes x ${JOIN_ARTICLE} WHERE ${where} GROUP BY 1`,
    values,
  );
  const listed = (await client.query<{ id: string }>("SELECT t->>'id' AS id FROM datasets d, jsonb_array_elements(d.taxonomy->'themes') WITH ORDINALITY AS x(t, n) WHERE d.version = $1 ORDER BY x.n", [version])).rows.map((row) => row.id);
  const themes = [...new Set(listed)].flatMap((id) => {
    const n = themeRows.rows.find((row) => row.id === id)?.n ?? 0;
    return n > 0 ? [{ id, count: n }] : [];
  });
  const drawn = themes.map((theme) => theme.id);

  // Organizations acting (media are cited sources, never ranked), each once per article with the mentions of its first entry.
  const named = `SELECT DISTINCT ON (x.article_id, x.organization_id) x.article_id, x.organization_id, least(x.mentions, 65535) AS mentions
                   FROM article_organizations x ${JOIN_ARTICLE} WHERE ${where} ORDER BY x.article_id, x.organization_id, x.ordinal`;
  const ranked = await client.query<OrganizationRank>(
    `SELECT n.organization_id AS id, count(*)::int AS articles, sum(n.mentions)::float8 AS mentions FROM (${named}) n
      WHERE NOT EXISTS (SELECT 1 FROM organizations o WHERE o.dataset_version = $1 AND o.id = n.organization_id AND o.type = 'media')
      GROUP BY 1`,
    values,
  );
  const organizations = ranked.rows.sort(compareRanks).slice(0, TOP_ORGS);
  const top = organizations.map((org) => org.id);
  const cells = await client.query<{ org: string; theme: string; n: number }>(
    `SELECT n.organization_id AS org, t.theme_id AS theme, count(*)::int AS n FROM (${named}) n
       JOIN article_themes t ON t.dataset_version = $1 AND t.article_id = n.article_id
      WHERE n.organization_id = ANY($${values.length + 1}::text[]) GROUP BY 1, 2`,
    [...values, top],
  );
  const matrix = top.map((org) => drawn.map((theme) => cells.rows.find((cell) => cell.org === org && cell.theme === theme)?.n ?? 0));

  // The first figures of the matches, newest article first, with who states each when the dataset's dictionary has them.
  const figureCount = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM figures x ${JOIN_ARTICLE} WHERE ${where}`, values)).rows[0]!.n;
  const figureRows = await client.query<{ text: string; measure: string; claimant_id: string | null; claimed_from: string | null; id: string; title: string; publisher: string }>(
    `SELECT x.text, x.measure, x.claimant_id, x.claimed_from, a.id, a.title, a.publisher FROM figures x ${JOIN_ARTICLE} WHERE ${where} ORDER BY ${NEWEST_FIRST}, x.ordinal LIMIT ${FIGURE_ROWS}`,
    values,
  );
  const orgIds = new Set(layout.orgIds);
  const figures: SummaryFigures = {
    count: figureCount,
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
    trend: await trend(client, where, values, layout, drawn),
    organizations,
    matrix,
    figures,
    latest: await summaryArticles(client, where, values, NEWEST_FIRST, LATEST),
  };
}

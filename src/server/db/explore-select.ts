import type pg from 'pg';
import { tokenize } from '../../engine/columnar/compact-search';
import { toCumulative } from '../../engine/columnar/cube';
import type { ArticleCard, ExploreAnswer, ExploreRequest, Filters, TimelineCube } from '../../engine/contract';
import type { DatasetLayout } from './dataset-layout';
import { parseYearMonth } from '../../lib/periods';
import { resultOrder, scopeOf } from './filter-sql';
import { readCards } from './read-cards';

/** Per id of `ids`, the `n` of the row naming it (0 when none does). */
function countsBy(ids: readonly string[], rows: readonly { id: string; n: number }[]): Int32Array {
  const at = new Map(ids.map((id, k) => [id, k]));
  const counts = new Int32Array(ids.length);
  for (const { id, n } of rows) {
    const k = at.get(id);
    if (k !== undefined) counts[k] = n;
  }
  return counts;
}

/**
 * The roll-up view (src/server/db/migrations/0003-…) that holds a view's counts: all articles ('') or
 * one theme's, when nothing else but dates narrows it; else null, and the view is counted live.
 */
function rolledUpView(filters: Filters): string | null {
  return filters.orgs.length === 0 && !filters.q.trim() && filters.themes.length <= 1 ? (filters.themes[0] ?? '') : null;
}

/** The condition on roll-up cells `c` that their articles' dates overlap the filters' months, as filterCondition's on articles. */
function cellDates(filters: Filters, values: unknown[]): string {
  const from = filters.from ? parseYearMonth(filters.from) : null;
  const to = filters.to ? parseYearMonth(filters.to) : null;
  const conditions = from !== null || to !== null ? ['c.span_start IS NOT NULL'] : [];
  if (from !== null) conditions.push(`c.span_start + c.extra >= $${values.push(from)}::int`);
  if (to !== null) conditions.push(`c.span_start <= $${values.push(to)}::int`);
  return conditions.length ? conditions.join(' AND ') : 'true';
}

/** Articles passing every filter: from the roll-up cells of a broad view, else counted. */
async function totalOf(client: pg.ClientBase, version: string, filters: Filters): Promise<number> {
  const view = rolledUpView(filters);
  if (view !== null) {
    const values: unknown[] = [version, view];
    const dates = cellDates(filters, values);
    const { rows } = await client.query<{ n: number }>(
      `SELECT coalesce(sum(n), 0)::int AS n FROM rollup_theme_cells c WHERE c.dataset_version = $1 AND c.view_theme = $2 AND c.theme_id = '' AND ${dates}`,
      values,
    );
    return rows[0]!.n;
  }
  const { where, values } = scopeOf(version, filters);
  return (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles a WHERE ${where}`, values)).rows[0]!.n;
}

/** Per theme, the articles it would match under the other filters (themes left out, as the facet counts them; a theme listed twice counts twice). */
async function themeCounts(client: pg.ClientBase, version: string, layout: DatasetLayout, filters: Filters): Promise<Int32Array> {
  const others = { ...filters, themes: [] };
  if (rolledUpView(others) !== null) {
    const values: unknown[] = [version];
    const dates = cellDates(filters, values);
    const { rows } = await client.query<{ id: string; n: number }>(
      `SELECT c.theme_id AS id, sum(c.n)::int AS n FROM rollup_theme_cells c WHERE c.dataset_version = $1 AND c.view_theme = '' AND c.theme_id <> '' AND ${dates} GROUP BY 1`,
      values,
    );
    return countsBy(layout.themeIds, rows);
  }
  const { where, values } = scopeOf(version, others);
  const { rows } = await client.query<{ id: string; n: number }>(`SELECT t AS id, count(*)::int AS n FROM articles a, unnest(a.theme_ids) t WHERE ${where} GROUP BY 1`, values);
  return countsBy(layout.themeIds, rows);
}

/**
 * Per organization, the articles naming it (or, with roll-up, anything under it) under the other
 * filters: organizations left out, except that with "all of them" an organization is counted among
 * the articles that already name every chosen one.
 */
async function organizationCounts(client: pg.ClientBase, version: string, layout: DatasetLayout, filters: Filters): Promise<Int32Array> {
  const every = filters.orgMatch === 'all' && filters.orgs.length > 0;
  const others = every ? filters : { ...filters, orgs: [] };
  const view = rolledUpView(others);
  if (view !== null) {
    const values: unknown[] = [version, view, filters.rollup];
    const dates = cellDates(filters, values);
    const { rows } = await client.query<{ id: string; n: number }>(
      `SELECT c.organization_id AS id, sum(c.n)::int AS n FROM rollup_org_cells c WHERE c.dataset_version = $1 AND c.view_theme = $2 AND c.rolled = $3 AND ${dates} GROUP BY 1`,
      values,
    );
    return countsBy(layout.orgIds, rows);
  }
  const { where, values } = scopeOf(version, others);
  const named = filters.rollup ? 'a.rolled_org_ids' : 'a.org_ids';
  const { rows } = await client.query<{ id: string; n: number }>(`SELECT o AS id, count(*)::int AS n FROM articles a, unnest(${named}) o WHERE ${where} GROUP BY 1`, values);
  return countsBy(layout.orgIds, rows);
}

type Cell = { start: number | null; extra: number | null; estimated: boolean; theme: string; n: number };

/** The timeline's cells of a view, passing every filter but the dates: per date cell, its articles (theme '') and each theme's tags. */
async function timelineCells(client: pg.ClientBase, version: string, filters: Filters): Promise<Cell[]> {
  const undated = { ...filters, from: null, to: null, rolling: null };
  const view = rolledUpView(undated);
  if (view !== null) {
    const { rows } = await client.query<Cell>(
      'SELECT c.span_start AS start, c.extra, c.estimated, c.theme_id AS theme, c.n FROM rollup_theme_cells c WHERE c.dataset_version = $1 AND c.view_theme = $2',
      [version, view],
    );
    return rows;
  }
  const { where, values } = scopeOf(version, undated);
  const cell = 'a.span_start AS start, a.span_end - a.span_start AS extra, a.estimated';
  const articles = await client.query<Cell>(`SELECT ${cell}, '' AS theme, count(*)::int AS n FROM articles a WHERE ${where} GROUP BY 1, 2, 3`, values);
  const themes = await client.query<Cell>(`SELECT ${cell}, t AS theme, count(*)::int AS n FROM articles a, unnest(a.theme_ids) t WHERE ${where} GROUP BY 1, 2, 3, 4`, values);
  return [...articles.rows, ...themes.rows];
}

/**
 * The timeline cube of the articles passing every filter but the dates, laid out as the worker's
 * (src/engine/columnar/cube.ts): per (span class, first month) row, each theme's articles and the
 * estimated ones among them, then all articles and the estimated ones; the undated row last.
 */
async function timelineCube(client: pg.ClientBase, version: string, layout: DatasetLayout, filters: Filters): Promise<TimelineCube> {
  const { themeIds, first, months, extras, classOf } = layout;
  const width = 2 * (themeIds.length + 1);
  const rows = extras.length * months + 1;
  const counts = new Int32Array(rows * width);
  const slot = new Map(themeIds.map((id, t) => [id, t]));
  slot.set('', themeIds.length);
  for (const { start, extra, estimated, theme, n } of await timelineCells(client, version, filters)) {
    const row = start === null ? rows - 1 : classOf.get(extra!)! * months + (start - first);
    const base = row * width + 2 * slot.get(theme)!;
    counts[base]! += n;
    if (estimated) counts[base + 1]! += n;
  }
  const totals = new Int32Array(rows);
  for (let r = 0; r < rows; r++) totals[r] = counts[r * width + width - 2]!;
  return { first, months, extras, themeIds, monthRange: layout.monthRange, counts, totals: toCumulative(totals, extras.length, months, 1) };
}

/**
 * The words of the page's titles and highlights that a word of the query begins: what its cards mark.
 * The worker gives every index word the query matched; the page needs only those it shows.
 */
function matchedTerms(q: string, cards: readonly ArticleCard[]): string[] {
  const words = tokenize(q);
  if (words.length === 0) return [];
  const terms = new Set<string>();
  for (const card of cards) {
    for (const word of tokenize([card.title, ...card.highlights.items].join(' '))) if (words.some((w) => word.startsWith(w))) terms.add(word);
  }
  return [...terms].sort();
}

/**
 * A view's counts, timeline and page of cards, as the worker answers `select`. A page past the last
 * result is answered with the last page, as a link made when there were more results expects.
 */
export async function readExploreAnswer(client: pg.ClientBase, version: string, layout: DatasetLayout, { filters, sort, offset, limit }: ExploreRequest): Promise<ExploreAnswer> {
  const total = await totalOf(client, version, filters);
  const { where, values } = scopeOf(version, filters);
  const order = resultOrder(filters, sort, values);
  const start = limit > 0 && offset >= total && total > 0 ? Math.floor((total - 1) / limit) * limit : offset;
  const page = limit > 0
    ? (await client.query<{ id: string; position: number }>(
        `SELECT a.id, a.position FROM articles a WHERE ${where} ORDER BY ${order} OFFSET $${values.length + 1} LIMIT $${values.length + 2}`,
        [...values, start, limit],
      )).rows
    : [];
  const cards = await readCards(client, version, page.map((row) => row.id), new Set(layout.orgIds));
  return {
    total,
    page: page.map((row) => row.position),
    cards,
    themeCounts: await themeCounts(client, version, layout, filters),
    orgCounts: await organizationCounts(client, version, layout, filters),
    timeline: await timelineCube(client, version, layout, filters),
    terms: matchedTerms(filters.q, cards),
    searchReady: true,
    searchScope: 'titles-highlights-text',
  };
}

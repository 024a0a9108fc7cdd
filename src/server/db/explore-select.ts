import type pg from 'pg';
import { tokenize } from '../../engine/columnar/compact-search';
import { toCumulative } from '../../engine/columnar/cube';
import type { ArticleCard, ExploreAnswer, ExploreRequest, Filters, TimelineCube } from '../../engine/contract';
import type { DatasetLayout } from './dataset-layout';
import { resultOrder, scopeOf } from './filter-sql';
import { readCards } from './read-cards';
import { cellDates, orgCells, themeCells } from './view-cells';

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

/** Articles passing every filter. */
async function totalOf(client: pg.ClientBase, version: string, filters: Filters): Promise<number> {
  const { relation, values } = themeCells(version, filters);
  const dates = cellDates(filters, values);
  const { rows } = await client.query<{ n: number }>(`SELECT coalesce(sum(c.n), 0)::int AS n FROM ${relation} c WHERE c.theme_id = '' AND ${dates}`, values);
  return rows[0]!.n;
}

/** Per theme, the articles it would match under the other filters (themes left out, as the facet counts them; a theme listed twice counts twice). */
async function themeCounts(client: pg.ClientBase, version: string, layout: DatasetLayout, filters: Filters): Promise<Int32Array> {
  const { relation, values } = themeCells(version, { ...filters, themes: [] });
  const dates = cellDates(filters, values);
  const { rows } = await client.query<{ id: string; n: number }>(`SELECT c.theme_id AS id, sum(c.n)::int AS n FROM ${relation} c WHERE c.theme_id <> '' AND ${dates} GROUP BY 1`, values);
  return countsBy(layout.themeIds, rows);
}

/**
 * Per organization, the articles naming it (or, with roll-up, anything under it) under the other
 * filters: organizations left out, except that with "all of them" an organization is counted among
 * the articles that already name every chosen one.
 */
async function organizationCounts(client: pg.ClientBase, version: string, layout: DatasetLayout, filters: Filters): Promise<Int32Array> {
  const every = filters.orgMatch === 'all' && filters.orgs.length > 0;
  const { relation, values } = orgCells(version, every ? filters : { ...filters, orgs: [] }, filters.rollup);
  const dates = cellDates(filters, values);
  const { rows } = await client.query<{ id: string; n: number }>(`SELECT c.organization_id AS id, sum(c.n)::int AS n FROM ${relation} c WHERE ${dates} GROUP BY 1`, values);
  return countsBy(layout.orgIds, rows);
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
  // Every filter but the dates: the timeline shows the whole span and marks the range.
  const { relation, values } = themeCells(version, filters);
  const cells = await client.query<{ start: number | null; extra: number | null; estimated: boolean; theme: string; n: number }>(
    `SELECT c.span_start AS start, c.extra, c.estimated, c.theme_id AS theme, c.n FROM ${relation} c`,
    values,
  );
  for (const { start, extra, estimated, theme, n } of cells.rows) {
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

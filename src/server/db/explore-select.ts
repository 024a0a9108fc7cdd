import type pg from 'pg';
import { tokenize } from '../../engine/columnar/compact-search';
import { toCumulative } from '../../engine/columnar/cube';
import type { ArticleCard, ExploreAnswer, ExploreRequest, Filters, TimelineCube } from '../../engine/contract';
import type { DatasetLayout } from './dataset-layout';
import { JOIN_ARTICLE, resultOrder, scopeOf } from './filter-sql';
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

/** Per theme, the articles it would match under the other filters (themes left out, as the facet counts them). */
async function themeCounts(client: pg.ClientBase, version: string, layout: DatasetLayout, filters: Filters): Promise<Int32Array> {
  const { where, values } = scopeOf(version, { ...filters, themes: [] });
  const { rows } = await client.query<{ id: string; n: number }>(
    `SELECT x.theme_id AS id, count(*)::int AS n FROM article_themes x ${JOIN_ARTICLE} WHERE ${where} GROUP BY x.theme_id`,
    values,
  );
  return countsBy(layout.themeIds, rows);
}

/**
 * Per organization, the articles naming it (or, with roll-up, anything under it) under the other
 * filters: organizations left out, except that with "all of them" an organization is counted among
 * the articles that already name every chosen one.
 */
async function organizationCounts(client: pg.ClientBase, version: string, layout: DatasetLayout, filters: Filters): Promise<Int32Array> {
  const every = filters.orgMatch === 'all' && filters.orgs.length > 0;
  const { where, values } = scopeOf(version, every ? filters : { ...filters, orgs: [] });
  const [from, key] = filters.rollup
    ? ['article_organizations x JOIN organization_ancestors oa ON oa.dataset_version = x.dataset_version AND oa.organization_id = x.organization_id', 'oa.ancestor_id']
    : ['article_organizations x', 'x.organization_id'];
  const { rows } = await client.query<{ id: string; n: number }>(
    `SELECT ${key} AS id, count(DISTINCT x.article_id)::int AS n FROM ${from} ${JOIN_ARTICLE} WHERE ${where} GROUP BY ${key}`,
    values,
  );
  return countsBy(layout.orgIds, rows);
}

/**
 * The timeline cube of the articles passing every filter but the dates, laid out as the worker's
 * (src/engine/columnar/cube.ts): per (span class, first month) row, each theme's articles and the
 * estimated ones among them, then all articles and the estimated ones; the undated row last.
 */
async function timelineCube(client: pg.ClientBase, version: string, layout: DatasetLayout, filters: Filters): Promise<TimelineCube> {
  const { where, values } = scopeOf(version, { ...filters, from: null, to: null, rolling: null });
  const cell = `a.span_start AS start, a.span_end - a.span_start AS extra, (a.span_start IS NOT NULL AND a.published_confidence <> 'confirmed') AS estimated`;
  type Cell = { start: number | null; extra: number | null; estimated: boolean; n: number };
  const articles = await client.query<Cell>(`SELECT ${cell}, count(*)::int AS n FROM articles a WHERE ${where} GROUP BY 1, 2, 3`, values);
  const themes = await client.query<Cell & { theme: string }>(
    `SELECT ${cell}, x.theme_id AS theme, count(*)::int AS n FROM article_themes x ${JOIN_ARTICLE} WHERE ${where} GROUP BY 1, 2, 3, 4`,
    values,
  );

  const { themeIds, first, months, extras, classOf } = layout;
  const width = 2 * (themeIds.length + 1);
  const rows = extras.length * months + 1;
  const counts = new Int32Array(rows * width);
  const rowOf = ({ start, extra }: Cell) => (start === null ? rows - 1 : classOf.get(extra!)! * months + (start - first));
  const add = (cell: Cell, slot: number) => {
    const base = rowOf(cell) * width + 2 * slot;
    counts[base]! += cell.n;
    if (cell.estimated) counts[base + 1]! += cell.n;
  };
  const themeSlot = new Map(themeIds.map((id, t) => [id, t]));
  for (const cell of themes.rows) add(cell, themeSlot.get(cell.theme)!);
  for (const cell of articles.rows) add(cell, themeIds.length);
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
  const { where, values } = scopeOf(version, filters);
  const total = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles a WHERE ${where}`, values)).rows[0]!.n;
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

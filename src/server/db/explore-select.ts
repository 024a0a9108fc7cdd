import type pg from 'pg';
import { tokenize } from '../../engine/columnar/compact-search';
import { toCumulative } from '../../engine/columnar/cube';
import type { ArticleCard, ExploreAnswer, ExploreRequest, Filters, TimelineCube } from '../../engine/contract';
import type { DatasetLayout } from './dataset-layout';
import { parseYearMonth } from '../../lib/periods';
import { resultOrder, scopeOf } from './filter-sql';
import { readCards } from './read-cards';
import type { Cells } from './view-cells';
import { cellDates, facetCellsMarkingView, orgCells, themeCells } from './view-cells';

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

type ThemeCell = { start: number | null; extra: number | null; estimated: boolean; theme: string; n: number; chosen: boolean };

/** Theme cells of a view (view-cells.ts): one query, from which its total, timeline and theme facet are summed. */
async function readCells(client: pg.ClientBase, { relation, values }: Cells): Promise<ThemeCell[]> {
  return (await client.query<ThemeCell>(`SELECT c.span_start AS start, c.extra, c.estimated, c.theme_id AS theme, c.n, c.chosen FROM ${relation} c`, values)).rows;
}

/** Whether a cell's articles overlap the filters' months: cellDates' condition, on cells already read. */
function overlapsDates(filters: Filters): (cell: ThemeCell) => boolean {
  const from = filters.from ? parseYearMonth(filters.from) : null;
  const to = filters.to ? parseYearMonth(filters.to) : null;
  if (from === null && to === null) return () => true;
  return ({ start, extra }) => start !== null && (from === null || start + extra! >= from) && (to === null || start <= to);
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
 * The timeline cube of the view's cells (every filter but the dates), laid out as the worker's
 * (src/engine/columnar/cube.ts): per (span class, first month) row, each theme's articles and the
 * estimated ones among them, then all articles and the estimated ones; the undated row last.
 */
function timelineCube(layout: DatasetLayout, cells: readonly ThemeCell[]): TimelineCube {
  const { themeIds, first, months, extras, classOf } = layout;
  const width = 2 * (themeIds.length + 1);
  const rows = extras.length * months + 1;
  const counts = new Int32Array(rows * width);
  const slot = new Map(themeIds.map((id, t) => [id, t]));
  slot.set('', themeIds.length);
  for (const { start, extra, estimated, theme, n } of cells) {
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
  const inRange = overlapsDates(filters);
  // The theme facet leaves the themes out: with none chosen, those are the view's own cells; counted
  // live, they hold the view's, marked.
  const marked = facetCellsMarkingView(version, filters, layout.rolledUpOrgs);
  let cells: ThemeCell[];
  let facetCells: ThemeCell[];
  if (marked) {
    facetCells = await readCells(client, marked);
    cells = facetCells.filter((cell) => cell.chosen);
  } else {
    cells = await readCells(client, themeCells(version, filters, layout.rolledUpOrgs));
    facetCells = filters.themes.length ? await readCells(client, themeCells(version, { ...filters, themes: [] }, layout.rolledUpOrgs)) : cells;
  }
  const total = cells.reduce((n, cell) => n + (cell.theme === '' && inRange(cell) ? cell.n : 0), 0);
  const themeCounts = new Int32Array(layout.themeIds.length);
  const slot = new Map(layout.themeIds.map((id, t) => [id, t]));
  for (const cell of facetCells) if (cell.theme !== '' && inRange(cell)) themeCounts[slot.get(cell.theme)!]! += cell.n;

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
    themeCounts,
    orgCounts: await organizationCounts(client, version, layout, filters),
    timeline: timelineCube(layout, cells),
    terms: matchedTerms(filters.q, cards),
    searchReady: true,
    searchScope: 'titles-highlights-text',
  };
}

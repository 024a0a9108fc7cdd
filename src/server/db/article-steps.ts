import type pg from 'pg';
import type { ArticleLink, ArticleSteps, StepsRequest } from '../../engine/contract';
import { filterCondition } from './filter-sql';

/** Relevance order is the worker's own scoring: the database does not rank the same way yet. */
export class UnsupportedOrderError extends Error {
  override name = 'UnsupportedOrderError';
  constructor() {
    super('Stepping through results in relevance order is not served by the database yet: use date order.');
  }
}

/** The app's date order: newest first by first month, then by last month, then the dataset's own order; undated last. */
const NEWEST_FIRST = 'a.span_start IS NULL, a.span_start DESC, a.span_end DESC, a.position';

/**
 * The article's place among the rows `scope` selects, in date order, with its neighbours: one query
 * numbering the rows, reading the article's number and the two beside it.
 */
async function placeIn(client: pg.ClientBase, scope: string, values: readonly unknown[], articleId: string) {
  const params = [...values, articleId];
  const id = params.length;
  const { rows } = await client.query<{ n: number; id: string; title: string; total: number; mine: boolean }>(
    `WITH ordered AS (SELECT a.id, a.title, row_number() OVER (ORDER BY ${NEWEST_FIRST})::int AS n FROM articles a WHERE ${scope}),
          here AS (SELECT n FROM ordered WHERE id = $${id})
     SELECT o.n, o.id, o.title, (SELECT count(*)::int FROM ordered) AS total, o.id = $${id} AS mine
       FROM ordered o, here WHERE o.n BETWEEN here.n - 1 AND here.n + 1 ORDER BY o.n`,
    params,
  );
  const mine = rows.find((row) => row.mine);
  if (!mine) return null;
  const link = (n: number): ArticleLink | null => {
    const row = rows.find((candidate) => candidate.n === n);
    return row ? { id: row.id, title: row.title } : null;
  };
  return { position: mine.n, total: mine.total, previous: link(mine.n - 1), next: link(mine.n + 1) };
}

/**
 * The article's place among a view's results in date order and its neighbours there; outside the
 * results, its neighbours among all articles, as the worker steps. Null when the version has no
 * article with the id.
 */
export async function readArticleSteps(client: pg.ClientBase, version: string, { articleId, filters, sort }: StepsRequest): Promise<ArticleSteps | null> {
  if (sort === 'relevance' && filters.q.trim() !== '') throw new UnsupportedOrderError();
  const values: unknown[] = [version];
  const condition = filterCondition(filters, values);
  const inResults = await placeIn(client, `a.dataset_version = $1 AND ${condition}`, values, articleId);
  if (inResults) return inResults;
  const inAll = await placeIn(client, 'a.dataset_version = $1', [version], articleId);
  if (!inAll) return null;
  const total = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles a WHERE a.dataset_version = $1 AND ${condition}`, values)).rows[0]!.n;
  return { position: null, total, previous: inAll.previous, next: inAll.next };
}

import type pg from 'pg';
import type { ArticleLink, ArticleSteps, StepsRequest } from '../../engine/contract';
import { filterCondition, NEWEST_FIRST, resultOrder } from './filter-sql';

/**
 * How many rows `scope` selects, and the article's place among them in `order` with its neighbours
 * (null when it is not one of them): one query numbering the rows.
 */
async function placeIn(client: pg.ClientBase, scope: string, order: string, values: readonly unknown[], articleId: string) {
  const params = [...values, articleId];
  const id = params.length;
  const { rows } = await client.query<{ n: number | null; id: string | null; title: string | null; total: number }>(
    `WITH ordered AS (SELECT a.id, a.title, row_number() OVER (ORDER BY ${order})::int AS n FROM articles a WHERE ${scope}),
          here AS (SELECT n FROM ordered WHERE id = $${id})
     SELECT o.n, o.id, o.title, t.total
       FROM (SELECT count(*)::int AS total FROM ordered) t
       LEFT JOIN (ordered o JOIN here ON o.n BETWEEN here.n - 1 AND here.n + 1) ON true
      ORDER BY o.n`,
    params,
  );
  const total = rows[0]!.total;
  const mine = rows.find((row) => row.id === articleId);
  if (!mine) return { total, place: null };
  const link = (n: number): ArticleLink | null => {
    const row = rows.find((candidate) => candidate.n === n);
    return row ? { id: row.id!, title: row.title! } : null;
  };
  return { total, place: { position: mine.n!, previous: link(mine.n! - 1), next: link(mine.n! + 1) } };
}

/**
 * The article's place among a view's results, in the view's order, and its neighbours there; outside
 * the results, its neighbours among all articles newest first, as the worker steps. Null when the
 * version has no article with the id.
 */
export async function readArticleSteps(client: pg.ClientBase, version: string, { articleId, filters, sort }: StepsRequest): Promise<ArticleSteps | null> {
  const values: unknown[] = [version];
  const condition = filterCondition(filters, values);
  const order = resultOrder(filters, sort, values);
  const results = await placeIn(client, `a.dataset_version = $1 AND ${condition}`, order, values, articleId);
  if (results.place) return { ...results.place, total: results.total };
  const all = await placeIn(client, 'a.dataset_version = $1', NEWEST_FIRST, [version], articleId);
  return all.place ? { position: null, total: results.total, previous: all.place.previous, next: all.place.next } : null;
}

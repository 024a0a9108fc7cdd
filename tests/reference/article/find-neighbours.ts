import type { ExploreIndex } from '../engine/explore-index';
import type { ArticleSteps } from '../../../src/engine/contract';
import { EMPTY_FILTERS } from '../../../src/engine/filters';
import { selectMatches } from '../engine/select-matches';

export interface Neighbours {
  /** 1-based place of the article in the order, or null when the order does not contain it. */
  position: number | null;
  total: number;
  previous: number | null;
  next: number | null;
}

/**
 * The article's place and neighbours in a display order of article indexes.
 * e.g. `findNeighbours([7, 3, 9], 3)` → `{ position: 2, total: 3, previous: 7, next: 9 }`
 */
export function findNeighbours(order: readonly number[], articleIndex: number): Neighbours {
  const at = order.indexOf(articleIndex);
  if (at === -1) return { position: null, total: order.length, previous: null, next: null };
  return { position: at + 1, total: order.length, previous: order[at - 1] ?? null, next: order[at + 1] ?? null };
}

/**
 * Where the article sits in the current results (`matches`, in display order) and its neighbours
 * there; outside them, its neighbours among all articles, newest first. The large dataset's worker
 * answers the same for its index.
 */
export function buildArticleSteps(index: ExploreIndex, articleIndex: number, matches: readonly number[]): ArticleSteps {
  const inResults = findNeighbours(matches, articleIndex);
  const neighbours = inResults.position === null ? findNeighbours(selectMatches(index, EMPTY_FILTERS, 'date').matches, articleIndex) : inResults;
  const link = (i: number | null) => {
    const article = i === null ? undefined : index.articles[i];
    return article ? { id: article.id, title: article.title } : null;
  };
  return { position: inResults.position, total: matches.length, previous: link(neighbours.previous), next: link(neighbours.next) };
}

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

/** Result cards per page; the worker sends pages of this size. */
export const PAGE_SIZE = 20;

/** The page to show of `total` (≥ 1) results: the requested one, kept within range; e.g. 45 results, page 9 → page 3 of 3. */
export function selectPage(total: number, requested: number): { page: number; pageCount: number } {
  const pageCount = Math.ceil(total / PAGE_SIZE);
  return { page: Math.min(requested, pageCount), pageCount };
}

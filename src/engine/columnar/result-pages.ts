import type { ExploreColumns } from './explore-columns';
import { NO_DATE } from './explore-columns';

/** A page of results under a date range (month indexes, either open). */
export interface PageWindow {
  from: number | null;
  to: number | null;
  offset: number;
  limit: number;
}

type Spans = Pick<ExploreColumns, 'spanStart' | 'spanExtra'>;

/** Newest first by first month, then by last month, then article order; undated last (the app's order). */
export function sortNewestFirst({ count, spanStart, spanExtra }: ExploreColumns): Uint32Array {
  // One numeric key per article, so the typed-array sort needs no comparator: ~10× faster at 1M.
  const keys = new Float64Array(count);
  let maxKey = 0;
  for (let i = 0; i < count; i++) if (spanStart[i]! !== NO_DATE) maxKey = Math.max(maxKey, spanStart[i]! * 256 + spanExtra[i]!);
  for (let i = 0; i < count; i++) {
    const start = spanStart[i]!;
    const rank = start === NO_DATE ? maxKey + 1 : maxKey - (start * 256 + spanExtra[i]!);
    keys[i] = rank * count + i;
  }
  keys.sort();
  const order = new Uint32Array(count);
  for (let p = 0; p < count; p++) order[p] = keys[p]! % count;
  return order;
}

/**
 * Walks the newest-first `order` from the first article the range can hold, keeping articles every
 * mask passes and skipping `offset` of them. `maxExtra`: the longest span beyond its first month.
 */
export function pageByDate(
  order: Uint32Array,
  spans: Spans,
  maxExtra: number,
  masks: readonly Uint8Array[],
  { from, to, offset, limit }: PageWindow,
): number[] {
  const page: number[] = [];
  const [m1, m2, m3] = masks;
  const { spanStart } = spans;
  const dated = from !== null || to !== null;
  let skip = offset;
  for (let p = to === null ? 0 : firstStartingBy(order, spanStart, to); p < order.length && page.length < limit; p++) {
    const i = order[p]!;
    if (dated) {
      const start = spanStart[i]!;
      // Undated articles come last, and once spans start too early none of the rest can reach `from`.
      if (start === NO_DATE || (from !== null && start + maxExtra < from)) break;
      if (!passesDate(spans, i, from, to)) continue;
    }
    if ((m1 && !m1[i]) || (m2 && !m2[i]) || (m3 && !m3[i])) continue;
    if (skip > 0) skip--;
    else page.push(i);
  }
  return page;
}

/**
 * Writes every article of the newest-first `order` that every mask passes and the range (either end
 * open) holds into `out`, in that order, and returns how many: `pageByDate` without the page's array.
 */
export function fillByDate(order: Uint32Array, spans: Spans, maxExtra: number, masks: readonly Uint8Array[], from: number | null, to: number | null, out: Uint32Array): number {
  const [m1, m2, m3] = masks;
  const { spanStart } = spans;
  const dated = from !== null || to !== null;
  let n = 0;
  for (let p = to === null ? 0 : firstStartingBy(order, spanStart, to); p < order.length; p++) {
    const i = order[p]!;
    if (dated) {
      const start = spanStart[i]!;
      if (start === NO_DATE || (from !== null && start + maxExtra < from)) break;
      if (!passesDate(spans, i, from, to)) continue;
    }
    if ((m1 && !m1[i]) || (m2 && !m2[i]) || (m3 && !m3[i])) continue;
    out[n++] = i;
  }
  return n;
}

/** The best hits every mask passes, best first; ties by article order, as a stable sort would give. */
export function pageByRelevance(
  ids: Uint32Array,
  scores: Float64Array,
  spans: Spans,
  masks: readonly Uint8Array[],
  { from, to, offset, limit }: PageWindow,
): number[] {
  const keep = offset + limit;
  const [m1, m2] = masks;
  // The best `keep` hits so far, best first.
  const top: { i: number; score: number }[] = [];
  for (let p = 0; p < ids.length; p++) {
    const i = ids[p]!;
    if ((m1 && !m1[i]) || (m2 && !m2[i]) || !passesDate(spans, i, from, to)) continue;
    const score = scores[p]!;
    const worst = top[top.length - 1];
    if (top.length >= keep && worst && (worst.score > score || (worst.score === score && worst.i < i))) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1]!.score < score || (top[at - 1]!.score === score && top[at - 1]!.i > i))) at--;
    top.splice(at, 0, { i, score });
    if (top.length > keep) top.pop();
  }
  return top.slice(offset, keep).map((entry) => entry.i);
}

function passesDate({ spanStart, spanExtra }: Spans, i: number, from: number | null, to: number | null): boolean {
  const start = spanStart[i]!;
  if (from === null && to === null) return true;
  if (start === NO_DATE) return false;
  return (from === null || start + spanExtra[i]! >= from) && (to === null || start <= to);
}

/** Position of the first article in newest-first order whose span starts no later than `month`. */
function firstStartingBy(order: Uint32Array, spanStart: Int32Array, month: number): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const start = spanStart[order[mid]!]!;
    // Undated articles sit at the end; they never start "after" anything.
    if (start !== NO_DATE && start > month) low = mid + 1;
    else high = mid;
  }
  return low;
}

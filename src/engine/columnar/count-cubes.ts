import type { TimelineCube } from './cube';
import { toCumulative } from './cube';
import type { ExploreColumns } from './explore-columns';
import type { CountPlan } from './filter-dimensions';
import type { SpanRows } from './span-rows';

/**
 * Values the counting loops take per article before looping over the rest, which most lists never
 * reach. A loop ending after an unpredictable 0–9 values mispredicts about once per article; unrolled,
 * the counts took a third less time at 1M articles.
 */
const UNROLLED = 4;

/**
 * Articles a counting loop checks before counting those that passed: a block of passing articles
 * found without a branch (whether one passes is a coin toss the branch predictor loses), kept in L1.
 * Checking and counting apart took a quarter less time at 1M articles.
 */
const BLOCK = 4096;
const passing = new Uint32Array(BLOCK);

/**
 * An article → values list as the counting loops read it: Uint16 values (theme and organization codes
 * are below 65,536; half the memory the loops stream through of Uint32, a quarter less time at 1M),
 * one element kind keeping the loops monomorphic in V8, and spare slots so a read past the last list
 * stays in bounds.
 */
export interface CountingCsr {
  offsets: Uint32Array;
  values: Uint16Array;
}

export function countingCsr(offsets: Uint32Array, values: ArrayLike<number>): CountingCsr {
  const padded = new Uint16Array(values.length + UNROLLED);
  padded.set(values);
  return { offsets, values: padded };
}

/** Writes the articles of `driver[from..to]` both masks pass into `passing`; returns how many. */
function collectPassing(driver: Uint32Array, from: number, to: number, m1: Uint8Array, m2: Uint8Array): number {
  let n = 0;
  for (let p = from; p < to; p++) {
    const i = driver[p]!;
    passing[n] = i;
    n += m1[i]! & m2[i]!;
  }
  return n;
}

/**
 * Counts the planned articles' values (codes below `width`, listed per article in `lists`) per row,
 * cumulative over months for range sums.
 * e.g. with the organizations each article names → the organization facet under those filters.
 */
export function countFacetCube(spans: SpanRows, { driver, m1, m2 }: CountPlan, width: number, lists: CountingCsr): Int32Array {
  const cube = new Int32Array(spans.rows * width);
  const { row } = spans;
  const { offsets, values } = lists;
  for (let block = 0; block < driver.length; block += BLOCK) {
    const found = collectPassing(driver, block, Math.min(driver.length, block + BLOCK), m1, m2);
    for (let p = 0; p < found; p++) {
      const i = passing[p]!;
      const base = row[i]! * width;
      const start = offsets[i]!;
      const n = offsets[i + 1]! - start;
      // A slot past the list (another article's value, or a spare) adds 0: `(c - n) >>> 31` is 1 when n > c.
      cube[base + values[start]!]! += (0 - n) >>> 31;
      cube[base + values[start + 1]!]! += (1 - n) >>> 31;
      cube[base + values[start + 2]!]! += (2 - n) >>> 31;
      cube[base + values[start + 3]!]! += (3 - n) >>> 31;
      for (let k = start + UNROLLED; k < start + n; k++) cube[base + values[k]!]! += 1;
    }
  }
  return toCumulative(cube, spans.extras.length, spans.months, width);
}

/** The timeline's per-row theme and estimated-date counts over the planned articles. */
export function countTimelineCube(spans: SpanRows, { driver, m1, m2 }: CountPlan, columns: ExploreColumns, themes: CountingCsr): TimelineCube {
  const { rows, row } = spans;
  const { estimated } = columns;
  const themeCount = columns.themeIds.length;
  // Counted apart for confirmed and estimated dates, one slot per theme then the total: one increment
  // per theme instead of two (a sixth less time), laid out as the cube's (count, estimated) pairs after.
  const stride = themeCount + 1;
  const split = new Int32Array(rows * 2 * stride);
  const { offsets, values } = themes;
  for (let block = 0; block < driver.length; block += BLOCK) {
    const found = collectPassing(driver, block, Math.min(driver.length, block + BLOCK), m1, m2);
    for (let p = 0; p < found; p++) {
      const i = passing[p]!;
      const base = (row[i]! * 2 + estimated[i]!) * stride;
      const start = offsets[i]!;
      const n = offsets[i + 1]! - start;
      split[base + values[start]!]! += (0 - n) >>> 31;
      split[base + values[start + 1]!]! += (1 - n) >>> 31;
      split[base + values[start + 2]!]! += (2 - n) >>> 31;
      split[base + values[start + 3]!]! += (3 - n) >>> 31;
      for (let k = start + UNROLLED; k < start + n; k++) split[base + values[k]!]! += 1;
      split[base + themeCount]! += 1;
    }
  }
  return timelineFromSplit(split, spans, columns);
}

/**
 * The timeline cube from per-(row, estimated) counts, one slot per theme then the total: laid out as
 * the cube's (count, estimated) pairs.
 */
export function timelineFromSplit(split: Int32Array, spans: SpanRows, columns: ExploreColumns): TimelineCube {
  const { rows } = spans;
  const stride = columns.themeIds.length + 1;
  const width = 2 * stride;
  const counts = new Int32Array(rows * width);
  const totals = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    for (let t = 0; t < stride; t++) {
      const confirmed = split[2 * r * stride + t]!;
      const unsure = split[(2 * r + 1) * stride + t]!;
      counts[r * width + 2 * t] = confirmed + unsure;
      counts[r * width + 2 * t + 1] = unsure;
    }
    totals[r] = counts[r * width + width - 2]!;
  }
  return {
    first: spans.first,
    months: spans.months,
    extras: spans.extras,
    themeIds: columns.themeIds,
    monthRange: spans.monthRange,
    counts,
    totals: toCumulative(totals, spans.extras.length, spans.months, 1),
  };
}

/**
 * Aggregates kept per row = (date-span class, first month), plus one last row for undated articles.
 * A span class is how many months a date spans beyond its first (0 for a day or month, 11 for a
 * year): an article of class e starting at month s overlaps [from, to] exactly when
 * from - e ≤ s ≤ to, so a range count is two prefix-sum lookups per class.
 */

export interface CubeShape {
  /** Month index of the first row of each class. */
  first: number;
  months: number;
  /** Months added by each class. */
  extras: readonly number[];
}

export interface TimelineCube extends CubeShape {
  themeIds: readonly string[];
  /** First and last month any article's date can mean, or null with no dated article. */
  monthRange: [number, number] | null;
  /**
   * Per row, `2 × themes + 2` counts: for each theme its articles and how many of them have an
   * estimated date, then all articles and the estimated ones.
   */
  counts: Int32Array;
  /** Articles per row, cumulative over months within each class (for the result count). */
  totals: Int32Array;
}

/** Turns per-row counts into running totals over months within each class, in place. */
export function toCumulative(cube: Int32Array, classes: number, months: number, width: number): Int32Array {
  for (let c = 0; c < classes; c++) {
    for (let m = 1; m < months; m++) {
      const row = (c * months + m) * width;
      const previous = row - width;
      for (let k = 0; k < width; k++) cube[row + k]! += cube[previous + k]!;
    }
  }
  return cube;
}

/**
 * Sums a cumulative cube over the articles whose span overlaps [from, to] (month indexes, either
 * open); with no range at all, undated articles count too.
 */
export function rangeSum(
  cumulative: Int32Array,
  width: number,
  range: CubeShape & { from: number | null; to: number | null },
): Int32Array {
  const { first, months, extras, from, to } = range;
  const out = new Int32Array(width);
  const add = (row: number, sign: number) => {
    const base = row * width;
    for (let k = 0; k < width; k++) out[k]! += sign * cumulative[base + k]!;
  };
  if (months > 0) {
    extras.forEach((extra, c) => {
      const low = Math.max(0, from === null ? 0 : from - extra - first);
      const high = Math.min(months - 1, to === null ? months - 1 : to - first);
      if (low > high) return;
      add(c * months + high, 1);
      if (low > 0) add(c * months + low - 1, -1);
    });
  }
  if (from === null && to === null) add(extras.length * months, 1);
  return out;
}

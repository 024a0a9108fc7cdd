import type { CubeShape } from './cube';
import type { ExploreColumns } from './explore-columns';
import { NO_DATE } from './explore-columns';

/** Where each article is counted in a cube (see cube.ts), fixed per dataset. */
export interface SpanRows extends CubeShape {
  /** Rows of a cube: one per span class and month, then the undated row. */
  rows: number;
  /** Per article, its row. */
  row: Uint32Array;
  /** The most months any article's span adds after its first. */
  maxExtra: number;
  /** First and last month any article's date can mean, or null with no dated article. */
  monthRange: [number, number] | null;
}

/**
 * Classes articles by how many months their span adds, and numbers rows class by class.
 * e.g. a month-dated article in the data's first month → row 0; an undated one → the last row.
 */
export function buildSpanRows({ count, spanStart, spanExtra }: ExploreColumns): SpanRows {
  let first = Infinity;
  let lastStart = -Infinity;
  let lastEnd = -Infinity;
  const classOf = new Int16Array(256).fill(-1);
  const extras: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = spanStart[i]!;
    if (start === NO_DATE) continue;
    first = Math.min(first, start);
    lastStart = Math.max(lastStart, start);
    lastEnd = Math.max(lastEnd, start + spanExtra[i]!);
    if (classOf[spanExtra[i]!] === -1) {
      classOf[spanExtra[i]!] = extras.length;
      extras.push(spanExtra[i]!);
    }
  }
  const dated = Number.isFinite(first);
  const months = dated ? lastStart - first + 1 : 0;
  const undatedRow = extras.length * months;
  const row = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const start = spanStart[i]!;
    row[i] = start === NO_DATE ? undatedRow : classOf[spanExtra[i]!]! * months + (start - first);
  }
  return {
    first: dated ? first : 0,
    months,
    extras,
    rows: undatedRow + 1,
    row,
    maxExtra: Math.max(0, ...extras),
    monthRange: dated ? [first, lastEnd] : null,
  };
}

import { timelineFromSplit } from './count-cubes';
import type { TimelineCube } from './cube';
import { toCumulative } from './cube';
import type { ExploreColumns } from './explore-columns';
import type { CountPlan } from './filter-dimensions';
import type { SpanRows } from './span-rows';

/**
 * Most cells a theme histogram may have (rows × 2 × combinations, 1 MB of counts): past it, turning a
 * histogram into counts would cost more than counting theme lists directly.
 */
const MAX_CELLS = 1 << 18;

/**
 * Articles grouped by their list of themes. A dataset has a few dozen distinct lists (three themes of
 * seven at most give 64), so the theme facet and the timeline of a set of articles can be counted as one
 * increment per article into a small histogram over (row, estimated date, list), then spread over each
 * list's themes. At 1M articles that is a third of the time of reading the theme lists themselves, and
 * one pass serves both aggregates.
 */
export interface ThemeCombinations {
  /** How many distinct theme lists. */
  size: number;
  /** Per article, its histogram cell: `(row × 2 + estimated) × size + its list's code`. */
  cell: Uint32Array;
  /** Each list's theme codes, repeats kept (an article listing a theme twice counts it twice). */
  offsets: Uint32Array;
  themes: Uint16Array;
}

/**
 * Numbers the distinct theme lists (as multisets) and each article's cell, or null when the histogram
 * would be too large. e.g. articles with themes [2, 0], [0, 2], [] → two lists, [0, 2] and [].
 */
export function buildThemeCombinations(spans: SpanRows, columns: ExploreColumns): ThemeCombinations | null {
  const { count, estimated, themeOffsets, themeValues } = columns;
  const codes = new Map<number | string, number>();
  const lists: number[][] = [];
  const combination = new Uint32Array(count);
  const sorted: number[] = [];
  const base = columns.themeIds.length + 1;
  for (let i = 0; i < count; i++) {
    sorted.length = 0;
    for (let k = themeOffsets[i]!; k < themeOffsets[i + 1]!; k++) sorted.push(themeValues[k]!);
    if (sorted.length > 1) sorted.sort((a, b) => a - b);
    // A list as a number in base themes + 1 while exact (a string key costs a third of the build).
    let key: number | string = 0;
    for (const code of sorted) key = key * base + code + 1;
    if (key > Number.MAX_SAFE_INTEGER) key = sorted.join(',');
    let code = codes.get(key);
    if (code === undefined) {
      code = lists.length;
      if ((code + 1) * spans.rows * 2 > MAX_CELLS) return null;
      codes.set(key, code);
      lists.push([...sorted]);
    }
    combination[i] = code;
  }
  const size = lists.length;
  // Reuses the list codes' buffer: one array per article, not two.
  const cell = combination;
  for (let i = 0; i < count; i++) cell[i] = (spans.row[i]! * 2 + estimated[i]!) * size + combination[i]!;
  const offsets = new Uint32Array(size + 1);
  lists.forEach((list, c) => (offsets[c + 1] = offsets[c]! + list.length));
  return { size, cell, offsets, themes: Uint16Array.from(lists.flat()) };
}

/** Counts the planned articles per histogram cell into `histogram` (zeroed here, reused by the caller). */
export function countThemeHistogram({ cell }: ThemeCombinations, { driver, m1, m2 }: CountPlan, histogram: Int32Array): Int32Array {
  histogram.fill(0);
  for (let p = 0; p < driver.length; p++) {
    const i = driver[p]!;
    // Branch-free: whether an article passes is a coin toss the branch predictor would lose.
    histogram[cell[i]!]! += m1[i]! & m2[i]!;
  }
  return histogram;
}

/** The theme facet cube (cumulative, as `countFacetCube` gives) from a histogram. */
export function themeCubeFromHistogram(combinations: ThemeCombinations, histogram: Int32Array, spans: SpanRows, themeCount: number): Int32Array {
  const { size, offsets, themes } = combinations;
  const cube = new Int32Array(spans.rows * themeCount);
  for (let r = 0; r < spans.rows; r++) {
    for (let c = 0; c < size; c++) {
      const n = histogram[2 * r * size + c]! + histogram[(2 * r + 1) * size + c]!;
      if (n === 0) continue;
      for (let k = offsets[c]!; k < offsets[c + 1]!; k++) cube[r * themeCount + themes[k]!]! += n;
    }
  }
  return toCumulative(cube, spans.extras.length, spans.months, themeCount);
}

/**
 * The timeline cube (as `countTimelineCube` gives) from a histogram of articles passing every filter
 * but the themes; `passes` says, per list, whether the theme filter keeps its articles.
 */
export function timelineFromHistogram(combinations: ThemeCombinations, histogram: Int32Array, passes: Uint8Array, spans: SpanRows, columns: ExploreColumns): TimelineCube {
  const { size, offsets, themes } = combinations;
  const themeCount = columns.themeIds.length;
  const stride = themeCount + 1;
  const split = new Int32Array(spans.rows * 2 * stride);
  for (let slot = 0; slot < spans.rows * 2; slot++) {
    for (let c = 0; c < size; c++) {
      const n = histogram[slot * size + c]!;
      if (n === 0 || !passes[c]) continue;
      for (let k = offsets[c]!; k < offsets[c + 1]!; k++) split[slot * stride + themes[k]!]! += n;
      split[slot * stride + themeCount]! += n;
    }
  }
  return timelineFromSplit(split, spans, columns);
}

/** Per list, 1 when it names one of `codes` (theme codes); every list with no codes (no theme filter). */
export function listsPassing({ size, offsets, themes }: ThemeCombinations, codes: readonly number[] | null, out: Uint8Array): Uint8Array {
  for (let c = 0; c < size; c++) {
    let pass = codes === null;
    for (let k = offsets[c]!; k < offsets[c + 1]! && !pass; k++) pass = codes!.includes(themes[k]!);
    out[c] = pass ? 1 : 0;
  }
  return out;
}

import { parseYearMonth } from '../../lib/periods';
import type { Filters } from '../filters';
import { EMPTY_FILTERS } from '../filters';
import type { SortOrder } from '../select-matches';
import type { ExploreColumns } from './explore-columns';
import { NO_DATE } from './explore-columns';
import type { Csr } from './postings';
import { ancestorChains, invert, rollUp } from './postings';
import { rangeSum, toCumulative } from './cube';
import type { TimelineCube } from './cube';
import { LruCache } from './lru-cache';

/** Article indexes matching a search, and their relevance, in the same order; no repeats. */
export interface SearchHits {
  ids: Uint32Array;
  scores: Float64Array;
}

export interface ColumnarQuery {
  filters: Pick<Filters, 'themes' | 'orgs' | 'orgMatch' | 'rollup' | 'from' | 'to' | 'q'>;
  /** The hits of `filters.q`; ignored when the query is blank. */
  hits: SearchHits | null;
  /** What identifies the hits, when the same text can get other hits (a search index still being built). */
  hitsKey?: string;
  sort: SortOrder;
  offset: number;
  limit: number;
}

export interface ColumnarSelection {
  /** Articles passing every filter. */
  total: number;
  /** Article indexes `offset..offset + limit` of the result, in display order. */
  page: number[];
  /** Per `themeIds` entry: articles it would match under the other filters. */
  themeCounts: Int32Array;
  /** Per `orgIds` entry: articles it would match if added, under the other filters. */
  orgCounts: Int32Array;
  /** Per theme × start month counts of the articles passing every filter but the dates. */
  timeline: TimelineCube;
}

/** One filter dimension's current set: a 0/1 mask over articles and the list of its members. */
interface DimensionState {
  key: string;
  active: boolean;
  mask: Uint8Array;
  members: Uint32Array;
  buffer: Uint32Array;
}

function newDimension(count: number): DimensionState {
  const buffer = new Uint32Array(count);
  return { key: '', active: false, mask: new Uint8Array(count), members: buffer.subarray(0, 0), buffer };
}

/**
 * The explore engine over columns. Every aggregate is kept per (date-span class × first month), with
 * the dates left out: a date-range change then only sums prefix rows (Falcon's idea), and a change of
 * themes, organizations or query recounts only the aggregates that depend on it, driven by the
 * smallest filter's postings. Buffers are allocated once per dataset, never per interaction.
 */
export class ColumnarEngine {
  readonly columns: ExploreColumns;
  /** First and last month any article's date can mean, or null with no dated article. */
  readonly monthRange: [number, number] | null;
  /** Article indexes newest first, undated last: the default order of results. */
  readonly dateOrder: Uint32Array;
  private readonly first: number;
  private readonly months: number;
  private readonly extras: number[];
  private readonly row: Uint32Array;
  private readonly maxExtra: number;
  private readonly themePostings: Csr;
  private readonly directPostings: Csr;
  private readonly rolledPostings: Csr;
  private readonly rolled: Csr;
  private readonly themeCsr: Csr;
  private readonly directCsr: Csr;
  /** 0..count-1, and a mask passing everyone: stand-ins for an inactive filter, so loops never branch on null. */
  private readonly everyone: Uint32Array;
  private readonly allPass: Uint8Array;
  private readonly themeCode: Map<string, number>;
  private readonly orgCode: Map<string, number>;
  private readonly themes: DimensionState;
  private readonly orgs: DimensionState;
  private readonly query: DimensionState;
  private readonly themeCubes = new LruCache<Int32Array>();
  private readonly orgCubes = new LruCache<Int32Array>();
  private readonly timelineCubes = new LruCache<TimelineCube>();

  constructor(columns: ExploreColumns) {
    this.columns = columns;
    const { count, spanStart, spanExtra } = columns;
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
    this.first = dated ? first : 0;
    this.months = dated ? lastStart - first + 1 : 0;
    this.extras = extras;
    this.maxExtra = Math.max(0, ...extras);
    this.monthRange = dated ? [first, lastEnd] : null;
    const undatedRow = extras.length * this.months;
    this.row = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      const start = spanStart[i]!;
      this.row[i] = start === NO_DATE ? undatedRow : classOf[spanExtra[i]!]! * this.months + (start - this.first);
    }
    this.dateOrder = sortNewestFirst(columns);

    // Every list is read as Uint32Array: one element kind keeps the hot loops monomorphic in V8.
    this.themeCsr = { offsets: columns.themeOffsets, values: Uint32Array.from(columns.themeValues) };
    this.directCsr = { offsets: columns.orgOffsets, values: Uint32Array.from(columns.orgValues) };
    this.everyone = new Uint32Array(count).map((_, i) => i);
    this.allPass = new Uint8Array(count).fill(1);
    const chains = ancestorChains(columns.orgParent);
    this.rolled = rollUp(columns.orgOffsets, columns.orgValues, chains);
    this.themePostings = invert(columns.themeOffsets, columns.themeValues, columns.themeIds.length);
    this.directPostings = invert(columns.orgOffsets, columns.orgValues, columns.orgIds.length);
    this.rolledPostings = invert(this.rolled.offsets, this.rolled.values, columns.orgIds.length);
    this.themeCode = new Map(columns.themeIds.map((id, code) => [id, code]));
    this.orgCode = new Map(columns.orgIds.map((id, code) => [id, code]));
    this.themes = newDimension(count);
    this.orgs = newDimension(count);
    this.query = newDimension(count);
    for (const rollup of [true, false]) {
      this.select({ filters: { ...EMPTY_FILTERS, rollup }, hits: null, sort: 'date', offset: 0, limit: 0 });
    }
    this.themeCubes.pinAll();
    this.orgCubes.pinAll();
    this.timelineCubes.pinAll();
  }

  /**
   * Runs the hot loops until the JIT has optimized them (a cold first count is ~10× slower), then
   * forgets what it counted, so the user's first clicks are fast and no answer comes from a warm-up.
   */
  warmUp(): void {
    const { themeIds, orgIds } = this.columns;
    for (let round = 0; round < 3; round++) {
      themeIds.forEach((id, t) => {
        const filters = { ...EMPTY_FILTERS, themes: [id], orgs: orgIds.slice(t % 3, (t % 3) + 1), from: null, to: null };
        this.select({ filters, hits: null, sort: 'date', offset: 0, limit: 20 });
        this.select({ filters: { ...filters, orgMatch: 'all', orgs: orgIds.slice(0, 2) }, hits: null, sort: 'date', offset: 0, limit: 20 });
      });
    }
    this.themeCubes.clear();
    this.orgCubes.clear();
    this.timelineCubes.clear();
  }

  private get rows(): number {
    return this.extras.length * this.months + 1;
  }

  select({ filters, hits, hitsKey, sort, offset, limit }: ColumnarQuery): ColumnarSelection {
    const searching = filters.q.trim().length > 0;
    const from = filters.from ? parseYearMonth(filters.from) : null;
    const to = filters.to ? parseYearMonth(filters.to) : null;
    const t = this.setThemes(filters.themes);
    const o = this.setOrgs(filters.orgs, filters.orgMatch, filters.rollup);
    const q = this.setQuery(searching ? (hitsKey ?? filters.q.trim()) : '', hits);
    const all = filters.orgMatch === 'all' && o.active;
    const { columns } = this;
    const themeCount = columns.themeIds.length;
    const orgCount = columns.orgIds.length;
    const counted = filters.rollup ? this.rolled : this.directCsr;

    const themeCube = this.themeCubes.get(`${o.key}|${q.key}`, () =>
      toCumulative(this.countCube([o, q], themeCount, this.themeCsr), this.extras.length, this.months, themeCount),
    );
    const orgCube = this.orgCubes.get(`${t.key}|${q.key}|${all ? o.key : ''}|${filters.rollup}`, () =>
      toCumulative(this.countCube(all ? [t, q, o] : [t, q], orgCount, counted), this.extras.length, this.months, orgCount),
    );
    const timeline = this.timelineCubes.get(`${t.key}|${o.key}|${q.key}`, () => this.timelineCube([t, o, q]));

    const range = { first: this.first, months: this.months, extras: this.extras, from, to };
    const themeCounts = rangeSum(themeCube, themeCount, range);
    const orgCounts = rangeSum(orgCube, orgCount, range);
    const total = rangeSum(timeline.totals, 1, range)[0]!;
    const page =
      sort === 'relevance' && searching
        ? this.pageByRelevance(t, o, q, hits, from, to, offset, limit)
        : this.pageByDate([t, o, q], from, to, offset, limit);
    return { total, page, themeCounts, orgCounts, timeline };
  }

  private setThemes(ids: readonly string[]): DimensionState {
    const state = this.themes;
    const key = [...ids].sort().join(',');
    if (key === state.key && (ids.length > 0) === state.active) return state;
    state.key = key;
    state.active = ids.length > 0;
    if (state.active) this.fillUnion(state, ids.map((id) => this.themeCode.get(id) ?? -1), this.themePostings);
    return state;
  }

  private setOrgs(ids: readonly string[], match: 'any' | 'all', rollup: boolean): DimensionState {
    const state = this.orgs;
    const key = ids.length ? `${match}:${rollup}:${[...ids].sort().join(',')}` : '';
    if (key === state.key && (ids.length > 0) === state.active) return state;
    state.key = key;
    state.active = ids.length > 0;
    if (!state.active) return state;
    const postings = rollup ? this.rolledPostings : this.directPostings;
    const codes = [...new Set(ids.map((id) => this.orgCode.get(id) ?? -1))];
    if (match === 'any' || codes.length === 1) this.fillUnion(state, codes, postings);
    else this.fillIntersection(state, codes, postings);
    return state;
  }

  private setQuery(text: string, hits: SearchHits | null): DimensionState {
    const state = this.query;
    if (text === state.key && (text !== '') === state.active) return state;
    state.key = text;
    state.active = text !== '';
    if (!state.active) return state;
    state.mask.fill(0);
    const ids = hits?.ids ?? new Uint32Array(0);
    for (let p = 0; p < ids.length; p++) state.mask[ids[p]!] = 1;
    state.members = ids;
    return state;
  }

  private fillUnion(state: DimensionState, codes: readonly number[], postings: Csr): void {
    const { mask, buffer } = state;
    mask.fill(0);
    const known = codes.filter((code) => code >= 0);
    if (known.length === 1) {
      // One value: its posting list already is the member list.
      const members = postings.values.subarray(postings.offsets[known[0]!]!, postings.offsets[known[0]! + 1]!);
      for (let p = 0; p < members.length; p++) mask[members[p]!] = 1;
      state.members = members;
      return;
    }
    let n = 0;
    for (const code of known) {
      for (let k = postings.offsets[code]!; k < postings.offsets[code + 1]!; k++) {
        const i = postings.values[k]!;
        if (mask[i]) continue;
        mask[i] = 1;
        buffer[n++] = i;
      }
    }
    state.members = buffer.subarray(0, n);
  }

  private fillIntersection(state: DimensionState, codes: readonly number[], postings: Csr): void {
    const { mask, buffer } = state;
    mask.fill(0);
    if (codes.some((code) => code < 0)) {
      state.members = buffer.subarray(0, 0);
      return;
    }
    // Counting up to 255 lists in a byte mask: the registry caps filters at 50 organizations.
    for (const code of codes) {
      for (let k = postings.offsets[code]!; k < postings.offsets[code + 1]!; k++) mask[postings.values[k]!]! += 1;
    }
    const smallest = codes.reduce((a, b) => (size(postings, b) < size(postings, a) ? b : a));
    let n = 0;
    for (let k = postings.offsets[smallest]!; k < postings.offsets[smallest + 1]!; k++) {
      const i = postings.values[k]!;
      if (mask[i] === codes.length) buffer[n++] = i;
    }
    mask.fill(0);
    for (let p = 0; p < n; p++) mask[buffer[p]!] = 1;
    state.members = buffer.subarray(0, n);
  }

  /**
   * Counts each article's values per (span class, first month) row, over the articles in every
   * active dimension: walks the smallest dimension's members and checks the others' masks.
   */
  private countCube(dimensions: DimensionState[], width: number, { offsets, values }: Csr): Int32Array {
    const cube = new Int32Array(this.rows * width);
    const [driver, m1, m2] = this.plan(dimensions);
    const row = this.row;
    for (let p = 0; p < driver.length; p++) {
      const i = driver[p]!;
      if (!m1[i] || !m2[i]) continue;
      const base = row[i]! * width;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) cube[base + values[k]!]! += 1;
    }
    return cube;
  }

  /** Drive a count from the smallest active dimension and check the (at most two) others by mask. */
  private plan(dimensions: DimensionState[]): [Uint32Array, Uint8Array, Uint8Array] {
    const active = dimensions.filter((d) => d.active).sort((a, b) => a.members.length - b.members.length);
    return [active[0]?.members ?? this.everyone, active[1]?.mask ?? this.allPass, active[2]?.mask ?? this.allPass];
  }

  private timelineCube(dimensions: DimensionState[]): TimelineCube {
    const { columns } = this;
    const themeCount = columns.themeIds.length;
    const width = 2 * themeCount + 2;
    const counts = new Int32Array(this.rows * width);
    const [driver, m1, m2] = this.plan(dimensions);
    const { row } = this;
    const { offsets: themeOffsets, values: themeValues } = this.themeCsr;
    const { estimated } = columns;
    for (let p = 0; p < driver.length; p++) {
      const i = driver[p]!;
      if (!m1[i] || !m2[i]) continue;
      const base = row[i]! * width;
      const est = estimated[i]!;
      for (let k = themeOffsets[i]!; k < themeOffsets[i + 1]!; k++) {
        const cell = base + 2 * themeValues[k]!;
        counts[cell]! += 1;
        counts[cell + 1]! += est;
      }
      counts[base + width - 2]! += 1;
      counts[base + width - 1]! += est;
    }
    const totals = new Int32Array(this.rows);
    for (let r = 0; r < this.rows; r++) totals[r] = counts[r * width + width - 2]!;
    return {
      first: this.first,
      months: this.months,
      extras: this.extras,
      themeIds: columns.themeIds,
      monthRange: this.monthRange,
      counts,
      totals: toCumulative(totals, this.extras.length, this.months, 1),
    };
  }

  private passesDate(i: number, from: number | null, to: number | null): boolean {
    const start = this.columns.spanStart[i]!;
    if (from === null && to === null) return true;
    if (start === NO_DATE) return false;
    return (from === null || start + this.columns.spanExtra[i]! >= from) && (to === null || start <= to);
  }

  /** Walks the newest-first order from the first article the range can hold, skipping `offset` matches. */
  private pageByDate(dimensions: DimensionState[], from: number | null, to: number | null, offset: number, limit: number): number[] {
    const page: number[] = [];
    const [m1, m2, m3] = dimensions.filter((d) => d.active).map((d) => d.mask);
    const { dateOrder } = this;
    const { spanStart } = this.columns;
    const dated = from !== null || to !== null;
    let skip = offset;
    for (let p = to === null ? 0 : firstStartingBy(dateOrder, spanStart, to); p < dateOrder.length && page.length < limit; p++) {
      const i = dateOrder[p]!;
      if (dated) {
        const start = spanStart[i]!;
        // Undated articles come last, and once spans start too early none of the rest can reach `from`.
        if (start === NO_DATE || (from !== null && start + this.maxExtra < from)) break;
        if (!this.passesDate(i, from, to)) continue;
      }
      if ((m1 && !m1[i]) || (m2 && !m2[i]) || (m3 && !m3[i])) continue;
      if (skip > 0) skip--;
      else page.push(i);
    }
    return page;
  }

  private pageByRelevance(
    t: DimensionState,
    o: DimensionState,
    q: DimensionState,
    hits: SearchHits | null,
    from: number | null,
    to: number | null,
    offset: number,
    limit: number,
  ): number[] {
    if (!hits || !q.active) return [];
    const keep = offset + limit;
    // The best `keep` hits so far, best first; ties by article order, as a stable sort would give.
    const top: { i: number; score: number }[] = [];
    for (let p = 0; p < hits.ids.length; p++) {
      const i = hits.ids[p]!;
      if ((t.active && !t.mask[i]) || (o.active && !o.mask[i]) || !this.passesDate(i, from, to)) continue;
      const score = hits.scores[p]!;
      const worst = top[top.length - 1];
      if (top.length >= keep && worst && (worst.score > score || (worst.score === score && worst.i < i))) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]!.score < score || (top[at - 1]!.score === score && top[at - 1]!.i > i))) at--;
      top.splice(at, 0, { i, score });
      if (top.length > keep) top.pop();
    }
    return top.slice(offset, keep).map((entry) => entry.i);
  }
}

function size(postings: Csr, code: number): number {
  return postings.offsets[code + 1]! - postings.offsets[code]!;
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

/** Newest first by first month, then by last month, then article order; undated last (the app's order). */
function sortNewestFirst({ count, spanStart, spanExtra }: ExploreColumns): Uint32Array {
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

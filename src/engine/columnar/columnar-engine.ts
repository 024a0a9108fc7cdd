import { parseYearMonth } from '../../lib/periods';
import type { Filters } from '../filters';
import { EMPTY_FILTERS } from '../filters';
import type { SortOrder } from '../filters';
import type { CountingCsr } from './count-cubes';
import { countFacetCube, countTimelineCube, countingCsr } from './count-cubes';
import { rangeSum } from './cube';
import type { TimelineCube } from './cube';
import type { ExploreColumns } from './explore-columns';
import type { DimensionState } from './filter-dimensions';
import { FilterDimensions } from './filter-dimensions';
import { LruCache } from './lru-cache';
import { ancestorChains, rollUp } from './postings';
import type { PageWindow } from './result-pages';
import { fillByDate, pageByDate, pageByRelevance, sortNewestFirst } from './result-pages';
import type { SpanRows } from './span-rows';
import { buildSpanRows } from './span-rows';
import type { ThemeCombinations } from './theme-combinations';
import { buildThemeCombinations, countThemeHistogram, listsPassing, themeCubeFromHistogram, timelineFromHistogram } from './theme-combinations';

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

/**
 * The explore engine over columns. Every aggregate is kept per (date-span class × first month), with
 * the dates left out: a date-range change then only sums prefix rows (Falcon's idea), and a change of
 * themes, organizations or query recounts only the aggregates that depend on it, driven by the
 * smallest filter's postings.
 */
export class ColumnarEngine {
  readonly columns: ExploreColumns;
  /** First and last month any article's date can mean, or null with no dated article. */
  readonly monthRange: [number, number] | null;
  /** Article indexes newest first, undated last: the default order of results. */
  readonly dateOrder: Uint32Array;
  private readonly spans: SpanRows;
  private readonly themeCsr: CountingCsr;
  private readonly directCsr: CountingCsr;
  private readonly rolledCsr: CountingCsr;
  private readonly dimensions: FilterDimensions;
  private readonly themeCubes = new LruCache<Int32Array>();
  private readonly orgCubes = new LruCache<Int32Array>();
  private readonly timelineCubes = new LruCache<TimelineCube>();
  /** Articles by theme list, when few enough lists: the theme facet and timeline are then counted from a histogram. */
  private readonly combinations: ThemeCombinations | null;
  /** The last histogram counted (reused buffer), and the organization and query keys it was counted under. */
  private readonly histogram: Int32Array;
  private histogramKey: string | null = null;
  private readonly listPasses: Uint8Array;

  constructor(columns: ExploreColumns) {
    this.columns = columns;
    this.spans = buildSpanRows(columns);
    this.combinations = buildThemeCombinations(this.spans, columns);
    this.histogram = new Int32Array(this.combinations ? this.spans.rows * 2 * this.combinations.size : 0);
    this.listPasses = new Uint8Array(this.combinations?.size ?? 0);
    this.monthRange = this.spans.monthRange;
    this.dateOrder = sortNewestFirst(columns);
    this.themeCsr = countingCsr(columns.themeOffsets, columns.themeValues);
    this.directCsr = countingCsr(columns.orgOffsets, columns.orgValues);
    const rolled = rollUp(columns.orgOffsets, columns.orgValues, ancestorChains(columns.orgParent));
    this.rolledCsr = countingCsr(rolled.offsets, rolled.values);
    this.dimensions = new FilterDimensions(columns, rolled);
    // Counted once and kept: the unfiltered view, and each single-theme view, since turning one theme
    // on is the commonest first click and recounting its organizations and timeline took 9–12 ms at 1M
    // articles. They cost themes × rows × (2 × organizations + 2 × themes) counts: 2.2 MB for 7 × 200.
    for (const rollup of [true, false]) {
      for (const themes of [[], ...columns.themeIds.map((id) => [id])]) {
        this.select({ filters: { ...EMPTY_FILTERS, themes, rollup }, hits: null, sort: 'date', offset: 0, limit: 0 });
        // View by view: a cache holds only its last few entries.
        this.themeCubes.pinAll();
        this.orgCubes.pinAll();
        this.timelineCubes.pinAll();
      }
    }
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

  select({ filters, hits, hitsKey, sort, offset, limit }: ColumnarQuery): ColumnarSelection {
    const searching = filters.q.trim().length > 0;
    const from = filters.from ? parseYearMonth(filters.from) : null;
    const to = filters.to ? parseYearMonth(filters.to) : null;
    const { dimensions, spans, columns } = this;
    const t = dimensions.setThemes(filters.themes);
    const o = dimensions.setOrgs(filters.orgs, filters.orgMatch, filters.rollup);
    const q = dimensions.setQuery(searching ? (hitsKey ?? filters.q.trim()) : '', hits?.ids ?? null);
    const all = filters.orgMatch === 'all' && o.active;
    const themeCount = columns.themeIds.length;
    const orgCount = columns.orgIds.length;
    const counted = filters.rollup ? this.rolledCsr : this.directCsr;

    const themeCube = this.themeCubes.get(`${o.key}|${q.key}`, () => this.countThemeCube(o, q));
    const orgCube = this.orgCubes.get(`${t.key}|${q.key}|${all ? o.key : ''}|${filters.rollup}`, () =>
      countFacetCube(spans, dimensions.plan(all ? [t, q, o] : [t, q]), orgCount, counted),
    );
    const timeline = this.timelineCubes.get(`${t.key}|${o.key}|${q.key}`, () => this.countTimeline(filters.themes, t, o, q));

    const range = { ...spans, from, to };
    const window = { from, to, offset, limit };
    return {
      total: rangeSum(timeline.totals, 1, range)[0]!,
      page:
        sort === 'relevance' && searching
          ? this.relevancePage(hits, t, o, q, window)
          : pageByDate(this.dateOrder, columns, spans.maxExtra, activeMasks(t, o, q), window),
      themeCounts: rangeSum(themeCube, themeCount, range),
      orgCounts: rangeSum(orgCube, orgCount, range),
      timeline,
    };
  }

  /**
   * Writes every article passing the filters into `out` (at least `columns.count` long), newest first,
   * and returns how many; with `ignoreDates`, those passing every filter but the dates. For views read
   * in full (the summary): the caller keeps one buffer, nothing here grows with the dataset.
   */
  fillMatches({ filters, hits, hitsKey }: Pick<ColumnarQuery, 'filters' | 'hits' | 'hitsKey'>, out: Uint32Array, ignoreDates = false): number {
    const searching = filters.q.trim().length > 0;
    const { dimensions } = this;
    const t = dimensions.setThemes(filters.themes);
    const o = dimensions.setOrgs(filters.orgs, filters.orgMatch, filters.rollup);
    const q = dimensions.setQuery(searching ? (hitsKey ?? filters.q.trim()) : '', hits?.ids ?? null);
    const from = ignoreDates || !filters.from ? null : parseYearMonth(filters.from);
    const to = ignoreDates || !filters.to ? null : parseYearMonth(filters.to);
    return fillByDate(this.dateOrder, this.columns, this.spans.maxExtra, activeMasks(t, o, q), from, to, out);
  }

  private countThemeCube(o: DimensionState, q: DimensionState): Int32Array {
    const { spans, columns } = this;
    const themeCount = columns.themeIds.length;
    const plan = this.dimensions.plan([o, q]);
    if (!this.useHistogram(o, q, plan.driver.length)) return countFacetCube(spans, plan, themeCount, this.themeCsr);
    return themeCubeFromHistogram(this.combinations!, this.themeHistogram(o, q), spans, themeCount);
  }

  /**
   * From the histogram of the articles passing the organization and query filters when it is at hand
   * or not much longer to count than the themes' own articles (a histogram step costs a third of a
   * theme-list step), else by reading theme lists.
   */
  private countTimeline(themeIds: readonly string[], t: DimensionState, o: DimensionState, q: DimensionState): TimelineCube {
    const { spans, columns, combinations, dimensions } = this;
    const direct = dimensions.plan([t, o, q]);
    const articles = dimensions.plan([o, q]).driver.length;
    if (!combinations || !this.useHistogram(o, q, articles) || (this.histogramKey !== `${o.key}|${q.key}` && articles > 3 * direct.driver.length)) {
      return countTimelineCube(spans, direct, columns, this.themeCsr);
    }
    const codes = t.active ? themeIds.map((id) => columns.themeIds.indexOf(id)) : null;
    return timelineFromHistogram(combinations, this.themeHistogram(o, q), listsPassing(combinations, codes, this.listPasses), spans, columns);
  }

  /**
   * Whether to count themes from a histogram of `articles` articles: not when it is much larger than
   * them (a few organizations' articles at 10k), since clearing and spreading it costs per cell.
   */
  private useHistogram(o: DimensionState, q: DimensionState, articles: number): boolean {
    return this.combinations !== null && (this.histogramKey === `${o.key}|${q.key}` || 4 * articles >= this.histogram.length);
  }

  /** Articles passing the organization and query filters, per (row, estimated date, theme list). */
  private themeHistogram(o: DimensionState, q: DimensionState): Int32Array {
    const key = `${o.key}|${q.key}`;
    if (key !== this.histogramKey) {
      countThemeHistogram(this.combinations!, this.dimensions.plan([o, q]), this.histogram);
      this.histogramKey = key;
    }
    return this.histogram;
  }

  private relevancePage(hits: SearchHits | null, t: DimensionState, o: DimensionState, q: DimensionState, window: PageWindow): number[] {
    return hits && q.active ? pageByRelevance(hits.ids, hits.scores, this.columns, activeMasks(t, o), window) : [];
  }
}

function activeMasks(...dimensions: DimensionState[]): Uint8Array[] {
  return dimensions.filter((d) => d.active).map((d) => d.mask);
}

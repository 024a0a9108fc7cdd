import type { ThemeCount, TimelineData, TimelinePeriod } from '../timeline-data';
import { isMedia } from '../../lib/organization-types';
import { LOW_N } from '../timeline-data';
import type { Filters } from '../filters';
import type { OrganizationRank, PeriodCount, SummaryArticle, SummaryFigures, SummaryModel, ThemeGrowth } from '../summary-model';
import { FIGURE_ROWS, LATEST, TOP_ORGS, comparisonPeriods, compareRanks, finishVolumeKpi, growsFaster } from '../summary-model';
import type { Granularity } from '../../lib/periods';
import { defaultGranularity, parseYearMonth, periodLabel } from '../../lib/periods';
import type { ArticleCard, ArticleIndex } from './article-index';
import type { ColumnarEngine, SearchHits } from './columnar-engine';
import { NO_DATE } from './explore-columns';

export interface SummaryRequest {
  filters: Filters;
}

const SIZE: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

const toSummaryArticle = ({ id, title, publisher, publishedAt, highlights }: ArticleCard): SummaryArticle => ({
  id,
  title,
  publisher,
  publishedAt,
  highlight: highlights.items[0] ?? null,
});

/**
 * The summary of a view, from the index columns: the same model the reference implementation builds
 * from whole articles. The matches are listed once into a buffer kept between requests, then
 * read in two passes (a third over the few top organizations' articles); counts go into typed arrays
 * the size of the dictionaries, and cards are decoded only for the dozen articles the page lists.
 */
export class SummaryModeler {
  private readonly order: Uint32Array;
  private readonly themeSeen: Int32Array;
  /** Organization codes of media: cited sources, never ranked among the organizations acting. */
  private readonly media: Uint8Array;

  constructor(
    private readonly index: Pick<ArticleIndex, 'header' | 'columns' | 'orgMentions' | 'figureOffsets' | 'card'>,
    private readonly engine: ColumnarEngine,
  ) {
    this.order = new Uint32Array(index.columns.count);
    this.themeSeen = new Int32Array(index.columns.themeIds.length);
    const mediaIds = new Set(index.header.envelope.organizations.filter(isMedia).map((org) => org.id));
    this.media = Uint8Array.from(index.columns.orgIds, (id) => (mediaIds.has(id) ? 1 : 0));
  }

  model(filters: Filters, hits: SearchHits | null, hitsKey: string): SummaryModel {
    const { columns } = this.index;
    const { spanStart, spanExtra, estimated, themeOffsets, themeValues, orgOffsets, orgValues } = columns;
    const themeCount = columns.themeIds.length;
    const orgCount = columns.orgIds.length;
    const monthRange = this.engine.monthRange;
    // Every article passing the filters but the dates, newest first: the KPIs compare periods over them.
    const n = this.engine.fillMatches({ filters, hits, hitsKey }, this.order, true);
    const order = this.order;
    const from = filters.from ? parseYearMonth(filters.from) : null;
    const to = filters.to ? parseYearMonth(filters.to) : null;
    const dated = from !== null || to !== null;

    // Pass 1, over the candidates: the volume KPI and each theme's growth.
    const periods = comparisonPeriods(filters, monthRange);
    const growthCurrent = new Int32Array(themeCount);
    const growthPrevious = new Int32Array(themeCount);
    let imprecise = 0;
    if (periods) {
      const [current, previous] = periods;
      for (let p = 0; p < n; p++) {
        const i = order[p]!;
        const start = spanStart[i]!;
        const end = start + spanExtra[i]!;
        const side = start === NO_DATE ? null : within(start, end, current) ? growthCurrent : within(start, end, previous) ? growthPrevious : null;
        if (side === growthCurrent) current.n += 1;
        else if (side === growthPrevious) previous.n += 1;
        else if (start === NO_DATE || (end >= previous.from && start <= current.to)) imprecise += 1;
        if (side) for (let k = themeOffsets[i]!; k < themeOffsets[i + 1]!; k++) side[themeValues[k]!]! += 1;
      }
    }
    const volume = periods ? finishVolumeKpi(periods[0], periods[1], imprecise) : null;
    let growth: ThemeGrowth | null = null;
    if (volume) {
      for (let t = 0; t < themeCount; t++) {
        const candidate = { id: columns.themeIds[t]!, current: growthCurrent[t]!, previous: growthPrevious[t]! };
        if (growsFaster(candidate, growth)) growth = candidate;
      }
    }

    // Pass 2, over the matches: themes, organizations, the trend, the newest, figures to list.
    const granularity: Granularity = monthRange ? defaultGranularity(...monthRange) : 'year';
    const size = SIZE[granularity];
    const firstPeriod = monthRange ? monthRange[0] - (monthRange[0] % size) : 0;
    const periodCount = monthRange ? (monthRange[1] - (monthRange[1] % size) - firstPeriod) / size + 1 : 0;
    // Per period: total, estimated, then per theme code its count and estimated count.
    const width = 2 + 2 * themeCount;
    const trend = new Int32Array(periodCount * width);
    const unplaced = { coarse: 0, undated: 0 };
    const themeArticles = new Int32Array(themeCount);
    const orgArticles = new Int32Array(orgCount);
    const orgMentionSums = new Float64Array(orgCount);
    const themeSeen = this.themeSeen.fill(-1);
    const latest: number[] = [];
    const withFigures: number[] = [];
    let listedFigures = 0;
    let figureCount = 0;
    let newest = -1;
    let total = 0;
    for (let p = 0; p < n; p++) {
      const i = order[p]!;
      const start = spanStart[i]!;
      const end = start + spanExtra[i]!;
      if (dated && (start === NO_DATE || (from !== null && end < from) || (to !== null && start > to))) continue;
      total += 1;
      if (latest.length < LATEST) latest.push(i);
      for (let k = themeOffsets[i]!; k < themeOffsets[i + 1]!; k++) {
        const t = themeValues[k]!;
        if (themeSeen[t] === i) continue;
        themeSeen[t] = i;
        themeArticles[t]! += 1;
      }
      for (let k = orgOffsets[i]!; k < orgOffsets[i + 1]!; k++) {
        orgArticles[orgValues[k]!]! += 1;
        orgMentionSums[orgValues[k]!]! += this.index.orgMentions[k]!;
      }
      const figures = this.index.figureOffsets[i + 1]! - this.index.figureOffsets[i]!;
      figureCount += figures;
      if (figures > 0 && listedFigures < FIGURE_ROWS) {
        withFigures.push(i);
        listedFigures += figures;
      }
      if (start === NO_DATE) {
        unplaced.undated += 1;
        continue;
      }
      if (newest < 0 || start > spanStart[newest]! || (start === spanStart[newest]! && end < spanStart[newest]! + spanExtra[newest]!)) newest = i;
      const periodStart = start - (start % size);
      if (periodStart !== end - (end % size)) {
        unplaced.coarse += 1;
        continue;
      }
      const base = ((periodStart - firstPeriod) / size) * width;
      const late = estimated[i]!;
      trend[base]! += 1;
      trend[base + 1]! += late;
      for (let k = themeOffsets[i]!; k < themeOffsets[i + 1]!; k++) {
        trend[base + 2 + 2 * themeValues[k]!]! += 1;
        trend[base + 3 + 2 * themeValues[k]!]! += late;
      }
    }

    // Taxonomy themes carried by a match, in taxonomy order (the dictionary starts with the taxonomy).
    const drawn: number[] = [];
    this.index.header.envelope.taxonomy.themes.forEach((theme) => {
      const t = columns.themeIds.indexOf(theme.id);
      if (t >= 0 && themeArticles[t]! > 0) drawn.push(t);
    });
    const ranks: OrganizationRank[] = [];
    for (let o = 0; o < orgCount; o++) if (orgArticles[o]! > 0 && !this.media[o]) ranks.push({ id: columns.orgIds[o]!, articles: orgArticles[o]!, mentions: orgMentionSums[o]! });
    const top = ranks.sort(compareRanks).slice(0, TOP_ORGS);

    return {
      total,
      volume,
      growth,
      newest: newest < 0 ? null : toSummaryArticle(this.index.card(newest)),
      themes: drawn.map((t) => ({ id: columns.themeIds[t]!, count: themeArticles[t]! })),
      trend: this.trendData(trend, width, granularity, firstPeriod, periodCount, drawn, unplaced),
      organizations: top,
      matrix: this.matrix(order, n, dated ? { from, to } : null, top, drawn),
      figures: this.figures(withFigures, figureCount),
      latest: latest.map((i) => toSummaryArticle(this.index.card(i))),
    };
  }

  private trendData(
    counts: Int32Array,
    width: number,
    granularity: Granularity,
    first: number,
    periodCount: number,
    drawn: readonly number[],
    unplaced: TimelineData['unplaced'],
  ): TimelineData {
    const { themeIds } = this.index.columns;
    const size = SIZE[granularity];
    const periods: TimelinePeriod[] = [];
    for (let p = 0; p < periodCount; p++) {
      const start = first + p * size;
      const base = p * width;
      const themes: Record<string, ThemeCount> = {};
      for (const t of drawn) themes[themeIds[t]!] = { count: counts[base + 2 + 2 * t]!, estimated: counts[base + 3 + 2 * t]! };
      periods.push({ start, end: start + size - 1, label: periodLabel(start, granularity), total: counts[base]!, estimated: counts[base + 1]!, lowN: counts[base]! < LOW_N, themes });
    }
    return { granularity, periods, themeIds: drawn.map((t) => themeIds[t]!), unplaced };
  }

  /** Pass 3: matches naming a top organization, per drawn theme. */
  private matrix(order: Uint32Array, n: number, range: { from: number | null; to: number | null } | null, top: readonly OrganizationRank[], drawn: readonly number[]): number[][] {
    const { columns } = this.index;
    const { spanStart, spanExtra, themeOffsets, themeValues, orgOffsets, orgValues } = columns;
    const rowOf = new Int16Array(columns.orgIds.length).fill(-1);
    top.forEach((rank, row) => (rowOf[columns.orgIds.indexOf(rank.id)] = row));
    const columnOf = new Int16Array(columns.themeIds.length).fill(-1);
    drawn.forEach((t, column) => (columnOf[t] = column));
    const cells = new Int32Array(top.length * drawn.length);
    for (let p = 0; p < n; p++) {
      const i = order[p]!;
      if (range) {
        const start = spanStart[i]!;
        if (start === NO_DATE || (range.from !== null && start + spanExtra[i]! < range.from) || (range.to !== null && start > range.to)) continue;
      }
      for (let k = orgOffsets[i]!; k < orgOffsets[i + 1]!; k++) {
        const row = rowOf[orgValues[k]!]!;
        if (row < 0) continue;
        for (let m = themeOffsets[i]!; m < themeOffsets[i + 1]!; m++) {
          const column = columnOf[themeValues[m]!]!;
          if (column >= 0) cells[row * drawn.length + column]! += 1;
        }
      }
    }
    return top.map((_, row) => Array.from(cells.subarray(row * drawn.length, (row + 1) * drawn.length)));
  }

  /** The first figures of the matching articles, each with who states it, as the ingest credited it. */
  private figures(articles: readonly number[], count: number): SummaryFigures {
    const rows: SummaryFigures['rows'] = [];
    for (const i of articles) {
      const { id, title, publisher, figures } = this.index.card(i);
      for (const { text, measure, claimant } of figures) {
        if (rows.length === FIGURE_ROWS) break;
        rows.push({ text, measure, ...(claimant && { claimant }), article: { id, title, publisher } });
      }
    }
    return { rows, count };
  }
}

const within = (start: number, end: number, period: PeriodCount) => start >= period.from && end <= period.to;

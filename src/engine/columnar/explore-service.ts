import type { Filters } from '../filters';
import { EMPTY_FILTERS } from '../filters';
import type { SortOrder } from '../filters';
import type { ArticleCard, ArticleIndex, DatasetEnvelope } from './article-index';
import type { SearchHits } from './columnar-engine';
import { ColumnarEngine } from './columnar-engine';
import type { TimelineCube } from './cube';
import type { ArticleLink, OrganizationProfile, OrganizationRequest } from './organization-profile';
import { OrganizationProfiler } from './organization-profile';
import type { SummaryModel } from '../summary-model';
import type { SummaryRequest } from './summary-model';
import { SummaryModeler } from './summary-model';
import type { PlacedEvents, TimelinePeriods } from './gather-events';
import type { SearchScope } from './search-file';
import { IndexSearch } from './index-search';
import { placeGatheredEvents } from './gather-events';
import type { ExportSource } from '../export/build-article-rows';
import type { ExportFileFormat } from '../export/build-export-file';
import { buildExportFile } from '../export/build-export-file';

export interface ExploreRequest {
  filters: Filters;
  sort: SortOrder;
  /** The first result of the page; past the last result, the last page is answered. */
  offset: number;
  limit: number;
}

/** What the explore page draws: small (no array as long as the dataset), so it crosses threads cheaply. */
export interface ExploreAnswer {
  total: number;
  page: number[];
  /** The page's articles as cards, in page order. */
  cards: ArticleCard[];
  themeCounts: Int32Array;
  orgCounts: Int32Array;
  timeline: TimelineCube;
  /** The index terms the query matched (after prefix and typo expansion), for highlighting. */
  terms: string[];
  /** False while the search index is still being built: a query then matches nothing yet. */
  searchReady: boolean;
  /** What search looks in, once its index is ready (null before): article text only when the dataset ships `search.bin`. */
  searchScope: SearchScope | null;
}

/** What the page needs of the index before any answer: the dataset's envelope and its dictionaries. */
export interface IndexSummary {
  envelope: DatasetEnvelope;
  count: number;
  /** The dictionaries `themeCounts` and `orgCounts` are indexed by. */
  themeIds: string[];
  orgIds: string[];
  /** First and last month any article's date can mean, or null: a frozen share link pins an open range to it. */
  monthRange: [number, number] | null;
}

/** An article and the view of Explore it was opened from. */
export interface StepsRequest {
  articleId: string;
  filters: Filters;
  sort: SortOrder;
}

export interface EventsRequest extends TimelinePeriods {
  /** The view's filters; its dates are ignored, as the timeline ignores them. */
  filters: Filters;
  /** Events marked at most per period: the most reported. */
  perPeriod: number;
}

export interface ExportRequest {
  filters: Filters;
  sort: SortOrder;
  format: ExportFileFormat;
  /** The view's canonical query string and its filters in words, recorded in the file. */
  query: string;
  labels: string[];
  exportedAt: string;
}

/** Where an article sits in the current results, for stepping through them from its page. */
export interface ArticleSteps {
  /** 1-based; null when the article is not among the results (previous and next then step through all articles, newest first). */
  position: number | null;
  /** How many results the current filters give. */
  total: number;
  previous: ArticleLink | null;
  next: ArticleLink | null;
}

/**
 * The engine and the search index over one article index, as the worker runs them. The search index
 * is built after the first answers, in chunks, so filtering works while it is being built.
 */
export class ExploreService {
  readonly engine: ColumnarEngine;
  private readonly search: IndexSearch;
  private profiler: OrganizationProfiler | null = null;
  private summaries: SummaryModeler | null = null;
  /** The whole order of the last results stepped through, and of all articles: stepping asks for the same one again and again. */
  private lastOrder: { key: string; order: Uint32Array } | null = null;
  private allOrder: Uint32Array | null = null;

  constructor(readonly index: ArticleIndex) {
    this.engine = new ColumnarEngine(index.columns);
    this.search = new IndexSearch(index);
  }

  /** Whether a query can be answered for real, or would match nothing while the search index is being built. */
  get searchReady(): boolean {
    return this.search.ready;
  }

  summary(): IndexSummary {
    const { header, columns } = this.index;
    return { envelope: header.envelope, count: header.count, themeIds: columns.themeIds, orgIds: columns.orgIds, monthRange: this.engine.monthRange };
  }

  /** See IndexSearch.prepare: the ingest's search file if it fits, else an index built here. */
  prepareSearch(download: () => Promise<ArrayBuffer | null>, yieldToOthers: () => Promise<void>): Promise<SearchScope> {
    return this.search.prepare(download, yieldToOthers);
  }

  /** Builds the search index over titles and highlights, yielding between chunks. */
  buildSearch(yieldToOthers: () => Promise<void>): Promise<void> {
    return this.search.build(yieldToOthers);
  }

  /** How many articles match the filters: what removing one filter from an empty view would bring back. */
  count(filters: Filters): number {
    const { found, hitsKey } = this.search.forFilters(filters);
    return this.engine.select({ filters, hits: found, hitsKey, sort: 'date', offset: 0, limit: 0 }).total;
  }

  select({ filters, sort, offset, limit }: ExploreRequest): ExploreAnswer {
    const { found, hitsKey } = this.search.forFilters(filters);
    const query = { filters, hits: found, hitsKey, sort, offset, limit };
    let selection = this.engine.select(query);
    // A link made when there were more results asks for a page past the last: it gets the last, which its pagination shows.
    if (limit > 0 && offset >= selection.total && selection.total > 0) {
      selection = this.engine.select({ ...query, offset: Math.floor((selection.total - 1) / limit) * limit });
    }
    const cards = selection.page.map((i) => this.index.card(i));
    return { ...selection, cards, terms: found?.terms ?? [], searchReady: this.search.ready, searchScope: this.search.scope };
  }

  /** Every result of a view as an export file, in display order; of each card only the exported fields are kept. */
  exportFile({ filters, sort, format, query, labels, exportedAt }: ExportRequest): string {
    const order = this.resultOrder(filters, sort);
    const sources: ExportSource[] = [];
    for (let p = 0; p < order.length; p++) {
      const { id, title, titleOrigin, publisher, publishedAt, url, themes, organizations, highlights, summary } = this.index.card(order[p]!);
      sources.push({ id, title, titleOrigin, publisher, publishedAt, url, themes, organizations, highlights, summary });
    }
    const { envelope } = this.index.header;
    return buildExportFile(sources, envelope, { query, labels }, format, new Date(exportedAt));
  }

  /** The events the timeline can mark: of the articles passing every filter but the dates, in article order, as the reference implementation reads them. */
  events({ filters, granularity, periods, perPeriod }: EventsRequest): PlacedEvents {
    const { found, hitsKey } = this.search.forFilters(filters);
    const order = this.byDate({ ...filters, from: null, to: null, rolling: null }, found, hitsKey).sort();
    return placeGatheredEvents(this.index, order, { granularity, periods }, perPeriod);
  }

  /** The organization's profile over the whole index, or null when the registry lacks it. */
  organization(request: OrganizationRequest): OrganizationProfile | null {
    this.profiler ??= new OrganizationProfiler(this.index);
    return this.profiler.profile(request);
  }

  /** The summary page's model of a view: KPIs, themes, organizations and figures over all its matches. */
  summaryModel({ filters }: SummaryRequest): SummaryModel {
    this.summaries ??= new SummaryModeler(this.index, this.engine);
    const { found, hitsKey } = this.search.forFilters(filters);
    return this.summaries.model(filters, found, hitsKey);
  }

  /** The article's place in the results of a view and its neighbours there, or null when no article has this id. */
  steps({ articleId, filters, sort }: StepsRequest): ArticleSteps | null {
    const article = this.index.indexOf(articleId);
    if (article < 0) return null;
    const order = this.resultOrder(filters, sort);
    const at = order.indexOf(article);
    // Outside the results, the page steps through all articles, as the small dataset's page does.
    const through = at >= 0 ? order : (this.allOrder ??= this.byDate(EMPTY_FILTERS, null, ''));
    const place = at >= 0 ? at : through.indexOf(article);
    const link = (p: number): ArticleLink | null => {
      const i = through[p];
      if (i === undefined) return null;
      const { id, title } = this.index.card(i);
      return { id, title };
    };
    return { position: at >= 0 ? at + 1 : null, total: order.length, previous: link(place - 1), next: link(place + 1) };
  }

  /**
   * Every result of a view in display order. The engine pages by date; by relevance it is asked for
   * the matches only, which are then ordered by score (ties by article order, as its pages are).
   */
  private resultOrder(filters: Filters, sort: SortOrder): Uint32Array {
    const { found, hitsKey } = this.search.forFilters(filters);
    const relevance = sort === 'relevance' && found !== null;
    const key = JSON.stringify([filters.themes, filters.orgs, filters.orgMatch, filters.rollup, filters.from, filters.to, hitsKey, relevance]);
    if (this.lastOrder?.key === key) return this.lastOrder.order;
    let order = this.byDate(filters, found, hitsKey);
    if (relevance) {
      const matching = new Uint8Array(this.index.header.count);
      for (let p = 0; p < order.length; p++) matching[order[p]!] = 1;
      const scored: { i: number; score: number }[] = [];
      for (let p = 0; p < found.ids.length; p++) if (matching[found.ids[p]!]) scored.push({ i: found.ids[p]!, score: found.scores[p]! });
      scored.sort((a, b) => b.score - a.score || a.i - b.i);
      order = Uint32Array.from(scored, ({ i }) => i);
    }
    this.lastOrder = { key, order };
    return order;
  }

  private byDate(filters: Filters, hits: SearchHits | null, hitsKey: string): Uint32Array {
    return Uint32Array.from(this.engine.select({ filters, hits, hitsKey, sort: 'date', offset: 0, limit: this.index.header.count }).page);
  }
}

import type { Filters } from '../filters';
import type { SortOrder } from '../select-matches';
import type { ArticleCard, ArticleIndex, DatasetEnvelope } from './article-index';
import type { SearchHits } from './columnar-engine';
import { ColumnarEngine } from './columnar-engine';
import type { CompactSearchIndex } from './compact-search';
import { CompactSearchBuilder } from './compact-search';
import type { TimelineCube } from './cube';

export interface ExploreRequest {
  filters: Filters;
  sort: SortOrder;
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
}

/** What the page needs of the index before any answer: the dataset's envelope and its dictionaries. */
export interface IndexSummary {
  envelope: DatasetEnvelope;
  count: number;
  chunkSize: number;
  /** The dictionaries `themeCounts` and `orgCounts` are indexed by. */
  themeIds: string[];
  orgIds: string[];
}

/** Small enough (a few ms) that a selection waiting behind a chunk is not noticed. */
const SEARCH_CHUNK = 1_000;
const REMEMBERED_QUERIES = 4;

/**
 * The engine and the search index over one article index, as the worker runs them. The search index
 * is built after the first answers, in chunks, so filtering works while it is being built.
 */
export class ExploreService {
  readonly engine: ColumnarEngine;
  private search: CompactSearchIndex | null = null;
  private readonly results = new Map<string, SearchHits & { terms: string[] }>();

  constructor(readonly index: ArticleIndex) {
    this.engine = new ColumnarEngine(index.columns);
  }

  summary(): IndexSummary {
    const { header, columns } = this.index;
    return { envelope: header.envelope, count: header.count, chunkSize: header.chunkSize, themeIds: columns.themeIds, orgIds: columns.orgIds };
  }

  /** Builds the search index over titles and highlights (bodies are not on the client), yielding between chunks. */
  async buildSearch(yieldToOthers: () => Promise<void>): Promise<void> {
    const { count } = this.index.header;
    const builder = new CompactSearchBuilder(count);
    for (let start = 0; start < count; start += SEARCH_CHUNK) {
      for (let i = start; i < Math.min(count, start + SEARCH_CHUNK); i++) {
        const card = this.index.card(i);
        builder.add(i, [card.title, card.highlights.items.join('\n')]);
      }
      await yieldToOthers();
    }
    this.search = builder.build();
  }

  private hitsFor(query: string): SearchHits & { terms: string[] } {
    let found = this.results.get(query);
    if (!found) {
      found = this.search?.search(query) ?? { ids: new Uint32Array(0), scores: new Float64Array(0), terms: [] };
      if (this.search) {
        if (this.results.size >= REMEMBERED_QUERIES) this.results.delete(this.results.keys().next().value!);
        this.results.set(query, found);
      }
    }
    return found;
  }

  select({ filters, sort, offset, limit }: ExploreRequest): ExploreAnswer {
    const query = filters.q.trim();
    const found = query ? this.hitsFor(query) : null;
    // Hits found before the search index was ready are none: they must not be taken for the real ones.
    const hitsKey = `${this.search ? 'ready' : 'building'}:${query}`;
    const selection = this.engine.select({ filters, hits: found, hitsKey, sort, offset, limit });
    const cards = selection.page.map((i) => this.index.card(i));
    return { ...selection, cards, terms: found?.terms ?? [], searchReady: this.search !== null };
  }
}

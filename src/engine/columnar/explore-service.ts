import type MiniSearch from 'minisearch';
import type { Filters } from '../filters';
import type { SortOrder } from '../select-matches';
import type { SearchDocument } from '../search';
import { createSearchIndex } from '../search';
import type { ArticleIndex } from './article-index';
import type { SearchHits } from './columnar-engine';
import { ColumnarEngine } from './columnar-engine';
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
  themeCounts: Int32Array;
  orgCounts: Int32Array;
  timeline: TimelineCube;
  /** Matched search terms of the page's articles, for highlighting. */
  terms: Record<number, string[]>;
  /** False while the search index is still being built: a query then matches nothing yet. */
  searchReady: boolean;
}

/** Small enough (about 10 ms) that a selection waiting behind a chunk is not noticed. */
const SEARCH_CHUNK = 250;
const REMEMBERED_QUERIES = 4;

/**
 * The engine and the search index over one article index, as the worker runs them. The search index
 * is built after the first answers, in chunks, so filtering works while it is being built.
 */
export class ExploreService {
  readonly engine: ColumnarEngine;
  private search: MiniSearch<SearchDocument> | null = null;
  private readonly results = new Map<string, { hits: SearchHits; terms: Map<number, string[]> }>();

  constructor(readonly index: ArticleIndex) {
    this.engine = new ColumnarEngine(index.columns);
  }

  /** Builds the search index over titles and highlights (bodies are not on the client), yielding between chunks. */
  async buildSearch(yieldToOthers: () => Promise<void>): Promise<void> {
    const search = createSearchIndex();
    const { count } = this.index.header;
    for (let start = 0; start < count; start += SEARCH_CHUNK) {
      const documents: SearchDocument[] = [];
      for (let i = start; i < Math.min(count, start + SEARCH_CHUNK); i++) {
        const card = this.index.card(i);
        documents.push({ index: i, title: card.title, highlights: card.highlights.items.join('\n'), text: '' });
      }
      search.addAll(documents);
      await yieldToOthers();
    }
    this.search = search;
  }

  private hitsFor(query: string): { hits: SearchHits; terms: Map<number, string[]> } {
    let found = this.results.get(query);
    if (!found) {
      const results = this.search?.search(query) ?? [];
      found = {
        hits: { ids: Uint32Array.from(results, (r) => r.id as number), scores: Float64Array.from(results, (r) => r.score) },
        terms: new Map(results.map((r) => [r.id as number, r.terms])),
      };
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
    const selection = this.engine.select({ filters, hits: found?.hits ?? null, sort, offset, limit });
    const terms: Record<number, string[]> = {};
    if (found) for (const i of selection.page) terms[i] = found.terms.get(i) ?? [];
    return { ...selection, terms, searchReady: this.search !== null };
  }
}

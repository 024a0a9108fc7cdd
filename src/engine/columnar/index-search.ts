import type { Filters } from '../filters';
import type { ArticleIndex } from './article-index';
import type { SearchHits } from './columnar-engine';
import type { CompactSearchIndex } from './compact-search';
import { CompactSearchBuilder } from './compact-search';
import type { SearchScope } from './search-file';
import { decodeSearchFile } from './search-file';

/** Small enough (a few ms) that a selection waiting behind a chunk is not noticed. */
const SEARCH_CHUNK = 1_000;
const REMEMBERED_QUERIES = 4;

type Found = SearchHits & { terms: string[] };

/**
 * The search over one article index: the ingest's `search.bin` when it has one, else an index over
 * titles and highlights built here in chunks; until either is ready, a query matches nothing.
 */
export class IndexSearch {
  private built: CompactSearchIndex | null = null;
  private builtScope: SearchScope | null = null;
  private readonly results = new Map<string, Found>();

  constructor(private readonly articles: Pick<ArticleIndex, 'header' | 'card'>) {}

  /** Whether a query can be answered for real, or would match nothing while the search index is being built. */
  get ready(): boolean {
    return this.built !== null;
  }

  /** What search looks in: null until its index is ready. */
  get scope(): SearchScope | null {
    return this.builtScope;
  }

  /**
   * Takes the search index the ingest wrote (`search.bin`, over titles, highlights and text) when
   * `download` gives one that belongs to this index; otherwise — none (an older dataset), a failed
   * download, an unreadable file — builds the one over titles and highlights. Never throws.
   */
  async prepare(download: () => Promise<ArrayBuffer | null>, yieldToOthers: () => Promise<void>): Promise<SearchScope> {
    try {
      const buffer = await download();
      if (buffer) {
        const { search, scope } = decodeSearchFile(buffer, { count: this.articles.header.count, envelope: this.articles.header.envelope });
        this.use(search, scope);
        return scope;
      }
    } catch {
      // Falls through to the index the worker can build itself: search works, over less.
    }
    await this.build(yieldToOthers);
    return 'titles-highlights';
  }

  /** Builds the search index over titles and highlights (bodies are not on the client), yielding between chunks. */
  async build(yieldToOthers: () => Promise<void>): Promise<void> {
    const { count } = this.articles.header;
    const builder = new CompactSearchBuilder(count);
    for (let start = 0; start < count; start += SEARCH_CHUNK) {
      for (let i = start; i < Math.min(count, start + SEARCH_CHUNK); i++) {
        const card = this.articles.card(i);
        builder.add(i, [card.title, card.highlights.items.join('\n')]);
      }
      await yieldToOthers();
    }
    this.use(builder.build(), 'titles-highlights');
  }

  /** The hits of a view's query, or null without one, and what identifies them for the engine's caches. */
  forFilters(filters: Filters): { found: Found | null; hitsKey: string } {
    const query = filters.q.trim();
    // Hits found before the search index was ready are none: they must not be taken for the real ones.
    return { found: query ? this.hitsFor(query) : null, hitsKey: `${this.built ? 'ready' : 'building'}:${query}` };
  }

  private use(search: CompactSearchIndex, scope: SearchScope): void {
    this.built = search;
    this.builtScope = scope;
    this.results.clear();
  }

  private hitsFor(query: string): Found {
    let found = this.results.get(query);
    if (!found) {
      found = this.built?.search(query) ?? { ids: new Uint32Array(0), scores: new Float64Array(0), terms: [] };
      if (this.built) {
        if (this.results.size >= REMEMBERED_QUERIES) this.results.delete(this.results.keys().next().value!);
        this.results.set(query, found);
      }
    }
    return found;
  }
}

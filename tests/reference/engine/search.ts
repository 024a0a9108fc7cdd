import MiniSearch from 'minisearch';
import type { Article } from '../../../src/domain/schema';

export interface SearchHit {
  score: number;
  /** The document terms that matched (after prefix and typo expansion), for highlighting. */
  terms: string[];
}

export interface SearchDocument {
  index: number;
  title: string;
  highlights: string;
  text: string;
}

/** An empty full-text index over titles, highlights and body text: prefix and typo-tolerant. */
export function createSearchIndex(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    idField: 'index',
    fields: ['title', 'highlights', 'text'],
    searchOptions: {
      boost: { title: 3, highlights: 2 },
      prefix: true,
      // One typo per five letters: "hydrogn" finds "hydrogen", short words must match exactly.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : 0),
      combineWith: 'AND',
    },
  });
}

/** A full-text index over titles, highlights and body: prefix and typo-tolerant. */
export function buildSearchIndex(articles: readonly Article[]): MiniSearch<SearchDocument> {
  const search = createSearchIndex();
  search.addAll(
    articles.map((article, index) => ({
      index,
      title: article.title,
      highlights: article.highlights.items.join('\n'),
      text: article.body.map((block) => block.text).join('\n'),
    })),
  );
  return search;
}

/** Article index → hit, for a query; an empty query matches nothing here (callers treat it as no filter). */
export function searchArticles(search: MiniSearch<SearchDocument>, query: string): Map<number, SearchHit> {
  const hits = new Map<number, SearchHit>();
  if (!query.trim()) return hits;
  for (const result of search.search(query)) {
    hits.set(result.id as number, { score: result.score, terms: result.terms });
  }
  return hits;
}

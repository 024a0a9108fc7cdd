import type { Organization, Taxonomy } from '../src/domain/schema';
import { createSearchIndex } from '../src/engine/search';
import { createSyntheticCorpus } from '../src/synthetic/generate-corpus';
import { summarize } from './stats';

export interface SearchResult {
  articles: number;
  fields: string;
  buildMs: number;
  heapMb: number;
  query: { median: number; p95: number; n: number };
  perQuery: { query: string; hits: number; median: number }[];
}

/** Typed as the user would: whole words, a prefix, a typo, two words, a name. */
const QUERIES = ['hydrogen', 'hydro', 'hydrogn', 'permanent magnet', 'battery cover steel', 'baogang', 'carbon peak', 'tangshan'];

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

/**
 * The app's MiniSearch setup over what the scaled layout has on load (title and highlights; bodies
 * are fetched per article), built in one Node process as the app's worker builds it.
 */
export function benchSearch(count: number, inputs: { taxonomy: Taxonomy; registry: Organization[] }, rounds = 15): SearchResult {
  const corpus = createSyntheticCorpus({ count, seed: 1, taxonomy: inputs.taxonomy, registry: inputs.registry });
  const documents = Array.from({ length: count }, (_, index) => {
    const article = corpus.article(index);
    return { index, title: article.title, highlights: article.highlights.items.join('\n'), text: '' };
  });
  const before = heapMb();
  const started = performance.now();
  const search = createSearchIndex();
  search.addAll(documents);
  const buildMs = performance.now() - started;
  const heap = heapMb() - before;
  const all: number[] = [];
  const perQuery = QUERIES.map((query) => {
    const times: number[] = [];
    let hits = 0;
    for (let r = 0; r <= rounds; r++) {
      const t = performance.now();
      hits = search.search(query).length;
      if (r > 0) times.push(performance.now() - t);
    }
    all.push(...times);
    return { query, hits, median: summarize(times).median };
  });
  return { articles: count, fields: 'title, highlights', buildMs, heapMb: heap, query: summarize(all), perQuery };
}

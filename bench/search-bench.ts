import type { Organization, Taxonomy } from '../src/domain/schema';
import { CompactSearchBuilder } from '../src/engine/columnar/compact-search';
import { createSearchIndex } from '../src/engine/search';
import { createSyntheticCorpus } from '../src/synthetic/generate-corpus';
import { summarize } from './stats';

export interface SearchResult {
  library: string;
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
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1e6;
}

function timeQueries(search: (query: string) => number, rounds: number) {
  const all: number[] = [];
  const perQuery = QUERIES.map((query) => {
    const times: number[] = [];
    let hits = 0;
    for (let r = 0; r <= rounds; r++) {
      const t = performance.now();
      hits = search(query);
      if (r > 0) times.push(performance.now() - t);
    }
    all.push(...times);
    return { query, hits, median: summarize(times).median };
  });
  return { query: summarize(all), perQuery };
}

/**
 * The two candidate indexes over what the split layout has on load (title and highlights; bodies are
 * fetched per article), each built in one Node process as the worker builds it: the app's MiniSearch
 * setup (prefix and typo-tolerant, AND) and the typed-array index the worker uses.
 */
export function benchSearch(count: number, inputs: { taxonomy: Taxonomy; registry: Organization[] }, rounds = 15): SearchResult[] {
  const corpus = createSyntheticCorpus({ count, seed: 1, taxonomy: inputs.taxonomy, registry: inputs.registry });
  const fields = Array.from({ length: count }, (_, index) => {
    const article = corpus.article(index);
    return [article.title, article.highlights.items.join('\n')] as const;
  });
  const results: SearchResult[] = [];

  let before = heapMb();
  let started = performance.now();
  const mini = createSearchIndex();
  mini.addAll(fields.map(([title, highlights], index) => ({ index, title, highlights, text: '' })));
  let buildMs = performance.now() - started;
  results.push({ library: 'MiniSearch', articles: count, fields: 'title, highlights', buildMs, heapMb: heapMb() - before, ...timeQueries((query) => mini.search(query).length, rounds) });

  before = heapMb();
  started = performance.now();
  const compact = (() => {
    // In a closure, so the builder's maps are garbage by the time memory is measured.
    const builder = new CompactSearchBuilder(count);
    fields.forEach((field, i) => builder.add(i, field));
    return builder.build();
  })();
  buildMs = performance.now() - started;
  results.push({ library: 'typed-array index', articles: count, fields: 'title, highlights', buildMs, heapMb: heapMb() - before, ...timeQueries((query) => compact.search(query).ids.length, rounds) });
  return results;
}

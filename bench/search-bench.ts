import type { Organization, Taxonomy } from '../src/domain/schema';
import type { CompactSearchIndex } from '../src/engine/columnar/compact-search';
import { CompactSearchBuilder } from '../src/engine/columnar/compact-search';
import { decodeSearchFile, encodeSearchFile, searchFieldsOf } from '../src/engine/columnar/search-file';
import { createSearchIndex } from '../tests/reference/engine/search';
import { createSyntheticCorpus } from '../src/synthetic/generate-corpus';
import { summarize } from './stats';

export interface SearchResult {
  library: string;
  articles: number;
  fields: string;
  buildMs: number;
  /** MiniSearch: heap growth. Typed-array indexes: their arrays' sizes (see arraysMb), as a heap delta misses ArrayBuffers freed lazily. */
  heapMb: number;
  query: { median: number; p95: number; n: number };
  perQuery: { query: string; hits: number; median: number }[];
  /** For an index written to a file (`search.bin`): its size, the time to write it, and to read it back. */
  file?: { bytes: number; encodeMs: number; decodeMs: number };
}

/** Typed as the user would: whole words, a prefix, a typo, two words, a name. */
const QUERIES = ['hydrogen', 'hydro', 'hydrogn', 'permanent magnet', 'battery cover steel', 'baogang', 'carbon peak', 'tangshan'];

function heapMb(): number {
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1e6;
}

/** The typed-array index's memory: its arrays, its per-query buffers (17 bytes per article) and its terms (about 2 bytes a letter plus a header). */
function arraysMb(search: CompactSearchIndex): number {
  const { terms, offsets, docs, weights } = search.parts;
  const termBytes = terms.reduce((sum, term) => sum + 16 + 2 * term.length, 0);
  return (offsets.byteLength + docs.byteLength + weights.byteLength + 4 * terms.length + 17 * search.count + termBytes) / 1e6;
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
 * The two candidate indexes over what a dataset folder gives on load (title and highlights; bodies are
 * fetched per article), each built in one Node process as the worker builds it: the app's MiniSearch
 * setup (prefix and typo-tolerant, AND) and the typed-array index the worker builds when a dataset has
 * no `search.bin`; then the one over the text too, read from `search.bin` (see benchSearchFile).
 */
export function benchSearch(count: number, inputs: { taxonomy: Taxonomy; registry: Organization[] }, rounds = 15): SearchResult[] {
  const corpus = createSyntheticCorpus({ count, seed: 1, taxonomy: inputs.taxonomy, registry: inputs.registry });
  const fields = Array.from({ length: count }, (_, index) => {
    const article = corpus.article(index);
    return [article.title, article.highlights.items.join('\n')] as const;
  });
  const results: SearchResult[] = [];

  const before = heapMb();
  let started = performance.now();
  const mini = createSearchIndex();
  mini.addAll(fields.map(([title, highlights], index) => ({ index, title, highlights, text: '' })));
  let buildMs = performance.now() - started;
  results.push({ library: 'MiniSearch', articles: count, fields: 'title, highlights', buildMs, heapMb: heapMb() - before, ...timeQueries((query) => mini.search(query).length, rounds) });

  started = performance.now();
  const compact = (() => {
    // In a closure, so the builder's maps are garbage by the time memory is measured.
    const builder = new CompactSearchBuilder(count);
    fields.forEach((field, i) => builder.add(i, field));
    return builder.build();
  })();
  buildMs = performance.now() - started;
  results.push({ library: 'typed-array index', articles: count, fields: 'title, highlights', buildMs, heapMb: arraysMb(compact), ...timeQueries((query) => compact.search(query).ids.length, rounds) });
  results.push(benchSearchFile(count, inputs, rounds));
  return results;
}

/**
 * The index a dataset folder ships as `search.bin` (title, highlights and article text), as the ingest
 * builds and writes it and as the worker reads it back: the build and encode are the ingest's cost,
 * decode (plus the download) the worker's, against building the title-and-highlights index itself.
 */
export function benchSearchFile(count: number, inputs: { taxonomy: Taxonomy; registry: Organization[] }, rounds = 15): SearchResult {
  const corpus = createSyntheticCorpus({ count, seed: 1, taxonomy: inputs.taxonomy, registry: inputs.registry });
  const envelope = corpus.envelope();
  const { file, buildMs, encodeMs } = (() => {
    // In a closure, so the builder's arrays are garbage by the time the decoded index's memory is measured.
    let started = performance.now();
    const builder = new CompactSearchBuilder(count);
    for (let i = 0; i < count; i++) builder.add(i, searchFieldsOf(corpus.article(i)));
    const index = builder.build();
    const built = performance.now() - started;
    started = performance.now();
    const encoded = encodeSearchFile(index, envelope, 'titles-highlights-text');
    return { file: encoded, buildMs: built, encodeMs: performance.now() - started };
  })();
  const buffer = file.slice().buffer;
  const started = performance.now();
  const { search } = decodeSearchFile(buffer, { count, envelope });
  const decodeMs = performance.now() - started;
  return {
    library: 'typed-array index from search.bin',
    articles: count,
    fields: 'title, highlights, text',
    buildMs,
    heapMb: arraysMb(search),
    ...timeQueries((query) => search.search(query).ids.length, rounds),
    file: { bytes: file.length, encodeMs, decodeMs },
  };
}

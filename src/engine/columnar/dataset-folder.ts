import type { Article } from '../../domain/schema';
import type { DatasetEnvelope } from './article-index';
import { CHUNK_SIZE } from './article-index';
import { CompactSearchBuilder } from './compact-search';
import { encodeArticleIndex } from './encode-article-index';
import { SEARCH_FILE, encodeSearchFile, searchFieldsOf } from './search-file';

/**
 * A dataset is a folder, whatever its size: `index.bin` (what filters, facets, timeline, cards, the
 * summary and exports need, as Arrow columns), `search.bin` (the full-text index over titles,
 * highlights and article text, which the page cannot build without the bodies) and `bodies/<n>.json`
 * (whole articles, CHUNK_SIZE per file, fetched when one is opened). The ingest adds `manifest.json`
 * for tools that want the version without decoding the index.
 */
export const INDEX_FILE = 'index.bin';
export const MANIFEST_FILE = 'manifest.json';

/** The body file holding chunk n: "bodies/3.json" holds articles 1500 to 1999 with a CHUNK_SIZE of 500. */
export const bodyFilePath = (chunk: number) => `bodies/${chunk}.json`;

export interface DatasetFile {
  /** Relative to the folder, e.g. "bodies/0.json". */
  path: string;
  bytes: Uint8Array;
}

/**
 * The folder's data files, encoded one at a time so a large dataset never sits in memory whole: the
 * index, then the body files (the search index is built as they pass), then the search file. The same
 * dataset gives the same bytes. Articles are taken as given: checking them is the writer's job.
 */
export function* encodeDatasetFiles(envelope: DatasetEnvelope, count: number, articleAt: (i: number) => Article): Generator<DatasetFile> {
  yield { path: INDEX_FILE, bytes: encodeArticleIndex(envelope, count, articleAt) };
  const search = new CompactSearchBuilder(count);
  const text = new TextEncoder();
  for (let chunk = 0; chunk * CHUNK_SIZE < count; chunk++) {
    const start = chunk * CHUNK_SIZE;
    const articles = Array.from({ length: Math.min(CHUNK_SIZE, count - start) }, (_, k) => articleAt(start + k));
    articles.forEach((article, k) => search.add(start + k, searchFieldsOf(article)));
    yield { path: bodyFilePath(chunk), bytes: text.encode(JSON.stringify(articles)) };
  }
  yield { path: SEARCH_FILE, bytes: encodeSearchFile(search.build(), envelope, 'titles-highlights-text') };
}

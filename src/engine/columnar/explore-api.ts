import * as v from 'valibot';
import type { Article } from '../../domain/schema';
import { ArticleSchema } from '../../domain/schema';
import { DatasetError, REBUILD_ADVICE } from '../../domain/parse-dataset';
import type { ExploreContract, LoadResult, SearchScope } from '../contract';
import { bodyFilePath } from './dataset-folder';
import { decodeArticleIndex } from './decode-article-index';
import { LruCache } from './lru-cache';
import { ExploreService } from './explore-service';
import { searchFileUrl } from './search-file';

// A macrotask between search-index chunks lets queued requests run in between.
const yieldToOthers = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The contract answered from a dataset folder: opens the index the page downloaded, answers each
 * request, and builds the search index after the first answer so the first page waits for neither.
 * `fetchFile` reads what sits beside the index (its search and body files): the worker's `fetch`, a
 * loopback server's in tests.
 */
export function createExploreApi(fetchFile: typeof fetch): ExploreContract {
  let service: ExploreService | null = null;
  let indexUrl = '';
  /** Settles once the search index is built; null until the first answer starts building it. */
  let searchBuilt: Promise<SearchScope> | null = null;
  const searchListeners: ((scope: SearchScope) => void)[] = [];
  /** Body files recently read: stepping through results opens neighbours in the same file. */
  const bodies = new LruCache<Promise<unknown[]>>();

  const ready = (): ExploreService => {
    if (!service) throw new Error('the dataset is not loaded');
    return service;
  };

  /**
   * The ingest's `search.bin` beside the index, or null when there is none (a dataset written before
   * it existed: a 404, or a dev server's HTML fallback); the service then builds a smaller index itself.
   */
  async function downloadSearchFile(): Promise<ArrayBuffer | null> {
    const response = await fetchFile(searchFileUrl(indexUrl));
    if (!response.ok || response.headers.get('content-type')?.includes('text/html')) return null;
    return response.arrayBuffer();
  }

  function warmUp(loaded: ExploreService): Promise<SearchScope> {
    if (!searchBuilt) {
      loaded.engine.warmUp();
      searchBuilt = loaded.prepareSearch(downloadSearchFile, yieldToOthers);
      void searchBuilt.then((scope) => searchListeners.forEach((listener) => listener(scope)));
    }
    return searchBuilt;
  }

  /**
   * A request with a search waits for the search index: until it is built a query matches nothing,
   * which would be answered as if true. The search index starts after the first answer either way.
   */
  async function answer<T>(query: string | null, compute: (loaded: ExploreService) => T): Promise<T> {
    const loaded = ready();
    try {
      if (query?.trim() && !loaded.searchReady) await warmUp(loaded);
      return compute(loaded);
    } finally {
      void warmUp(loaded);
    }
  }

  /** A body file, `bodies/<n>.json` beside the index: the whole articles of one chunk, in index order. */
  async function bodyFile(chunk: number): Promise<unknown[]> {
    const url = indexUrl.replace(/[^/]+$/, bodyFilePath(chunk));
    let response: Response;
    try {
      response = await fetchFile(url);
    } catch {
      throw new Error('The article could not be downloaded: the network request failed.');
    }
    if (!response.ok) throw new Error(`The server answered ${response.status} for ${url}.`);
    const records: unknown = await response.json().catch(() => null);
    if (!Array.isArray(records)) throw new Error(`The article file ${url} is not a list of articles.`);
    return records;
  }

  /** The article at `position` of the index, read from its body file and checked like every article. */
  async function articleAt(loaded: ExploreService, position: number): Promise<Article> {
    const { chunkSize } = loaded.index.header;
    const chunk = Math.floor(position / chunkSize);
    const file = bodies.get(String(chunk), () => bodyFile(chunk));
    // A failed download is not kept: the next request tries again.
    file.catch(() => bodies.clear());
    const parsed = v.safeParse(ArticleSchema, (await file)[position - chunk * chunkSize]);
    if (!parsed.success) {
      const where = v.getDotPath(parsed.issues[0]);
      throw new Error(`The article's record is malformed (${where ? `${where}: ` : ''}${parsed.issues[0].message}).`);
    }
    return parsed.output;
  }

  async function open(index: ArrayBuffer, url: string): Promise<LoadResult> {
    indexUrl = url;
    try {
      service = new ExploreService(decodeArticleIndex(index));
      return { ok: true, summary: service.summary() };
    } catch (error) {
      if (error instanceof DatasetError) return { ok: false, failure: { message: error.message, advice: error.advice, retryable: error.retryable } };
      return { ok: false, failure: { message: `The dataset index is unreadable (${(error as Error).message}).`, advice: REBUILD_ADVICE, retryable: false } };
    }
  }

  return {
    open,
    // A view is answered at once, searched or not: the answer says whether search was ready.
    select: (request) => answer(null, (loaded) => loaded.select(request)),
    count: (list) => answer(list.map((filters) => filters.q).join(' '), (loaded) => list.map((filters) => loaded.count(filters))),
    article: async (articleId) => {
      const loaded = ready();
      const position = loaded.index.indexOf(articleId);
      if (position < 0) return null;
      const article = await articleAt(loaded, position);
      // A body file left from another dataset would show another article under this one's address.
      if (article.id !== articleId) throw new Error(`The article file holds ${article.id} where the index has ${articleId}: it belongs to another dataset.`);
      return article;
    },
    organization: (request) => answer(null, (loaded) => loaded.organization(request)),
    steps: (request) => answer(request.filters.q, (loaded) => loaded.steps(request)),
    events: (request) => answer(request.filters.q, (loaded) => loaded.events(request)),
    exportFile: (request) => answer(request.filters.q, (loaded) => loaded.exportFile(request)),
    summary: (request) => answer(request.filters.q, (loaded) => loaded.summaryModel(request)),
    onSearchReady: async (listener) => {
      searchListeners.push(listener);
    },
  };
}

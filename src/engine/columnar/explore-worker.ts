/// <reference lib="webworker" />
// The explore engine off the main thread: the worker downloads the index, keeps it, and answers
// each view with its counts and the cards of its page, so typing and clicking never wait on it.
import { decodeArticleIndex } from './article-index';
import { ExploreService } from './explore-service';
import { searchFileUrl } from './search-file';
import type { FromWorker, ToWorker } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

let service: ExploreService | null = null;
let indexUrl = '';
/** Settles once the search index is built; null until the first answer starts building it. */
let searchBuilt: Promise<void> | null = null;
const post = (message: FromWorker) => self.postMessage(message);
// A macrotask between search-index chunks lets queued selections run in between.
const yieldToOthers = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function load(url: string): Promise<void> {
  indexUrl = url;
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    post({ type: 'error', message: 'The dataset could not be downloaded: the network request failed.', advice: 'Check your connection and retry.', retryable: true });
    return;
  }
  if (!response.ok || response.headers.get('content-type')?.includes('text/html')) {
    const missing = response.status === 404 || response.ok;
    post({
      type: 'error',
      message: missing ? `No dataset at ${url}.` : `The server answered ${response.status} for ${url}.`,
      advice: missing ? 'Generate it (see `npm run gen:synthetic -- --help`), then reload.' : 'Retry in a moment.',
      retryable: response.status >= 500,
    });
    return;
  }
  try {
    service = new ExploreService(decodeArticleIndex(await response.arrayBuffer()));
  } catch (error) {
    post({ type: 'error', message: `The dataset index is unreadable (${(error as Error).message}).`, advice: 'Generate it again.', retryable: false });
    return;
  }
  post({ type: 'ready', ...service.summary() });
}

/**
 * The ingest's `search.bin` beside the index, or null when there is none (a dataset written before
 * it existed: a 404, or a dev server's HTML fallback); the caller then builds a smaller index itself.
 */
async function downloadSearchFile(): Promise<ArrayBuffer | null> {
  const response = await fetch(searchFileUrl(indexUrl));
  if (!response.ok || response.headers.get('content-type')?.includes('text/html')) return null;
  return response.arrayBuffer();
}

/** After the first answer, so the first page waits for neither the warm-up nor the search index. */
function warmUp(ready: ExploreService): Promise<void> {
  if (!searchBuilt) {
    ready.engine.warmUp();
    searchBuilt = ready.prepareSearch(downloadSearchFile, yieldToOthers).then((scope) => post({ type: 'search-ready', scope }));
  }
  return searchBuilt;
}

/**
 * Answers a request of another page (article, organization, summary) or of an export; a failure is
 * reported, not left hanging. A request with a search waits for the search index: until it is built a
 * query matches nothing, which would be answered as if true.
 */
async function reply(ready: ExploreService, id: number, query: string | null, answer: () => FromWorker): Promise<void> {
  try {
    if (query?.trim() && !ready.searchReady) await warmUp(ready);
    post(answer());
  } catch (error) {
    post({ type: 'failed', id, message: (error as Error).message });
  }
  void warmUp(ready);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    void load(message.url);
    return;
  }
  const ready = service;
  if (!ready) return;
  if (message.type === 'locate') {
    post({ type: 'located', id: message.id, position: ready.index.indexOf(message.articleId) });
    return;
  }
  if (message.type === 'organization') {
    const { id, type: _type, ...request } = message;
    void reply(ready, id, null, () => ({ type: 'organization', id, profile: ready.organization(request) }));
    return;
  }
  if (message.type === 'steps') {
    const { id, type: _type, ...request } = message;
    void reply(ready, id, request.filters.q, () => ({ type: 'steps', id, steps: ready.steps(request) }));
    return;
  }
  if (message.type === 'export') {
    const { id, type: _type, ...request } = message;
    void reply(ready, id, request.filters.q, () => ({ type: 'export', id, text: ready.exportFile(request) }));
    return;
  }
  if (message.type === 'events') {
    const { id, type: _type, ...request } = message;
    void reply(ready, id, request.filters.q, () => ({ type: 'events', id, ...ready.events(request) }));
    return;
  }
  if (message.type === 'summary') {
    const { id, type: _type, ...request } = message;
    void reply(ready, id, request.filters.q, () => ({ type: 'summary', id, model: ready.summaryModel(request) }));
    return;
  }
  const { id, type: _type, ...request } = message;
  try {
    post({ type: 'answer', id, ...ready.select(request) });
  } catch (error) {
    // Not `failed`: select ids are not request ids. Without an answer the page would keep the last one as if current.
    post({ type: 'select-failed', id, message: (error as Error).message });
  }
  void warmUp(ready);
};

/// <reference lib="webworker" />
// The explore engine off the main thread: the worker downloads the index, keeps it, and answers
// each view with its counts and the cards of its page, so typing and clicking never wait on it.
import { decodeArticleIndex } from './article-index';
import { ExploreService } from './explore-service';
import type { FromWorker, ToWorker } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

let service: ExploreService | null = null;
let warm = false;
const post = (message: FromWorker) => self.postMessage(message);
// A macrotask between search-index chunks lets queued selections run in between.
const yieldToOthers = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function load(url: string): Promise<void> {
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

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    void load(message.url);
    return;
  }
  if (!service) return;
  if (message.type === 'locate') {
    post({ type: 'located', id: message.id, position: service.index.indexOf(message.articleId) });
    return;
  }
  const { id, type: _type, ...request } = message;
  post({ type: 'answer', id, ...service.select(request) });
  // After the first answer, so the first timeline waits for neither.
  if (!warm) {
    warm = true;
    service.engine.warmUp();
    void service.buildSearch(yieldToOthers).then(() => post({ type: 'search-ready' }));
  }
};

/// <reference lib="webworker" />
// The explore engine off the main thread: typing and clicking never wait on a count over the dataset.
import { decodeArticleIndex } from './article-index';
import { ExploreService } from './explore-service';
import type { FromWorker, ToWorker } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

let service: ExploreService | null = null;
let warm = false;
const post = (message: FromWorker) => self.postMessage(message);
// A macrotask between search-index chunks lets queued selections run in between.
const yieldToOthers = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'load') {
      service = new ExploreService(decodeArticleIndex(message.buffer));
      post({ type: 'ready' });
    } else if (service) {
      const { id, type: _type, ...request } = message;
      post({ type: 'answer', id, ...service.select(request) });
      // After the first answer, so the first timeline does not wait for either.
      if (!warm) {
        warm = true;
        service.engine.warmUp();
        void service.buildSearch(yieldToOthers).then(() => post({ type: 'search-ready' }));
      }
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExploreWorkerClient } from '../../src/dataset/explore-worker-client';
import { EMPTY_FILTERS } from '../../src/engine/filters';

/** The worker thread replaced by a recorder: what the client posts, and a way to answer it. */
class RecordingWorker {
  static last: RecordingWorker;
  posted: unknown[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  constructor() {
    RecordingWorker.last = this;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {}
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('ExploreWorkerClient', () => {
  it('reports a view the worker could not count, but not an older one', () => {
    vi.stubGlobal('Worker', RecordingWorker);
    const client = new ExploreWorkerClient('/data/x/index.bin');
    const worker = RecordingWorker.last;
    expect(worker.posted).toEqual([{ type: 'load', url: '/data/x/index.bin' }]);
    const onError = vi.fn();
    client.listen({ onSearchReady: () => {}, onError });
    const request = { filters: EMPTY_FILTERS, sort: 'date' as const, offset: 0, limit: 20 };
    client.select(request, () => {});
    client.select(request, () => {});
    worker.reply({ type: 'select-failed', id: 1, message: 'stale' });
    expect(onError).not.toHaveBeenCalled();
    worker.reply({ type: 'select-failed', id: 2, message: 'boom' });
    expect(onError).toHaveBeenCalledWith('The current view could not be counted: boom');
  });
});

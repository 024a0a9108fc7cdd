import type { ExploreAnswer, ExploreRequest, IndexSummary } from '../engine/columnar/explore-service';
import type { FromWorker, ToWorker } from '../engine/columnar/worker-protocol';
import workerUrl from '../engine/columnar/explore-worker?worker&url';

interface TrustedTypesWindow {
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown } };
}

interface WorkerListener {
  onSearchReady(): void;
  onError(message: string): void;
}

/** A failure before the index was ready, with what the user can do about it. */
export interface WorkerLoadError {
  message: string;
  advice: string;
  retryable: boolean;
}

let policy: { createScriptURL(url: string): unknown } | null | undefined;

/**
 * The worker's script URL, through the one Trusted Types policy the CSP allows (`steel-radar-worker`):
 * it vouches only for same-origin scripts, which is all the app ever starts.
 */
function trustedWorkerUrl(): string {
  policy ??=
    (window as TrustedTypesWindow).trustedTypes?.createPolicy('steel-radar-worker', {
      createScriptURL: (url) => {
        if (new URL(url, window.location.href).origin !== window.location.origin) throw new Error('worker scripts must be same-origin');
        return url;
      },
    }) ?? null;
  return (policy ? policy.createScriptURL(workerUrl) : workerUrl) as string;
}

/** The explore worker: downloads the index, answers the latest request, says when search is ready. */
export class ExploreWorkerClient {
  /** Resolves with the dataset's envelope once the worker has the index; rejects with a WorkerLoadError. */
  readonly ready: Promise<IndexSummary>;
  private readonly worker: Worker;
  private readonly listeners = new Set<WorkerListener>();
  private readonly located = new Map<number, (position: number) => void>();
  private latest = 0;
  private nextLocate = 0;
  private onAnswer: ((answer: ExploreAnswer) => void) | null = null;

  constructor(indexUrl: string) {
    this.worker = new Worker(trustedWorkerUrl(), { type: 'module', name: 'explore' });
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === 'ready') {
          const { type: _type, ...summary } = message;
          resolve(summary);
        } else if (message.type === 'answer' && message.id === this.latest) {
          const { type: _type, id: _id, ...answer } = message;
          this.onAnswer?.(answer);
        } else if (message.type === 'located') {
          this.located.get(message.id)?.(message.position);
          this.located.delete(message.id);
        } else if (message.type === 'search-ready') {
          for (const listener of this.listeners) listener.onSearchReady();
        } else if (message.type === 'error') {
          const { type: _type, ...error } = message;
          reject(error satisfies WorkerLoadError);
          for (const listener of this.listeners) listener.onError(message.message);
        }
      };
    });
    this.post({ type: 'load', url: indexUrl });
  }

  /** Hears when search becomes ready and when the worker fails; returns the unsubscribe. */
  listen(listener: WorkerListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Answers arriving for an older request than the last one asked are dropped. */
  select(request: ExploreRequest, onAnswer: (answer: ExploreAnswer) => void): void {
    this.latest += 1;
    this.onAnswer = onAnswer;
    this.post({ type: 'select', id: this.latest, ...request });
  }

  /** The article's position in the index (which body file holds it), or -1. */
  locate(articleId: string): Promise<number> {
    const id = ++this.nextLocate;
    return new Promise((resolve) => {
      this.located.set(id, resolve);
      this.post({ type: 'locate', id, articleId });
    });
  }

  terminate(): void {
    this.worker.terminate();
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }
}

import type { ExploreAnswer, ExploreRequest } from '../engine/columnar/explore-service';
import type { FromWorker, ToWorker } from '../engine/columnar/worker-protocol';
import workerUrl from '../engine/columnar/explore-worker?worker&url';

interface TrustedTypesWindow {
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown } };
}

interface WorkerListener {
  onSearchReady(): void;
  onError(message: string): void;
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

/** The explore worker: loads the index, answers the latest request, says when search is ready. */
export class ExploreWorkerClient {
  private readonly worker: Worker;
  private latest = 0;
  private onAnswer: ((answer: ExploreAnswer) => void) | null = null;
  private readonly listeners = new Set<WorkerListener>();

  constructor(buffer: ArrayBuffer) {
    this.worker = new Worker(trustedWorkerUrl(), { type: 'module', name: 'explore' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'answer' && message.id === this.latest) {
        const { type: _type, id: _id, ...answer } = message;
        this.onAnswer?.(answer);
      } else if (message.type === 'search-ready') for (const listener of this.listeners) listener.onSearchReady();
      else if (message.type === 'error') for (const listener of this.listeners) listener.onError(message.message);
    };
    // Copied, not transferred: the main thread keeps reading cards from its own view of the file.
    this.post({ type: 'load', buffer });
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

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }
}

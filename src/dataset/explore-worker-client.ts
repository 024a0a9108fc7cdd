import type { ArticleSteps, EventsRequest, ExploreAnswer, ExploreRequest, ExportRequest, IndexSummary, StepsRequest } from '../engine/columnar/explore-service';
import type { PlacedEvents } from '../engine/columnar/gather-events';
import type { OrganizationProfile, OrganizationRequest } from '../engine/columnar/organization-profile';
import type { FromWorker, ToWorker } from '../engine/columnar/worker-protocol';
import type { SearchScope } from '../engine/columnar/search-file';
import type { SummaryRequest } from '../engine/columnar/summary-model';
import type { SummaryModel } from '../engine/summary-model';
import workerUrl from '../engine/columnar/explore-worker?worker&url';

interface TrustedTypesWindow {
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown } };
}

interface WorkerListener {
  /** `scope`: whether search covers the article text (the dataset shipped `search.bin`) or titles and highlights only. */
  onSearchReady(scope: SearchScope): void;
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

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * The explore worker: downloads the index, answers the latest explore request, says when search is
 * ready, and answers the article and organization pages' requests each with a promise.
 */
export class ExploreWorkerClient {
  /** Resolves with the dataset's envelope once the worker has the index; rejects with a WorkerLoadError. */
  readonly ready: Promise<IndexSummary>;
  private readonly worker: Worker;
  private readonly listeners = new Set<WorkerListener>();
  private readonly pending = new Map<number, Pending>();
  private latest = 0;
  private nextRequest = 0;
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
          this.settle(message.id, message.position);
        } else if (message.type === 'organization') {
          this.settle(message.id, message.profile);
        } else if (message.type === 'steps') {
          this.settle(message.id, message.steps);
        } else if (message.type === 'events') {
          const { type: _type, id, ...gathered } = message;
          this.settle(id, gathered);
        } else if (message.type === 'summary') {
          this.settle(message.id, message.model);
        } else if (message.type === 'export') {
          this.settle(message.id, message.text);
        } else if (message.type === 'select-failed') {
          if (message.id === this.latest) for (const listener of this.listeners) listener.onError(`The current view could not be counted: ${message.message}`);
        } else if (message.type === 'failed') {
          this.settle(message.id, new Error(message.message));
        } else if (message.type === 'search-ready') {
          for (const listener of this.listeners) listener.onSearchReady(message.scope);
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
    return this.request<number>((id) => ({ type: 'locate', id, articleId }));
  }

  /** The organization's profile over the whole index, or null when the registry lacks it. */
  organization(request: OrganizationRequest): Promise<OrganizationProfile | null> {
    return this.request((id) => ({ type: 'organization', id, ...request }));
  }

  /** The article's place among the results of the view it was opened from, or null when no article has the id. */
  steps(request: StepsRequest): Promise<ArticleSteps | null> {
    return this.request((id) => ({ type: 'steps', id, ...request }));
  }

  /** Every result of a view as an export file's text. */
  exportFile(request: ExportRequest): Promise<string> {
    return this.request((id) => ({ type: 'export', id, ...request }));
  }

  /** The distinct events the timeline can mark for a view, the most reported first past the limit. */
  events(request: EventsRequest): Promise<PlacedEvents> {
    return this.request((id) => ({ type: 'events', id, ...request }));
  }

  /** The summary page's model of a view, over all its matches. */
  summary(request: SummaryRequest): Promise<SummaryModel> {
    return this.request((id) => ({ type: 'summary', id, ...request }));
  }

  private request<T>(message: (id: number) => ToWorker): Promise<T> {
    const id = ++this.nextRequest;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.post(message(id));
    });
  }

  private settle(id: number, value: unknown): void {
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    if (value instanceof Error) waiting?.reject(value);
    else waiting?.resolve(value);
  }

  terminate(): void {
    this.worker.terminate();
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }
}

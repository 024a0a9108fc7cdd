import type { Endpoint, Remote } from 'comlink';
import { proxy, releaseProxy, transfer, wrap } from 'comlink';
import type {
  ArticleSteps, EventsRequest, ExploreContract, ExportRequest, Filters, IndexSummary, LoadFailure, LoadResult, OrganizationProfile, OrganizationRequest,
  PlacedEvents, SearchScope, StepsRequest, SummaryModel, SummaryRequest,
} from '../engine/contract';
import type { Article } from '../domain/schema';
import workerUrl from '../engine/columnar/explore-worker?worker&url';
import type { DatasetClient, DatasetListener } from './dataset-client';
import { latestOnly } from './dataset-client';
import { fetchDatasetFile } from './fetch-dataset-file';

interface TrustedTypesWindow {
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown } };
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

/** The explore worker, started from the same-origin script the CSP trusts. */
const startWorker = (): Worker => new Worker(trustedWorkerUrl(), { type: 'module', name: 'explore' });

/**
 * The page's side of the contract: the explore worker (or any endpoint that answers it) opened on one
 * dataset, whose file the page downloads and hands over. Views are asked with `select`, whose stale answers are dropped; other pages' requests are
 * promises; listeners hear when search is ready and when the worker fails.
 */
export class ExploreWorkerClient implements DatasetClient {
  /** Resolves with the dataset's envelope once it is open; rejects with a LoadFailure. */
  readonly ready: Promise<IndexSummary>;
  private readonly remote: Remote<ExploreContract>;
  private readonly listeners = new Set<DatasetListener>();

  constructor(
    url: string,
    private readonly endpoint: Endpoint & { terminate?(): void } = startWorker(),
  ) {
    this.remote = wrap<ExploreContract>(endpoint);
    void this.remote.onSearchReady(proxy((scope: SearchScope) => this.listeners.forEach((listener) => listener.onSearchReady(scope))));
    this.ready = fetchDatasetFile(url).then(async (file) => {
      let result: LoadResult;
      try {
        // Handed over, not copied: a large index is tens of megabytes.
        result = await this.remote.open(transfer(file, [file]), url);
      } catch (error) {
        throw { message: `The dataset could not be opened (${(error as Error).message}).`, advice: 'Reload the page.', retryable: true } satisfies LoadFailure;
      }
      if (result.ok) return result.summary;
      this.listeners.forEach((listener) => listener.onError(result.failure.message));
      throw result.failure;
    });
  }

  /** Hears when search becomes ready and when the worker fails; returns the unsubscribe. */
  listen(listener: DatasetListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  readonly select = latestOnly(
    (request) => this.remote.select(request),
    (message) => this.listeners.forEach((listener) => listener.onError(message)),
  );

  count(filters: readonly Filters[]): Promise<number[]> {
    return this.remote.count(filters);
  }

  article(articleId: string): Promise<Article | null> {
    return this.remote.article(articleId);
  }

  organization(request: OrganizationRequest): Promise<OrganizationProfile | null> {
    return this.remote.organization(request);
  }

  steps(request: StepsRequest): Promise<ArticleSteps | null> {
    return this.remote.steps(request);
  }

  exportFile(request: ExportRequest): Promise<string> {
    return this.remote.exportFile(request);
  }

  events(request: EventsRequest): Promise<PlacedEvents> {
    return this.remote.events(request);
  }

  summary(request: SummaryRequest): Promise<SummaryModel> {
    return this.remote.summary(request);
  }

  terminate(): void {
    this.remote[releaseProxy]();
    this.endpoint.terminate?.();
  }
}

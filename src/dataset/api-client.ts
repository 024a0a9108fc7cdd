import type { Article } from '../domain/schema';
import type {
  ArticleSteps, EventsRequest, ExportRequest, Filters, IndexSummary, LoadFailure, OrganizationProfile, OrganizationRequest, PlacedEvents, StepsRequest, SummaryModel, SummaryRequest,
} from '../engine/contract';
import type { ExploreAnswerJson } from '../engine/explore-wire';
import { exploreAnswerFromJson } from '../engine/explore-wire';
import type { DatasetClient, DatasetListener } from './dataset-client';
import { latestOnly } from './dataset-client';

/** A failure of a request to the API, with the server's own sentence when it sent one. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** A load failure that asking for an access token can solve. */
export interface AccessFailure extends LoadFailure {
  needsToken: true;
}

/**
 * The contract answered by the team's API server (src/server/api/) over HTTP, with the same requests
 * and answers as the worker: every request carries the access token, when there is one. Search is
 * ready from the start, over titles, highlights and text.
 */
export class ApiClient implements DatasetClient {
  readonly ready: Promise<IndexSummary>;
  private readonly listeners = new Set<DatasetListener>();

  constructor(
    /** Where the routes are, e.g. `/api/v1` on the dashboard's own origin. */
    private readonly base: string,
    private readonly token: () => string | null,
  ) {
    const asked = token();
    this.ready = this.call<IndexSummary>('GET', 'index').catch((error: unknown) => {
      throw loadFailureOf(error, asked !== null);
    });
  }

  listen(listener: DatasetListener): () => void {
    this.listeners.add(listener);
    // The database's search is ready as soon as the dataset is.
    void this.ready.then(() => listener.onSearchReady('titles-highlights-text'), () => {});
    return () => this.listeners.delete(listener);
  }

  readonly select = latestOnly(
    async (request) => exploreAnswerFromJson(await this.call<ExploreAnswerJson>('POST', 'select', request)),
    (message) => this.listeners.forEach((listener) => listener.onError(message)),
  );

  async count(filters: readonly Filters[]): Promise<number[]> {
    return (await this.call<{ counts: number[] }>('POST', 'count', { filters })).counts;
  }

  article(articleId: string): Promise<Article | null> {
    return this.orNull(this.call<Article>('GET', `articles/${encodeURIComponent(articleId)}`));
  }

  organization(request: OrganizationRequest): Promise<OrganizationProfile | null> {
    // JSON has no Infinity: an unlimited list is asked as the largest the server gives.
    const limits = Object.fromEntries(Object.entries(request.limits).map(([key, n]) => [key, Math.min(n, 10_000)]));
    return this.orNull(this.call<OrganizationProfile>('POST', 'organization', { ...request, limits }));
  }

  steps(request: StepsRequest): Promise<ArticleSteps | null> {
    return this.orNull(this.call<ArticleSteps>('POST', 'steps', request));
  }

  async exportFile(request: ExportRequest): Promise<string> {
    return (await this.call<{ file: string }>('POST', 'export', request)).file;
  }

  events(request: EventsRequest): Promise<PlacedEvents> {
    return this.call<PlacedEvents>('POST', 'events', request);
  }

  summary(request: SummaryRequest): Promise<SummaryModel> {
    return this.call<SummaryModel>('POST', 'summary', request);
  }

  terminate(): void {
    this.listeners.clear();
  }

  /** The contract's null for "no such id": the server's 404. */
  private async orNull<T>(answer: Promise<T>): Promise<T | null> {
    try {
      return await answer;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }

  private async call<T>(method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> {
    const token = this.token();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.base}/${route}`, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) });
    } catch {
      throw new ApiError('The data server could not be reached: the network request failed.', 0);
    }
    const answer: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const said = (answer as { error?: unknown } | null)?.error;
      throw new ApiError(typeof said === 'string' ? said : `The data server answered ${response.status}.`, response.status);
    }
    return answer as T;
  }
}

/** What the page says when the dataset cannot be opened from the API, and whether a token would help. */
function loadFailureOf(error: unknown, withToken: boolean): LoadFailure | AccessFailure {
  if (!(error instanceof ApiError)) return { message: `The dataset could not be opened (${(error as Error).message}).`, advice: 'Reload the page.', retryable: true };
  if (error.status === 401) {
    // Without a token the server's sentence speaks to programs (a header to send); a person is asked for the token.
    const message = withToken ? error.message : 'This dashboard’s data needs an access token.';
    return { message, advice: 'Enter the access token you were given for this dashboard; it stays in this browser.', retryable: false, needsToken: true };
  }
  if (error.status === 0) return { message: error.message, advice: 'Check your connection and retry.', retryable: true };
  if (error.status === 503) return { message: 'The data server holds no dataset yet.', advice: 'Ask whoever runs it to load one (`npm run db:load`).', retryable: true };
  return { message: error.message, advice: 'Retry in a moment.', retryable: error.status >= 500 || error.status === 429 };
}

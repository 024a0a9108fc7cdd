/**
 * The one contract between the pages and the data: what a page may ask and what it gets back. Types
 * only; the engine that answers stays behind it — today a Web Worker over the dataset's files, later a
 * server over a database, with the same requests and answers.
 */
import type { Article } from '../domain/schema';
import type { ArticleCard, DatasetEnvelope } from './columnar/article-index';
import type { TimelineCube } from './columnar/cube';
import type { ArticleSteps, EventsRequest, ExploreAnswer, ExploreRequest, ExportRequest, IndexSummary, StepsRequest } from './columnar/explore-service';
import type { PlacedEvents } from './columnar/gather-events';
import type { MentionPeriod, MentionsOverTime } from './columnar/mentions-over-time';
import type { ArticleLink, LinkedPerson, OrganizationProfile, OrganizationRequest, ProfileArticle, ProfileLimits } from './columnar/organization-profile';
import type { SearchScope } from './columnar/search-file';
import type { SummaryRequest } from './columnar/summary-model';
import type { Filters, SortOrder } from './filters';
import type { SummaryModel } from './summary-model';

export type {
  ArticleCard, ArticleLink, ArticleSteps, DatasetEnvelope, EventsRequest, ExploreAnswer, ExploreRequest, ExportRequest, Filters, IndexSummary, LinkedPerson,
  MentionPeriod, MentionsOverTime, OrganizationProfile, OrganizationRequest, ProfileArticle, PlacedEvents, ProfileLimits, SearchScope, SortOrder, StepsRequest, SummaryModel, SummaryRequest, TimelineCube,
};

/** Why a dataset could not be opened, and what the user can do about it. */
export interface LoadFailure {
  message: string;
  advice: string;
  /** A network failure or a server error: trying again may work. */
  retryable: boolean;
}

export type LoadResult = { ok: true; summary: IndexSummary } | { ok: false; failure: LoadFailure };

export interface ExploreContract {
  /**
   * Opens a dataset from its downloaded `index.bin`; its search and body files are read beside
   * `indexUrl`. Every other call needs it open.
   */
  open(index: ArrayBuffer, indexUrl: string): Promise<LoadResult>;
  /** A view's counts, timeline and page of cards. */
  select(request: ExploreRequest): Promise<ExploreAnswer>;
  /** How many articles match each of these filters (an empty view's "remove X → n articles"). */
  count(filters: readonly Filters[]): Promise<number[]>;
  /** The article in full, as the dataset holds it; null when no article has the id. */
  article(articleId: string): Promise<Article | null>;
  /** The organization's profile, or null when the knowledge base lacks it. */
  organization(request: OrganizationRequest): Promise<OrganizationProfile | null>;
  /** The article's place among a view's results, or null when no article has the id. */
  steps(request: StepsRequest): Promise<ArticleSteps | null>;
  /** The distinct events the timeline can mark for a view. */
  events(request: EventsRequest): Promise<PlacedEvents>;
  /** Every result of a view as an export file's text. */
  exportFile(request: ExportRequest): Promise<string>;
  /** The summary page's model of a view, over all its matches. */
  summary(request: SummaryRequest): Promise<SummaryModel>;
  /** Called once when full-text search is ready, with what it covers. */
  onSearchReady(listener: (scope: SearchScope) => void): Promise<void>;
}

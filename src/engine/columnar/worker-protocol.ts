import type { ArticleSteps, ExploreAnswer, ExploreRequest, IndexSummary, StepsRequest } from './explore-service';
import type { OrganizationProfile, OrganizationRequest } from './organization-profile';

export type ToWorker =
  | { type: 'load'; url: string }
  | ({ type: 'select'; id: number } & ExploreRequest)
  | { type: 'locate'; id: number; articleId: string }
  | ({ type: 'organization'; id: number } & OrganizationRequest)
  | ({ type: 'steps'; id: number } & StepsRequest);

export type FromWorker =
  | ({ type: 'ready' } & IndexSummary)
  | { type: 'search-ready' }
  | ({ type: 'answer'; id: number } & ExploreAnswer)
  | { type: 'located'; id: number; position: number }
  /** null: no organization (or article) with that id. */
  | { type: 'organization'; id: number; profile: OrganizationProfile | null }
  | { type: 'steps'; id: number; steps: ArticleSteps | null }
  /** A request the worker could not answer (an exception while computing it). */
  | { type: 'failed'; id: number; message: string }
  /** `advice`: what the user can do, as the app's dataset errors say it; `retryable` for network failures. */
  | { type: 'error'; message: string; advice: string; retryable: boolean };

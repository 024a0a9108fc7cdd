import type { ExploreAnswer, ExploreRequest, IndexSummary } from './explore-service';

export type ToWorker =
  | { type: 'load'; url: string }
  | ({ type: 'select'; id: number } & ExploreRequest)
  | { type: 'locate'; id: number; articleId: string };

export type FromWorker =
  | ({ type: 'ready' } & IndexSummary)
  | { type: 'search-ready' }
  | ({ type: 'answer'; id: number } & ExploreAnswer)
  | { type: 'located'; id: number; position: number }
  /** `advice`: what the user can do, as the app's dataset errors say it; `retryable` for network failures. */
  | { type: 'error'; message: string; advice: string; retryable: boolean };

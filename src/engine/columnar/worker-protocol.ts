import type { ArticleSteps, EventsRequest, ExploreAnswer, ExploreRequest, ExportRequest, IndexSummary, StepsRequest } from './explore-service';
import type { PlacedEvents } from './gather-events';
import type { SearchScope } from './search-file';
import type { OrganizationProfile, OrganizationRequest } from './organization-profile';
import type { SummaryModel } from '../summary-model';
import type { SummaryRequest } from './summary-model';

export type ToWorker =
  | { type: 'load'; url: string }
  | ({ type: 'select'; id: number } & ExploreRequest)
  | { type: 'locate'; id: number; articleId: string }
  | ({ type: 'organization'; id: number } & OrganizationRequest)
  | ({ type: 'steps'; id: number } & StepsRequest)
  | ({ type: 'events'; id: number } & EventsRequest)
  | ({ type: 'export'; id: number } & ExportRequest)
  | ({ type: 'summary'; id: number } & SummaryRequest);

export type FromWorker =
  | ({ type: 'ready' } & IndexSummary)
  /** Answers carry the scope too; it is here for listeners that ask no question. */
  | { type: 'search-ready'; scope: SearchScope }
  | ({ type: 'answer'; id: number } & ExploreAnswer)
  | { type: 'located'; id: number; position: number }
  /** null: no organization (or article) with that id. */
  | { type: 'organization'; id: number; profile: OrganizationProfile | null }
  | { type: 'steps'; id: number; steps: ArticleSteps | null }
  | ({ type: 'events'; id: number } & PlacedEvents)
  | { type: 'export'; id: number; text: string }
  | { type: 'summary'; id: number; model: SummaryModel }
  | { type: 'select-failed'; id: number; message: string }
  /** A request the worker could not answer (an exception while computing it). */
  | { type: 'failed'; id: number; message: string }
  /** `advice`: what the user can do, as the app's dataset errors say it; `retryable` for network failures. */
  | { type: 'error'; message: string; advice: string; retryable: boolean };

import type { ExploreAnswer, ExploreRequest } from './explore-service';

export type ToWorker = { type: 'load'; buffer: ArrayBuffer } | ({ type: 'select'; id: number } & ExploreRequest);

export type FromWorker =
  | { type: 'ready' }
  | { type: 'search-ready' }
  | ({ type: 'answer'; id: number } & ExploreAnswer)
  | { type: 'error'; message: string };

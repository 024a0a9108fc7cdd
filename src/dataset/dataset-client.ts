import type { ExploreAnswer, ExploreContract, ExploreRequest, IndexSummary, SearchScope } from '../engine/contract';

export interface DatasetListener {
  /** `scope`: whether search covers the article text or titles and highlights only. */
  onSearchReady(scope: SearchScope): void;
  onError(message: string): void;
}

/**
 * The page's side of the contract, whichever engine answers it: the explore worker over the dataset's
 * files, or the API server over the database. Views are asked with `select`, whose stale answers are
 * dropped; other pages' requests are promises.
 */
export interface DatasetClient extends Pick<ExploreContract, 'count' | 'article' | 'organization' | 'steps' | 'exportFile' | 'events' | 'summary'> {
  /** Resolves with what the page needs to know of the dataset once it is open; rejects with a LoadFailure. */
  readonly ready: Promise<IndexSummary>;
  /** Hears when search becomes ready and when answering fails; returns the unsubscribe. */
  listen(listener: DatasetListener): () => void;
  /** The contract's `select`, its answer handed over only while it is the latest asked. */
  select(request: ExploreRequest, onAnswer: (answer: ExploreAnswer) => void): void;
  terminate(): void;
}

/**
 * `select` for a client: answers arriving for an older request than the last one asked are dropped,
 * failures too; a failure of the last goes to `onError`, as the page would otherwise keep the last
 * answer on screen as if it were the current one.
 */
export function latestOnly(ask: (request: ExploreRequest) => Promise<ExploreAnswer>, onError: (message: string) => void): DatasetClient['select'] {
  let latest = 0;
  return (request, onAnswer) => {
    const asked = ++latest;
    ask(request).then(
      (answer) => {
        if (asked === latest) onAnswer(answer);
      },
      (error: unknown) => {
        if (asked === latest) onError(`The current view could not be counted: ${(error as Error).message}`);
      },
    );
  };
}

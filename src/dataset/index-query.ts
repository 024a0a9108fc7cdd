import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IndexSummary } from '../engine/contract';
import type { WorkerLoadError } from './explore-worker-client';
import { ExploreWorkerClient } from './explore-worker-client';
import { DatasetError } from '../domain/parse-dataset';

/** A dataset, open: the worker holds it; the page knows its envelope and dictionaries. */
export interface LoadedIndex extends IndexSummary {
  url: string;
  worker: ExploreWorkerClient;
}

/**
 * Starts the explore worker on a dataset's index and waits until it has opened it (and checked its
 * envelope with the dataset schema). One worker per dataset and page.
 */
export async function loadIndex(url: string): Promise<LoadedIndex> {
  const worker = new ExploreWorkerClient(url);
  let summary: IndexSummary;
  try {
    summary = await worker.ready;
  } catch (error) {
    worker.terminate();
    const failure = error as WorkerLoadError;
    throw new DatasetError(failure.message, failure.advice, failure.retryable);
  }
  return { ...summary, url, worker };
}

export const indexQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['dataset-index', url],
    queryFn: () => loadIndex(url),
    staleTime: Infinity,
    retry: (failureCount, error) => error instanceof DatasetError && error.retryable && failureCount < 2,
  });

export const useDatasetQuery = (url: string) => useQuery(indexQueryOptions(url));

/** One article in full, as the worker reads it from its body file; null data when no article has the id. */
export const useArticleQuery = (loaded: LoadedIndex, articleId: string) =>
  useQuery({ queryKey: ['dataset-article', loaded.url, articleId], queryFn: () => loaded.worker.article(articleId), staleTime: Infinity });

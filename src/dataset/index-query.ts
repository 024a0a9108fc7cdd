import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { DatasetSchema } from '../domain/schema';
import type { IndexSummary } from '../engine/contract';
import type { WorkerLoadError } from './explore-worker-client';
import { ExploreWorkerClient } from './explore-worker-client';
import { DatasetError } from './parse-dataset';

/** A large dataset, loaded: the worker holds the index; the page knows its envelope and dictionaries. */
export interface LoadedIndex extends IndexSummary {
  url: string;
  worker: ExploreWorkerClient;
}

/**
 * Starts the explore worker on the split layout's index file and waits until it has read it; the
 * envelope is checked with the same schema as the single file's. One worker per dataset and page.
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
  const envelope = v.safeParse(DatasetSchema, { ...summary.envelope, articles: [] });
  if (!envelope.success) {
    worker.terminate();
    throw new DatasetError(`The dataset index is malformed (${envelope.issues[0]?.message}).`, 'Generate it again.');
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

export const useIndexQuery = (url: string) => useQuery(indexQueryOptions(url));

/** One article in full, as the worker reads it from its body file; null data when no article has the id. */
export const useArticleQuery = (loaded: LoadedIndex, articleId: string) =>
  useQuery({ queryKey: ['dataset-article', loaded.url, articleId], queryFn: () => loaded.worker.article(articleId), staleTime: Infinity });

import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { DatasetSchema } from '../domain/schema';
import type { OpenedDataset } from '../engine/contract';
import type { WorkerLoadError } from './explore-worker-client';
import { ExploreWorkerClient } from './explore-worker-client';
import { DatasetError } from '../domain/parse-dataset';

/** A dataset, open: the worker holds it; the page knows its envelope, dictionaries and skipped records. */
export interface LoadedIndex extends OpenedDataset {
  url: string;
  worker: ExploreWorkerClient;
}

/**
 * Starts the explore worker on a dataset (either layout) and waits until it has opened it; the envelope
 * is checked with the dataset schema. One worker per dataset and page.
 */
export async function loadIndex(url: string): Promise<LoadedIndex> {
  const worker = new ExploreWorkerClient(url);
  let summary: OpenedDataset;
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

export const useDatasetQuery = (url: string) => useQuery(indexQueryOptions(url));

/** One article in full, as the worker reads it from its body file; null data when no article has the id. */
export const useArticleQuery = (loaded: LoadedIndex, articleId: string) =>
  useQuery({ queryKey: ['dataset-article', loaded.url, articleId], queryFn: () => loaded.worker.article(articleId), staleTime: Infinity });

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IndexSummary, LoadFailure } from '../engine/contract';
import { readAccessToken } from './access-token';
import { ApiClient } from './api-client';
import type { DatasetClient } from './dataset-client';
import { API_BASE } from './dataset-source';
import { ExploreWorkerClient } from './explore-worker-client';
import { DatasetError } from '../domain/parse-dataset';

/** A dataset, open: its engine holds it; the page knows its envelope and dictionaries. */
export interface LoadedIndex extends IndexSummary {
  url: string;
  client: DatasetClient;
}

/**
 * Opens the dataset and waits until its engine has it: the explore worker on the dataset's index (which
 * it checks with the dataset schema), or, in a dashboard built for a team's API, the API server. One
 * client per dataset and page.
 */
export async function loadIndex(url: string): Promise<LoadedIndex> {
  const client: DatasetClient = API_BASE === null ? new ExploreWorkerClient(url) : new ApiClient(API_BASE, readAccessToken);
  let summary: IndexSummary;
  try {
    summary = await client.ready;
  } catch (error) {
    client.terminate();
    const failure = error as LoadFailure & { needsToken?: boolean };
    throw new DatasetError(failure.message, failure.advice, failure.retryable, failure.needsToken === true);
  }
  return { ...summary, url, client };
}

export const indexQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['dataset-index', url],
    queryFn: () => loadIndex(url),
    staleTime: Infinity,
    retry: (failureCount, error) => error instanceof DatasetError && error.retryable && failureCount < 2,
  });

export const useDatasetQuery = (url: string) => useQuery(indexQueryOptions(url));

/** One article in full, as the dataset holds it; null data when no article has the id. */
export const useArticleQuery = (loaded: LoadedIndex, articleId: string) =>
  useQuery({ queryKey: ['dataset-article', loaded.url, articleId], queryFn: () => loaded.client.article(articleId), staleTime: Infinity });

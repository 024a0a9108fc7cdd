import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import type { Article } from '../domain/schema';
import { ArticleSchema, DatasetSchema } from '../domain/schema';
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

async function fetchBodyChunk(indexUrl: string, chunk: number): Promise<unknown[]> {
  const url = indexUrl.replace(/[^/]+$/, `bodies/${chunk}.json`);
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new DatasetError('The article could not be downloaded: the network request failed.', 'Check your connection and retry.', true);
  }
  if (!response.ok) throw new DatasetError(`The server answered ${response.status} for ${url}.`, 'Generate the dataset again.', response.status >= 500);
  const json: unknown = await response.json().catch(() => null);
  if (!Array.isArray(json)) throw new DatasetError(`The article file ${url} is not a list of articles.`, 'Generate the dataset again.');
  return json;
}

export const indexQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['dataset-index', url],
    queryFn: () => loadIndex(url),
    staleTime: Infinity,
    retry: (failureCount, error) => error instanceof DatasetError && error.retryable && failureCount < 2,
  });

export const useIndexQuery = (url: string) => useQuery(indexQueryOptions(url));

/** One article in full, from the body file that holds it (fetched once per file and kept), validated like every article. */
export function useIndexedArticleQuery(loaded: LoadedIndex, articleId: string) {
  const position = useQuery({ queryKey: ['dataset-locate', loaded.url, articleId], queryFn: () => loaded.worker.locate(articleId), staleTime: Infinity });
  const chunk = position.data === undefined || position.data < 0 ? null : Math.floor(position.data / loaded.chunkSize);
  const body = useQuery({
    queryKey: ['dataset-bodies', loaded.url, chunk],
    queryFn: () => fetchBodyChunk(loaded.url, chunk!),
    staleTime: Infinity,
    enabled: chunk !== null,
    select: (records): Article | null => {
      const parsed = v.safeParse(ArticleSchema, records[position.data! - chunk! * loaded.chunkSize]);
      return parsed.success ? parsed.output : null;
    },
  });
  return { missing: position.data === -1, pending: position.isPending || (chunk !== null && body.isPending), failed: position.isError || body.isError, article: body.data ?? null };
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import type { Article } from '../domain/schema';
import { ArticleSchema, DatasetSchema } from '../domain/schema';
import type { ArticleIndex } from '../engine/columnar/article-index';
import { decodeArticleIndex } from '../engine/columnar/article-index';
import { DatasetError } from './parse-dataset';

export interface LoadedIndex {
  url: string;
  index: ArticleIndex;
  /** The file as downloaded: `index` views it, and the worker gets a copy of it. */
  buffer: ArrayBuffer;
}

async function download(url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new DatasetError('The dataset could not be downloaded: the network request failed.', 'Check your connection and retry.', true);
  }
  if (response.status === 404) throw new DatasetError(`No dataset at ${url}.`, 'Generate it (see `npm run gen:synthetic -- --help`), then reload.');
  if (!response.ok) throw new DatasetError(`The server answered ${response.status} for ${url}.`, 'Retry in a moment.', response.status >= 500);
  if (response.headers.get('content-type')?.includes('text/html')) {
    throw new DatasetError(`No dataset at ${url} (the server answered with a web page).`, 'Generate it, then reload.');
  }
  return response;
}

/** Fetches the split layout's index file and checks it: the same schema as the single file, minus articles. */
export async function fetchIndex(url: string): Promise<LoadedIndex> {
  const buffer = await (await download(url)).arrayBuffer();
  let index: ArticleIndex;
  try {
    index = decodeArticleIndex(buffer);
  } catch (error) {
    throw new DatasetError(`The dataset index is unreadable (${(error as Error).message}).`, 'Generate it again.');
  }
  const envelope = v.safeParse(DatasetSchema, { ...index.header.envelope, articles: [] });
  if (!envelope.success) throw new DatasetError(`The dataset index is malformed (${envelope.issues[0]?.message}).`, 'Generate it again.');
  return { url, index, buffer };
}

/** The whole article, from the body file that holds it (fetched once per file and kept). */
export async function fetchBodyChunk(indexUrl: string, chunk: number): Promise<unknown[]> {
  const url = indexUrl.replace(/[^/]+$/, `bodies/${chunk}.json`);
  const json: unknown = await (await download(url)).json().catch(() => {
    throw new DatasetError(`The article file ${url} is not valid JSON.`, 'Generate the dataset again.');
  });
  if (!Array.isArray(json)) throw new DatasetError(`The article file ${url} is not a list of articles.`, 'Generate the dataset again.');
  return json;
}

export const indexQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['dataset-index', url],
    queryFn: () => fetchIndex(url),
    staleTime: Infinity,
    retry: (failureCount, error) => error instanceof DatasetError && error.retryable && failureCount < 2,
  });

export const useIndexQuery = (url: string) => useQuery(indexQueryOptions(url));

/** One article in full, validated like every article the app shows. */
export function useIndexedArticleQuery(loaded: LoadedIndex, articleIndex: number) {
  const { chunkSize } = loaded.index.header;
  const chunk = Math.floor(articleIndex / chunkSize);
  return useQuery({
    queryKey: ['dataset-bodies', loaded.url, chunk],
    queryFn: () => fetchBodyChunk(loaded.url, chunk),
    staleTime: Infinity,
    enabled: articleIndex >= 0,
    select: (records): Article | null => {
      const parsed = v.safeParse(ArticleSchema, records[articleIndex - chunk * chunkSize]);
      return parsed.success ? parsed.output : null;
    },
  });
}

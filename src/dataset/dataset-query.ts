import { queryOptions, useQuery } from '@tanstack/react-query';
import { SELECTED_DATASET_URL, isIndexUrl } from './dataset-source';
import type { LoadedDataset } from './parse-dataset';
import { DatasetError, parseDataset } from './parse-dataset';

export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;
/** `?dataset=…json` loads another single-file dataset; `…bin` goes through the index query instead. */
export const DATASET_URL = SELECTED_DATASET_URL && !isIndexUrl(SELECTED_DATASET_URL) ? SELECTED_DATASET_URL : DEFAULT_DATASET_URL;

/** Fetches and validates the dataset; every failure becomes a DatasetError the error screen can explain. */
export async function fetchDataset(url: string = DATASET_URL): Promise<LoadedDataset> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new DatasetError('The dataset could not be downloaded: the network request failed.', 'Check your connection and retry.', true);
  }
  if (response.status === 404) {
    throw new DatasetError(`No dataset at ${url}.`, 'Build it with `npm run ingest`, then reload.');
  }
  if (!response.ok) {
    throw new DatasetError(`The server answered ${response.status} for ${url}.`, 'Retry in a moment.', response.status >= 500);
  }
  // A single-page-app server answers a missing file with index.html and status 200.
  if (response.headers.get('content-type')?.includes('text/html')) {
    throw new DatasetError(`No dataset at ${url} (the server answered with a web page).`, 'Build it with `npm run ingest`, then reload.');
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetError('The dataset is not valid JSON (the file may be truncated).', 'Rebuild it with `npm run ingest`.');
  }
  return parseDataset(json);
}

export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset', DATASET_URL],
    queryFn: () => fetchDataset(),
    staleTime: Infinity,
    // Retry only what a retry can fix: a broken file stays broken.
    retry: (failureCount, error) => error instanceof DatasetError && error.retryable && failureCount < 2,
  });

export const useDatasetQuery = () => useQuery(datasetQueryOptions());

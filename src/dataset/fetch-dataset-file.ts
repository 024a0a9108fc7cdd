import { DatasetError, REBUILD_ADVICE } from '../domain/parse-dataset';

/**
 * Downloads a dataset's `index.bin` on the page's thread (so it starts before the app draws and a
 * test's network routes see it), for the worker to read; every failure is a DatasetError saying what to do.
 */
export async function fetchDatasetFile(url: string): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new DatasetError('The dataset could not be downloaded: the network request failed.', 'Check your connection and retry.', true);
  }
  if (response.status === 404) throw new DatasetError(`No dataset at ${url}.`, REBUILD_ADVICE);
  if (!response.ok) throw new DatasetError(`The server answered ${response.status} for ${url}.`, 'Retry in a moment.', response.status >= 500);
  // A single-page-app server answers a missing file with index.html and status 200.
  if (response.headers.get('content-type')?.includes('text/html')) throw new DatasetError(`No dataset at ${url} (the server answered with a web page).`, REBUILD_ADVICE);
  try {
    return await response.arrayBuffer();
  } catch {
    throw new DatasetError('The dataset could not be downloaded: the connection broke off.', 'Check your connection and retry.', true);
  }
}

/** The query parameter that points the app at another same-origin dataset, e.g. a synthetic corpus. */
export const DATASET_PARAM = 'dataset';

/** Same-origin paths only, ending in the two layouts the app reads: no scheme, no `..`, no query. */
const DATASET_PATH = /^\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\.(?:json|bin)$/;

/**
 * The dataset a query string asks for, or null for the default one.
 * e.g. `?dataset=/data/synthetic/n100000-s1/index.bin` → that path; `?dataset=https://evil.example/x.json` → null
 */
export function parseDatasetParam(search: string): string | null {
  const value = new URLSearchParams(search).get(DATASET_PARAM);
  return value !== null && DATASET_PATH.test(value) && !value.includes('..') ? value : null;
}

/** The split layout (`index.bin` plus body files) is read through the worker; the single JSON file as before. */
export const isIndexUrl = (url: string) => url.endsWith('.bin');

/** Chosen once per page load: the app never switches datasets under a running view. */
export const SELECTED_DATASET_URL = typeof window === 'undefined' ? null : parseDatasetParam(window.location.search);

/** The index file to load when `?dataset=` names the split layout, else null (the single file). */
export const INDEX_URL = SELECTED_DATASET_URL && isIndexUrl(SELECTED_DATASET_URL) ? SELECTED_DATASET_URL : null;

/** The query parameter that points the app at another same-origin dataset, e.g. a synthetic corpus. */
export const DATASET_PARAM = 'dataset';

/** Same-origin paths only, to a dataset folder's index: no scheme, no `..`, no query. */
const DATASET_PATH = /^\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*index\.bin$/;

/**
 * The dataset a query string asks for, or null for the default one.
 * e.g. `?dataset=/data/synthetic/n100000-s1/index.bin` → that path; `?dataset=https://evil.example/index.bin` → null
 */
export function parseDatasetParam(search: string): string | null {
  const value = new URLSearchParams(search).get(DATASET_PARAM);
  return value !== null && DATASET_PATH.test(value) && !value.includes('..') ? value : null;
}

/** The shipped dataset's index, opened when the link names no other. */
export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/dataset/index.bin`;

/**
 * The dataset every page reads, chosen once per page load (the app never switches datasets under a
 * running view): `?dataset=`, else the shipped one.
 */
export const DATASET_URL = (typeof window === 'undefined' ? null : parseDatasetParam(window.location.search)) ?? DEFAULT_DATASET_URL;

/**
 * The team API the dashboard reads from instead of the dataset's files, or null: a dashboard built with
 * `VITE_API_BASE` set (`npm run build:team` sets `/api/v1`, the API server's own origin) opens the
 * dataset the server holds, with an access token; `?dataset=` then has no effect.
 */
export const API_BASE: string | null = import.meta.env.VITE_API_BASE || null;

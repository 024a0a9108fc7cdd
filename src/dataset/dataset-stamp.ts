import type { Dataset } from '../domain/schema';

/**
 * What a shared link records of the data it was made on: the day and version of the dataset.
 * e.g. `2026-11-23.d715d097`.
 */
export const datasetStamp = (dataset: Pick<Dataset, 'generatedAt' | 'datasetVersion'>) =>
  `${dataset.generatedAt.slice(0, 10)}.${dataset.datasetVersion.slice(0, 8)}`;

/**
 * A dataset version short enough for a heading: a content hash is cut to 8 characters, a name
 * (`synthetic-v1-n100000-s1`) is kept whole, since cutting it would leave a fragment of a word.
 */
export const displayVersion = (version: string) => (/^[0-9a-f]{9,}$/.test(version) ? version.slice(0, 8) : version);

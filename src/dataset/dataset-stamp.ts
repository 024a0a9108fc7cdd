import type { Dataset } from '../domain/schema';

/**
 * What a shared link records of the data it was made on: the day and version of the dataset.
 * e.g. `2026-11-23.d715d097`.
 */
export const datasetStamp = (dataset: Pick<Dataset, 'generatedAt' | 'datasetVersion'>) =>
  `${dataset.generatedAt.slice(0, 10)}.${dataset.datasetVersion.slice(0, 8)}`;

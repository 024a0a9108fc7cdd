import type { Dataset } from '../../domain/schema';
import type { ExportArticle } from './build-article-rows';

/** Which view of which data an export holds, so a file found later can be traced and reproduced. */
export interface ExportMeta {
  exportedAt: string;
  datasetVersion: string;
  generatedAt: string;
  filters: {
    /** The view's canonical query string, e.g. `?themes=low-carbon-policy`; '' for all articles. */
    query: string;
    /** The same filters in words, e.g. `Theme: Low-carbon policy`. */
    labels: string[];
  };
  count: number;
}

export interface ExportJson {
  meta: ExportMeta;
  articles: ExportArticle[];
}

export function buildExportMeta(
  dataset: Pick<Dataset, 'datasetVersion' | 'generatedAt'>,
  filters: ExportMeta['filters'],
  count: number,
  exportedAt: Date,
): ExportMeta {
  return {
    exportedAt: exportedAt.toISOString(),
    datasetVersion: dataset.datasetVersion,
    generatedAt: dataset.generatedAt,
    filters: { query: filters.query, labels: [...filters.labels] },
    count,
  };
}

/** The JSON export's text: metadata first, then the articles in the order shown. */
export function buildExportJson(articles: readonly ExportArticle[], meta: ExportMeta): string {
  const json: ExportJson = { meta, articles: [...articles] };
  return `${JSON.stringify(json, null, 2)}\n`;
}

import type { Dataset } from '../../domain/schema';
import { stringifyCsv } from '../../lib/csv';
import type { ExportSource } from './build-article-rows';
import { buildArticleRows, buildExportArticles } from './build-article-rows';
import type { ExportMeta } from './build-export-json';
import { buildExportJson, buildExportMeta } from './build-export-json';

export type ExportFileFormat = 'csv' | 'json';

/** The export file's text for the articles in order, with the view they were exported from. */
export function buildExportFile(
  articles: readonly ExportSource[],
  dataset: Pick<Dataset, 'taxonomy' | 'organizations' | 'datasetVersion' | 'generatedAt'>,
  filters: ExportMeta['filters'],
  format: ExportFileFormat,
  exportedAt: Date,
): string {
  const rows = buildExportArticles(articles, dataset);
  const meta = buildExportMeta(dataset, filters, rows.length, exportedAt);
  return format === 'csv' ? stringifyCsv(buildArticleRows(rows, meta)) : buildExportJson(rows, meta);
}

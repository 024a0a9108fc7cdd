import type { Article, Dataset } from '../../domain/schema';
import { stringifyCsv } from '../../lib/csv';
import { downloadBlob, fileDate } from '../../lib/download';
import { buildArticleRows, buildExportArticles } from './build-article-rows';
import { buildExportJson, buildExportMeta } from './build-export-json';
import './export.css';

interface ExportMenuProps {
  dataset: Dataset;
  /** Every matching article in display order, not just the page on screen. */
  articles: readonly Article[];
  /** The active filters in words. */
  filters: readonly string[];
  /** The view's canonical query string, recorded in the file. */
  query: string;
}

type Format = 'csv' | 'json';

const MIME: Record<Format, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json' };

/** Downloads the current result as CSV or JSON, with the filters and dataset version recorded in the file. */
export function ExportMenu({ dataset, articles, filters, query }: ExportMenuProps) {
  if (articles.length === 0) return null;

  const handleExport = (format: Format) => {
    const now = new Date();
    const rows = buildExportArticles(articles, dataset);
    const meta = buildExportMeta(dataset, { query, labels: [...filters] }, rows.length, now);
    const text = format === 'csv' ? stringifyCsv(buildArticleRows(rows, meta)) : buildExportJson(rows, meta);
    downloadBlob(new Blob([text], { type: MIME[format] }), `steel-radar-${fileDate(now)}-${rows.length}-articles.${format}`);
  };

  const noun = `${articles.length} article${articles.length === 1 ? '' : 's'}`;
  return (
    <div className="export-menu" role="group" aria-label={`Export the ${noun}`}>
      <span className="export-menu__label">Export {noun}:</span>
      <button type="button" className="button" onClick={() => handleExport('csv')}>
        Download CSV
      </button>
      <button type="button" className="button" onClick={() => handleExport('json')}>
        Download JSON
      </button>
    </div>
  );
}

import type { Article, DateConfidence, DatePrecision, Dataset } from '../../domain/schema';
import type { CsvCell } from '../../lib/csv';
import type { ExportMeta } from './build-export-json';

/** What an export says about one article: the fields an analyst filters and cites, not the full text. */
export interface ExportArticle {
  id: string;
  title: string;
  titleOrigin: Article['titleOrigin'];
  publisher: string;
  /** At its known precision: `2025`, `2025-05` or `2025-04-30`; null when undated. */
  published: string | null;
  datePrecision: DatePrecision | null;
  dateConfidence: DateConfidence | null;
  themes: { id: string; label: string }[];
  organizations: { id: string; name: string }[];
  url: string | null;
  summary: string;
  highlights: string[];
}

/** What an export reads of an article: its index card (a whole article has every field of one). */
export type ExportSource = Pick<Article, 'id' | 'title' | 'titleOrigin' | 'publisher' | 'publishedAt' | 'url' | 'summary'> & {
  themes: readonly { id: string }[];
  organizations: readonly { id: string }[];
  highlights: { items: string[] };
};

/** The articles in the order given, with theme labels and organization names looked up in the dataset. */
export function buildExportArticles(articles: readonly ExportSource[], dataset: Pick<Dataset, 'taxonomy' | 'organizations'>): ExportArticle[] {
  const themeLabel = new Map(dataset.taxonomy.themes.map((theme) => [theme.id, theme.label]));
  const orgName = new Map(dataset.organizations.map((org) => [org.id, org.name]));
  return articles.map((article) => ({
    id: article.id,
    title: article.title,
    titleOrigin: article.titleOrigin,
    publisher: article.publisher,
    published: article.publishedAt?.value ?? null,
    datePrecision: article.publishedAt?.precision ?? null,
    dateConfidence: article.publishedAt?.confidence ?? null,
    themes: article.themes.map((theme) => ({ id: theme.id, label: themeLabel.get(theme.id) ?? theme.id })),
    organizations: article.organizations.map((org) => ({ id: org.id, name: orgName.get(org.id) ?? org.id })),
    url: article.url,
    summary: article.summary,
    highlights: article.highlights.items,
  }));
}

const LIST_SEPARATOR = '; ';

/**
 * The export's provenance rides along as the last columns of every row, not as `# …` lines above the
 * header: comment lines are not CSV, so Excel shows them as data, pandas and R need an extra option to
 * skip them, and they are lost when someone sorts or copies part of the sheet. Repeated columns keep
 * the file a plain rectangle that every tool reads, and every copied row still says where it came from.
 */
const COLUMNS: readonly [string, (article: ExportArticle, meta: ExportMeta) => CsvCell][] = [
  ['id', (a) => a.id],
  ['title', (a) => a.title],
  ['title_origin', (a) => a.titleOrigin],
  ['publisher', (a) => a.publisher],
  ['published', (a) => a.published],
  ['date_precision', (a) => a.datePrecision],
  ['date_confidence', (a) => a.dateConfidence],
  ['theme_ids', (a) => a.themes.map((theme) => theme.id).join(LIST_SEPARATOR)],
  ['themes', (a) => a.themes.map((theme) => theme.label).join(LIST_SEPARATOR)],
  ['organization_ids', (a) => a.organizations.map((org) => org.id).join(LIST_SEPARATOR)],
  ['organizations', (a) => a.organizations.map((org) => org.name).join(LIST_SEPARATOR)],
  ['url', (a) => a.url],
  ['summary', (a) => a.summary],
  // One highlight per line inside the cell: highlights are sentences and may contain semicolons.
  ['highlights', (a) => a.highlights.join('\n')],
  ['export_filters', (_, meta) => meta.filters.labels.join(LIST_SEPARATOR) || 'none'],
  ['export_query', (_, meta) => meta.filters.query],
  ['dataset_version', (_, meta) => meta.datasetVersion],
  ['exported_at', (_, meta) => meta.exportedAt],
];

/** The header row, then one row per article, in order. */
export function buildArticleRows(articles: readonly ExportArticle[], meta: ExportMeta): CsvCell[][] {
  return [COLUMNS.map(([name]) => name), ...articles.map((article) => COLUMNS.map(([, cell]) => cell(article, meta)))];
}

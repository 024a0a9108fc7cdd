import type pg from 'pg';
import type { DatasetEnvelope, ExportRequest } from '../../engine/contract';
import type { ExportSource } from '../../engine/export/build-article-rows';
import { buildExportFile } from '../../engine/export/build-export-file';
import { resultOrder, scopeOf } from './filter-sql';
import { publishedAtOf } from './read-cards';

/**
 * Every result of a view as an export file, in the view's order, built by the same function as the
 * worker's from the fields an export keeps: organizations each once, as the index holds them (and as
 * the article's row lists them).
 */
export async function readExportFile(client: pg.ClientBase, version: string, envelope: DatasetEnvelope, { filters, sort, format, query, labels, exportedAt }: ExportRequest): Promise<string> {
  const { where, values } = scopeOf(version, filters);
  const order = resultOrder(filters, sort, values);
  const { rows } = await client.query<Record<string, unknown>>(
    `SELECT a.id, a.title, a.title_origin, a.publisher, a.published_value, a.published_precision, a.published_confidence, a.published_origin, a.published_note,
            a.url, a.summary, a.highlights, a.theme_ids, a.org_ids
       FROM articles a WHERE ${where} ORDER BY ${order}`,
    values,
  );
  const sources: ExportSource[] = rows.map((row) => ({
    id: row.id as string,
    title: row.title as string,
    titleOrigin: row.title_origin as ExportSource['titleOrigin'],
    publisher: row.publisher as string,
    publishedAt: publishedAtOf(row),
    url: (row.url as string | null) || null,
    summary: row.summary as string,
    themes: (row.theme_ids as string[]).map((id) => ({ id })),
    organizations: (row.org_ids as string[]).map((id) => ({ id })),
    highlights: { items: row.highlights as string[] },
  }));
  return buildExportFile(sources, envelope, { query, labels }, format, new Date(exportedAt));
}

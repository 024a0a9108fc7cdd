import type pg from 'pg';
import type { PublishedAt } from '../../domain/schema';
import type { ArticleCard } from '../../engine/contract';

type Row = Record<string, unknown>;

/** The article row's date as the dataset writes it: a note only when there is one. */
export function publishedAtOf(row: Row): PublishedAt | null {
  if (row.published_value === null) return null;
  return {
    value: row.published_value,
    precision: row.published_precision,
    confidence: row.published_confidence,
    origin: row.published_origin,
    ...(row.published_note !== null && { note: row.published_note }),
  } as PublishedAt;
}

/** The rows of one list table for these articles, grouped by article, each group in its order. */
async function listsOf(client: pg.ClientBase, table: string, columns: string, version: string, ids: readonly string[]): Promise<Map<string, Row[]>> {
  // Table and column names are this module's constants; the version and ids are parameters.
  const { rows } = await client.query<Row>(
    `SELECT article_id, ${columns} FROM ${table} WHERE dataset_version = $1 AND article_id = ANY($2::text[]) ORDER BY article_id, ordinal`,
    [version, ids],
  );
  const byArticle = new Map<string, Row[]>();
  for (const row of rows) {
    const id = row.article_id as string;
    let list = byArticle.get(id);
    if (!list) byArticle.set(id, (list = []));
    list.push(row);
  }
  return byArticle;
}

/**
 * The cards of these articles, in the order given, as the worker's index holds them: organizations
 * each once with the mentions of their first entry (at most 65,535: the article row's lists), and a
 * claimant or a person's organization only when the dataset's dictionary has it.
 */
export async function readCards(client: pg.ClientBase, version: string, ids: readonly string[], orgIds: ReadonlySet<string>): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const { rows } = await client.query<Row>(
    `SELECT id, title, title_origin, url, publisher, published_value, published_precision, published_confidence, published_origin, published_note, highlights, summary,
            theme_ids, org_ids, org_mentions
       FROM articles WHERE dataset_version = $1 AND id = ANY($2::text[])`,
    [version, ids],
  );
  // One after another: a client runs one query at a time.
  const figures = await listsOf(client, 'figures', 'text, measure, claimant_id, claimed_from', version, ids);
  const events = await listsOf(client, 'events', 'kind, label, date_value, date_precision, date_confidence', version, ids);
  const people = await listsOf(client, 'people', 'name, role, organization_id', version, ids);
  const known = (id: unknown): id is string => typeof id === 'string' && orgIds.has(id);

  const cards = new Map<string, ArticleCard>();
  for (const a of rows) {
    const id = a.id as string;
    const mentions = a.org_mentions as number[];
    cards.set(id, {
      id,
      title: a.title as string,
      titleOrigin: a.title_origin as ArticleCard['titleOrigin'],
      url: (a.url as string | null) || null,
      publisher: a.publisher as string,
      publishedAt: publishedAtOf(a),
      themes: (a.theme_ids as string[]).map((theme) => ({ id: theme })),
      organizations: (a.org_ids as string[]).map((org, k) => ({ id: org, mentions: mentions[k]! })),
      highlights: { items: a.highlights as string[] },
      summary: a.summary as string,
      figures: (figures.get(id) ?? []).map((f) => ({
        text: f.text,
        measure: f.measure,
        ...(known(f.claimant_id) && { claimant: { id: f.claimant_id, from: f.claimed_from } }),
      })) as ArticleCard['figures'],
      events: (events.get(id) ?? []).map((e) => ({ kind: e.kind, label: e.label, date: { value: e.date_value, precision: e.date_precision, confidence: e.date_confidence } })) as ArticleCard['events'],
      people: (people.get(id) ?? []).map((p) => ({ name: p.name as string, ...(p.role ? { role: p.role as string } : {}), ...(known(p.organization_id) && { organizationId: p.organization_id }) })),
    });
  }
  return ids.flatMap((id) => cards.get(id) ?? []);
}

import type pg from 'pg';
import type { Article } from '../../domain/schema';
import { publishedAtOf } from './read-cards';

type Row = Record<string, unknown>;

/** `{ key: value }` when the column holds a value, else nothing: the schema's optional fields are absent, never null. */
const present = <K extends string>(key: K, value: unknown) => (value === null || value === undefined ? {} : ({ [key]: value } as Record<K, never>));

const listOf = async (client: pg.ClientBase, table: string, columns: string, version: string, id: string): Promise<Row[]> =>
  // Table and column names are this module's constants; the version and id are parameters.
  (await client.query<Row>(`SELECT ${columns} FROM ${table} WHERE dataset_version = $1 AND article_id = $2 ORDER BY ordinal`, [version, id])).rows;

/**
 * The article as the dataset folder holds it, put back together from its rows (the article's own
 * and those of its themes, organizations, figures, events and people), or null when the version has
 * no article with the id.
 */
export async function readArticle(client: pg.ClientBase, version: string, id: string): Promise<Article | null> {
  const { rows } = await client.query<Row>('SELECT * FROM articles WHERE dataset_version = $1 AND id = $2', [version, id]);
  const a = rows[0];
  if (!a) return null;
  // One after another: a client runs one query at a time.
  const themes = await listOf(client, 'article_themes', 'theme_id, score, evidence', version, id);
  const organizations = await listOf(client, 'article_organizations', 'organization_id, mentions, matched, from_publisher_tag, evidence', version, id);
  const figures = await listOf(client, 'figures', 'text, value, unit, measure, qualifier, sentence, claimant_id, claimed_from', version, id);
  const events = await listOf(client, 'events', 'kind, label, date_value, date_precision, date_confidence, sentence', version, id);
  const people = await listOf(client, 'people', 'name, role, organization_id, sentence', version, id);
  return {
    id: a.id,
    title: a.title,
    titleOrigin: a.title_origin,
    url: a.url,
    publisher: a.publisher,
    language: a.language,
    source: a.source,
    publishedAt: publishedAtOf(a),
    ...present('publishedAfter', a.published_after),
    ...present('modifiedAt', a.modified_at),
    themes: themes.map((t) => ({ id: t.theme_id, score: t.score, evidence: t.evidence })),
    organizations: organizations.map((o) => ({ id: o.organization_id, mentions: o.mentions, matched: o.matched, fromPublisherTag: o.from_publisher_tag, ...present('evidence', o.evidence) })),
    people: people.map((p) => ({ name: p.name, ...present('role', p.role), ...present('organizationId', p.organization_id), sentence: p.sentence })),
    places: a.places,
    highlights: { items: a.highlights, method: a.highlights_method },
    figures: figures.map((f) => ({
      text: f.text, value: f.value, unit: f.unit, measure: f.measure, ...present('qualifier', f.qualifier), sentence: f.sentence,
      ...(f.claimant_id === null ? {} : { claimant: { id: f.claimant_id, from: f.claimed_from } }),
    })),
    events: events.map((e) => ({ kind: e.kind, label: e.label, date: { value: e.date_value, precision: e.date_precision, confidence: e.date_confidence }, sentence: e.sentence })),
    summary: a.summary,
    body: a.body,
    wordCount: a.word_count,
    publisherTags: a.publisher_tags,
  } as Article;
}

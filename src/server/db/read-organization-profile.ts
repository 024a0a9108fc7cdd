import type pg from 'pg';
import type { Organization, Taxonomy } from '../../domain/schema';
import type { OrganizationProfile, OrganizationRequest } from '../../engine/contract';
import { NO_DATE } from '../../engine/columnar/explore-columns';
import { buildMentionsOverTime } from '../../engine/columnar/mentions-over-time';
import type { PersonTally } from '../../engine/columnar/organization-profile';
import { compareByName, rankCoMentions, rankPeople, rankThemes, relativesOf, tallyPerson } from '../../engine/columnar/organization-profile';
import { NEWEST_FIRST } from './filter-sql';
import { publishedAtOf } from './read-cards';
import { readRegistry } from './read-envelope';

type Row = Record<string, unknown>;

/** Finite limits travel to SQL; the unlimited profile lists everything. */
const limitOf = (n: number) => (Number.isFinite(n) ? `LIMIT ${Math.max(0, Math.floor(n))}` : '');

/**
 * The organization page's profile, as the worker builds it (src/engine/columnar/organization-profile.ts):
 * the articles naming it (with roll-up, or anything below it) counted by aggregate queries, and read
 * row by row only for what the page lists. Null for an id the registry lacks.
 */
export async function readOrganizationProfile(client: pg.ClientBase, version: string, { organizationId, rollup, limits }: OrganizationRequest): Promise<OrganizationProfile | null> {
  const registry = await readRegistry(client, version);
  const byId = new Map(registry.map((org) => [org.id, org]));
  const organization = byId.get(organizationId);
  if (!organization) return null;
  const taxonomy = (await client.query<{ taxonomy: Taxonomy }>('SELECT taxonomy FROM datasets WHERE version = $1', [version])).rows[0]!.taxonomy;

  // Roll-up counts what names it or any organization below it, as Explore's filter does.
  const included = rollup
    ? (await client.query<{ id: string }>('SELECT organization_id AS id FROM organization_ancestors WHERE dataset_version = $1 AND ancestor_id = $2', [version, organizationId])).rows.map((row) => row.id)
    : [organizationId];
  const isIncluded = new Set(included);
  const values = [version, included];
  const naming = 'SELECT article_id FROM article_organizations WHERE dataset_version = $1 AND organization_id = ANY($2::text[])';
  const inArticles = `a.dataset_version = $1 AND a.id IN (${naming})`;

  const dates = await client.query<{ start: number | null; extra: number | null; estimated: boolean; n: number }>(
    `SELECT a.span_start AS start, a.span_end - a.span_start AS extra, a.published_confidence <> 'confirmed' AS estimated, count(*)::int AS n
       FROM articles a WHERE ${inArticles} GROUP BY 1, 2, 3`,
    values,
  );
  // One entry per article for the counting function, whatever the order: it only counts.
  const spans = dates.rows.flatMap(({ start, extra, estimated, n }) => Array.from({ length: n }, () => ({ start: start ?? NO_DATE, extra: extra ?? 0, estimated })));
  const themes = await client.query<{ id: string; n: number }>(
    `SELECT x.theme_id AS id, count(*)::int AS n FROM article_themes x WHERE x.dataset_version = $1 AND x.article_id IN (${naming}) GROUP BY 1`,
    values,
  );
  const together = await client.query<{ id: string; n: number }>(
    `SELECT x.organization_id AS id, count(DISTINCT x.article_id)::int AS n FROM article_organizations x
      WHERE x.dataset_version = $1 AND x.article_id IN (${naming}) AND NOT x.organization_id = ANY($2::text[]) GROUP BY 1`,
    values,
  );
  const named = await client.query<{ id: string }>(`SELECT DISTINCT organization_id AS id FROM article_organizations WHERE dataset_version = $1 AND organization_id = ANY($2::text[])`, values);
  const namedIds = new Set(named.rows.map((row) => row.id));

  const listed = await client.query<Row>(
    `SELECT a.position, a.id, a.title, a.publisher, a.published_value, a.published_precision, a.published_confidence, a.published_origin, a.published_note
       FROM articles a WHERE ${inArticles} ORDER BY ${NEWEST_FIRST} ${limitOf(limits.articles)}`,
    values,
  );
  const listedOrgs = await client.query<{ article_id: string; id: string }>(
    'SELECT article_id, organization_id AS id FROM article_organizations WHERE dataset_version = $1 AND article_id = ANY($2::text[]) ORDER BY article_id, ordinal',
    [version, listed.rows.map((row) => row.id)],
  );
  // The subsidiaries an article counts through when it does not name the organization itself.
  const via = (articleId: string): Organization[] => {
    const ids = [...new Set(listedOrgs.rows.filter((row) => row.article_id === articleId).map((row) => row.id))];
    if (ids.includes(organizationId)) return [];
    return ids.flatMap((id) => (isIncluded.has(id) ? (byId.get(id) ?? []) : [])).sort(compareByName);
  };

  // People tied to an included organization in its articles, visited newest first as the tally expects.
  const people = await client.query<{ position: number; id: string; title: string; name: string; role: string | null; organization_id: string }>(
    `SELECT a.position, a.id, a.title, p.name, p.role, p.organization_id FROM people p JOIN articles a ON a.dataset_version = p.dataset_version AND a.id = p.article_id
      WHERE ${inArticles} AND p.organization_id = ANY($2::text[]) ORDER BY ${NEWEST_FIRST}, p.ordinal`,
    values,
  );
  const tally = new Map<string, PersonTally>();
  const titles = new Map<number, { id: string; title: string }>();
  for (const person of people.rows) {
    const registered = byId.get(person.organization_id);
    if (!registered) continue;
    titles.set(person.position, { id: person.id, title: person.title });
    tallyPerson(tally, person.name, person.role || undefined, registered, person.position);
  }

  const themeCount = new Map(themes.rows.map((row) => [row.id, row.n]));
  const coCount = new Map(together.rows.map((row) => [row.id, row.n]));
  return {
    organization,
    ...relativesOf(organization, registry, byId),
    rollup,
    includedBelow: included.filter((id) => id !== organizationId && namedIds.has(id)).flatMap((id) => byId.get(id) ?? []).sort(compareByName),
    total: spans.length,
    articles: listed.rows.map((row) => ({
      index: row.position as number,
      article: { id: row.id as string, title: row.title as string, publisher: row.publisher as string, publishedAt: publishedAtOf(row) },
      via: via(row.id as string),
    })),
    mentions: buildMentionsOverTime({ count: spans.length, first: (k) => spans[k]!.start, extra: (k) => spans[k]!.extra, estimated: (k) => spans[k]!.estimated }),
    themeMix: rankThemes(taxonomy.themes, (id) => themeCount.get(id) ?? 0),
    ...rankCoMentions(registry.map((org) => [org, coCount.get(org.id) ?? 0] as const), limits),
    people: rankPeople(tally, limits, (position) => titles.get(position)!),
    peopleCount: tally.size,
  };
}

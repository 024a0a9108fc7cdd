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
type DateCount = { start: number | null; extra: number | null; estimated: boolean; n: number };

/** Finite limits travel to SQL; the unlimited profile lists everything. */
const limitOf = (n: number) => (Number.isFinite(n) ? `LIMIT ${Math.max(0, Math.floor(n))}` : '');

/**
 * The organization page's profile, as the worker builds it (src/engine/columnar/organization-profile.ts):
 * the articles naming it (with roll-up, or anything below it) counted by aggregate queries, and read
 * row by row only for what the page lists. Null for an id the registry lacks.
 */
export async function readOrganizationProfile(client: pg.ClientBase, version: string, rolledUpOrgs: ReadonlySet<string>, { organizationId, rollup, limits }: OrganizationRequest): Promise<OrganizationProfile | null> {
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
  // The articles naming any of them, from the articles' own lists (GIN-indexed): no join.
  const values = [version, included];
  const naming = 'a.dataset_version = $1 AND a.org_ids && $2::text[]';

  // Dates, themes and the organizations named beside it from its roll-up when the loader wrote one
  // (migration 0005): its lists of themes per date cell, summed, and its co-mentions; else from the articles.
  const lists = rolledUpOrgs.has(organizationId) ? { relation: 'rollup_org_theme_lists s', where: 's.dataset_version = $1 AND s.organization_id = $2 AND s.rolled = $3', values: [version, organizationId, rollup] } : null;
  const dates = lists
    ? await client.query<DateCount>(`SELECT s.span_start AS start, s.extra, s.estimated, sum(s.articles)::int AS n FROM ${lists.relation} WHERE ${lists.where} GROUP BY 1, 2, 3`, lists.values)
    : await client.query<DateCount>(`SELECT a.span_start AS start, a.span_end - a.span_start AS extra, a.estimated, count(*)::int AS n FROM articles a WHERE ${naming} GROUP BY 1, 2, 3`, values);
  // One entry per article for the counting function, whatever the order: it only counts.
  const spans = dates.rows.flatMap(({ start, extra, estimated, n }) => Array.from({ length: n }, () => ({ start: start ?? NO_DATE, extra: extra ?? 0, estimated })));
  // Each listing counts, a theme listed twice twice.
  const themes = lists
    ? await client.query<{ id: string; n: number }>(`SELECT t AS id, sum(s.articles)::int AS n FROM ${lists.relation}, unnest(s.theme_ids) t WHERE ${lists.where} GROUP BY 1`, lists.values)
    : await client.query<{ id: string; n: number }>(`SELECT t AS id, count(*)::int AS n FROM articles a, unnest(a.theme_ids) t WHERE ${naming} GROUP BY 1`, values);
  const named = lists
    ? await client.query<{ id: string; included: boolean; n: number }>(
        'SELECT other_id AS id, other_id = ANY($4::text[]) AS included, articles AS n FROM rollup_org_comentions WHERE dataset_version = $1 AND organization_id = $2 AND rolled = $3',
        [...lists.values, included],
      )
    : await client.query<{ id: string; included: boolean; n: number }>(
        `SELECT o AS id, o = ANY($2::text[]) AS included, count(*)::int AS n FROM articles a, unnest(a.org_ids) o WHERE ${naming} GROUP BY 1`,
        values,
      );
  const namedIds = new Set(named.rows.filter((row) => row.included).map((row) => row.id));
  const together = named.rows.filter((row) => !row.included);

  const listed = await client.query<Row>(
    `SELECT a.position, a.id, a.title, a.publisher, a.published_value, a.published_precision, a.published_confidence, a.published_origin, a.published_note, a.org_ids
       FROM articles a WHERE ${naming} ORDER BY ${NEWEST_FIRST} ${limitOf(limits.articles)}`,
    values,
  );
  // The subsidiaries an article counts through when it does not name the organization itself.
  const via = (ids: string[]): Organization[] => (ids.includes(organizationId) ? [] : ids.flatMap((id) => (isIncluded.has(id) ? (byId.get(id) ?? []) : [])).sort(compareByName));

  // People tied to an included organization in its articles, visited newest first as the tally expects.
  const people = await client.query<{ position: number; id: string; title: string; name: string; role: string | null; organization_id: string }>(
    `SELECT a.position, a.id, a.title, p.name, p.role, p.organization_id FROM people p JOIN articles a ON a.dataset_version = p.dataset_version AND a.id = p.article_id
      WHERE p.dataset_version = $1 AND p.organization_id = ANY($2::text[]) AND ${naming} ORDER BY ${NEWEST_FIRST}, p.ordinal`,
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
  const coCount = new Map(together.map((row) => [row.id, row.n]));
  return {
    organization,
    ...relativesOf(organization, registry, byId),
    rollup,
    includedBelow: included.filter((id) => id !== organizationId && namedIds.has(id)).flatMap((id) => byId.get(id) ?? []).sort(compareByName),
    total: spans.length,
    articles: listed.rows.map((row) => ({
      index: row.position as number,
      article: { id: row.id as string, title: row.title as string, publisher: row.publisher as string, publishedAt: publishedAtOf(row) },
      via: via(row.org_ids as string[]),
    })),
    mentions: buildMentionsOverTime({ count: spans.length, first: (k) => spans[k]!.start, extra: (k) => spans[k]!.extra, estimated: (k) => spans[k]!.estimated }),
    themeMix: rankThemes(taxonomy.themes, (id) => themeCount.get(id) ?? 0),
    ...rankCoMentions(registry.map((org) => [org, coCount.get(org.id) ?? 0] as const), limits),
    people: rankPeople(tally, limits, (position) => titles.get(position)!),
    peopleCount: tally.size,
  };
}

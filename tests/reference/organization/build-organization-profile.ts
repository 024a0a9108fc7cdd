import type { ExploreIndex } from '../engine/explore-index';
import type { MentionsOverTime } from '../../../src/engine/columnar/mentions-over-time';
import { buildMentionsOverTime as countMentions } from '../../../src/engine/columnar/mentions-over-time';
import type { OrganizationProfile, PersonTally, ProfileArticle, ProfileLimits } from '../../../src/engine/columnar/organization-profile';
import { NO_LIMITS, compareByName, rankCoMentions, rankPeople, rankThemes, relativesOf, tallyPerson } from '../../../src/engine/columnar/organization-profile';
import { NO_DATE } from '../../../src/engine/columnar/explore-columns';
import { EMPTY_FILTERS } from '../../../src/engine/filters';
import { selectMatches } from '../engine/select-matches';

// One shape for both kinds of dataset: the large one's profile is made in the worker from its index.
export type { MentionPeriod, MentionsOverTime } from '../../../src/engine/columnar/mentions-over-time';
export type { LinkedPerson, OrganizationProfile, ProfileArticle } from '../../../src/engine/columnar/organization-profile';

/**
 * Counts articles per period over the span of their own dates: month up to two years, quarter up
 * to eight. Year-only dates are counted apart unless the axis is in years.
 */
export function buildMentionsOverTime(index: ExploreIndex, articleIndexes: readonly number[]): MentionsOverTime {
  const span = (k: number) => index.spans[articleIndexes[k]!] ?? null;
  return countMentions({
    count: articleIndexes.length,
    first: (k) => span(k)?.[0] ?? NO_DATE,
    extra: (k) => {
      const known = span(k);
      return known ? known[1] - known[0] : 0;
    },
    estimated: (k) => index.articles[articleIndexes[k]!]?.publishedAt?.confidence !== 'confirmed',
  });
}

/**
 * Everything the organization page shows, over the whole dataset. Its articles are those Explore
 * shows when filtering by it, so with roll-up a group includes what names its subsidiaries.
 * Co-mentions count articles in common with organizations outside that set.
 */
export function buildOrganizationProfile(index: ExploreIndex, organizationId: string, rollup: boolean, limits: ProfileLimits = NO_LIMITS): OrganizationProfile | null {
  const { organizations, taxonomy } = index.dataset;
  const byId = new Map(organizations.map((org) => [org.id, org]));
  const organization = byId.get(organizationId);
  if (!organization) return null;

  const includedIds = new Set(rollup ? (index.descendants.get(organizationId) ?? [organizationId]) : [organizationId]);
  const order = selectMatches(index, { ...EMPTY_FILTERS, orgs: [organizationId], rollup }, 'date').matches;
  const named = new Set<string>();
  const articles = order.map((i): ProfileArticle => {
    const direct = index.directOrgs[i] ?? new Set<string>();
    for (const id of direct) if (includedIds.has(id)) named.add(id);
    const via = direct.has(organizationId) ? [] : [...direct].filter((id) => includedIds.has(id)).flatMap((id) => byId.get(id) ?? []);
    return { index: i, article: index.articles[i]!, via: via.sort(compareByName) };
  });

  const themeCounts = new Map<string, number>();
  const coCounts = new Map<string, number>();
  // People are tied only to organizations their article names, so its articles hold all of them.
  const people = new Map<string, PersonTally>();
  for (const i of order) {
    const article = index.articles[i]!;
    for (const { id } of article.themes) themeCounts.set(id, (themeCounts.get(id) ?? 0) + 1);
    for (const id of index.directOrgs[i] ?? []) if (!includedIds.has(id)) coCounts.set(id, (coCounts.get(id) ?? 0) + 1);
    for (const person of article.people) {
      const tiedTo = person.organizationId && includedIds.has(person.organizationId) ? byId.get(person.organizationId) : undefined;
      if (tiedTo) tallyPerson(people, person.name, person.role, tiedTo, i);
    }
  }

  return {
    organization,
    ...relativesOf(organization, organizations, byId),
    rollup,
    includedBelow: [...named].filter((id) => id !== organizationId).flatMap((id) => byId.get(id) ?? []).sort(compareByName),
    total: articles.length,
    articles: articles.slice(0, limits.articles),
    mentions: buildMentionsOverTime(index, order),
    themeMix: rankThemes(taxonomy.themes, (id) => themeCounts.get(id) ?? 0),
    ...rankCoMentions(
      [...coCounts].map(([id, count]) => [byId.get(id), count] as const),
      limits,
    ),
    people: rankPeople(people, limits, (i) => ({ id: index.articles[i]!.id, title: index.articles[i]!.title })),
    peopleCount: people.size,
  };
}

import type { Article, Organization, Theme } from '../../domain/schema';
import type { ExploreIndex } from '../../engine/explore-index';
import { EMPTY_FILTERS } from '../../engine/filters';
import { selectMatches } from '../../engine/select-matches';
import type { Granularity } from '../../lib/periods';
import { defaultGranularity, periodLabel, periodOf, precisionFits } from '../../lib/periods';

export interface MentionPeriod {
  start: number;
  label: string;
  confirmed: number;
  /** Articles whose date is estimated or inferred from the text. */
  estimated: number;
}

export interface MentionsOverTime {
  /** null when no article is dated. */
  granularity: Granularity | null;
  periods: MentionPeriod[];
  /** Dated only to a year on a month or quarter axis: counted here, never pinned to January. */
  yearOnly: number;
  undated: number;
}

export interface ProfileArticle {
  index: number;
  article: Article;
  /** The subsidiaries it counts through when it does not name the organization itself. */
  via: Organization[];
}

export interface LinkedPerson {
  name: string;
  role: string | undefined;
  organization: Organization;
  /** Article indexes, newest first. */
  articles: number[];
}

export interface OrganizationProfile {
  organization: Organization;
  parent: Organization | null;
  subsidiaries: Organization[];
  rollup: boolean;
  /** Organizations below this one whose articles are included (roll-up on and named at least once). */
  includedBelow: Organization[];
  articles: ProfileArticle[];
  mentions: MentionsOverTime;
  themeMix: { theme: Theme; count: number }[];
  coMentions: { organization: Organization; count: number }[];
  people: LinkedPerson[];
}

const byName = (a: Organization, b: Organization) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Counts articles per period over the span of their own dates: month up to two years, quarter up
 * to eight. Year-only dates are counted apart unless the axis is in years.
 */
export function buildMentionsOverTime(index: ExploreIndex, articleIndexes: readonly number[]): MentionsOverTime {
  const dated = articleIndexes.flatMap((i) => {
    const article = index.articles[i];
    const span = index.spans[i];
    return article?.publishedAt && span ? [{ publishedAt: article.publishedAt, span }] : [];
  });
  const undated = articleIndexes.length - dated.length;
  const fine = dated.filter(({ publishedAt }) => publishedAt.precision !== 'year');
  const granularity: Granularity | null =
    fine.length > 0
      ? defaultGranularity(Math.min(...fine.map(({ span }) => span[0])), Math.max(...fine.map(({ span }) => span[1])))
      : dated.length > 0
        ? 'year'
        : null;
  if (granularity === null) return { granularity, periods: [], yearOnly: 0, undated };

  const placed = dated.filter(({ publishedAt }) => precisionFits(publishedAt.precision, granularity));
  const size = granularity === 'month' ? 1 : granularity === 'quarter' ? 3 : 12;
  const first = periodOf(Math.min(...placed.map(({ span }) => span[0])), granularity)[0];
  const last = periodOf(Math.max(...placed.map(({ span }) => span[0])), granularity)[0];
  const periods: MentionPeriod[] = [];
  for (let start = first; start <= last; start += size) {
    periods.push({ start, label: periodLabel(start, granularity), confirmed: 0, estimated: 0 });
  }
  for (const { publishedAt, span } of placed) {
    const period = periods[(periodOf(span[0], granularity)[0] - first) / size];
    if (!period) continue;
    if (publishedAt.confidence === 'confirmed') period.confirmed += 1;
    else period.estimated += 1;
  }
  return { granularity, periods, yearOnly: dated.length - placed.length, undated };
}

function linkedPeople(index: ExploreIndex, included: ReadonlySet<string>, byId: ReadonlyMap<string, Organization>, order: readonly number[]): LinkedPerson[] {
  const people = new Map<string, LinkedPerson>();
  const rank = new Map(order.map((articleIndex, position) => [articleIndex, position]));
  index.articles.forEach((article, articleIndex) => {
    for (const person of article.people) {
      const organization = person.organizationId && included.has(person.organizationId) ? byId.get(person.organizationId) : undefined;
      if (!organization) continue;
      const key = `${person.name.trim().toLowerCase()}\u0000${organization.id}`;
      const entry = people.get(key) ?? { name: person.name, role: person.role, organization, articles: [] };
      entry.role ??= person.role;
      if (!entry.articles.includes(articleIndex)) entry.articles.push(articleIndex);
      people.set(key, entry);
    }
  });
  for (const entry of people.values()) entry.articles.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a - b);
  return [...people.values()].sort((a, b) => b.articles.length - a.articles.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Everything the organization page shows, over the whole dataset. Its articles are those Explore
 * shows when filtering by it, so with roll-up a group includes what names its subsidiaries.
 * Co-mentions count articles in common with organizations outside that set.
 */
export function buildOrganizationProfile(index: ExploreIndex, organizationId: string, rollup: boolean): OrganizationProfile | null {
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
    return { index: i, article: index.articles[i]!, via: via.sort(byName) };
  });

  const themeCounts = new Map<string, number>();
  const coCounts = new Map<string, number>();
  for (const { index: i, article } of articles) {
    for (const { id } of article.themes) themeCounts.set(id, (themeCounts.get(id) ?? 0) + 1);
    for (const id of index.directOrgs[i] ?? []) if (!includedIds.has(id)) coCounts.set(id, (coCounts.get(id) ?? 0) + 1);
  }

  return {
    organization,
    parent: (organization.parentId && byId.get(organization.parentId)) || null,
    subsidiaries: organizations.filter((org) => org.parentId === organizationId).sort(byName),
    rollup,
    includedBelow: [...named].filter((id) => id !== organizationId).flatMap((id) => byId.get(id) ?? []).sort(byName),
    articles,
    mentions: buildMentionsOverTime(index, order),
    themeMix: taxonomy.themes
      .map((theme) => ({ theme, count: themeCounts.get(theme.id) ?? 0 }))
      .filter(({ count }) => count > 0)
      .sort((a, b) => b.count - a.count),
    coMentions: [...coCounts]
      .flatMap(([id, count]) => {
        const other = byId.get(id);
        return other ? [{ organization: other, count }] : [];
      })
      .sort((a, b) => b.count - a.count || byName(a.organization, b.organization)),
    people: linkedPeople(index, includedIds, byId, order),
  };
}

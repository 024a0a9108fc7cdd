import type { Article, Organization, Theme } from '../../domain/schema';
import type { ArticleIndex } from './article-index';
import type { ExploreColumns } from './explore-columns';
import { NO_DATE } from './explore-columns';
import type { MentionsOverTime } from './mentions-over-time';
import { buildMentionsOverTime } from './mentions-over-time';
import type { Csr } from './postings';
import { ancestorChains, invert } from './postings';

/** What the organization page lists of an article: a full article and an index card both have it. */
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'publisher' | 'publishedAt'>;
/** Enough of an article to link to it by its title. */
export type ArticleLink = Pick<Article, 'id' | 'title'>;

export interface ProfileArticle {
  /** Its position in the dataset. */
  index: number;
  article: ArticleSummary;
  /** The subsidiaries it counts through when it does not name the organization itself. */
  via: Organization[];
}

export interface LinkedPerson {
  name: string;
  role: string | undefined;
  organization: Organization;
  /** The articles naming them, newest first: all of them, or the newest few of `articleCount`. */
  articles: ArticleLink[];
  articleCount: number;
}

/**
 * Everything the organization page shows, the same for both kinds of dataset: the small one builds
 * it on the main thread (features/organization), the large one in the worker from the index columns.
 */
export interface OrganizationProfile {
  organization: Organization;
  parent: Organization | null;
  subsidiaries: Organization[];
  rollup: boolean;
  /** Organizations below this one whose articles are included (roll-up on and named at least once). */
  includedBelow: Organization[];
  /** Articles naming it (or, with roll-up, an organization below it). */
  total: number;
  /** Newest first: all `total` of them, or the newest few. */
  articles: ProfileArticle[];
  mentions: MentionsOverTime;
  themeMix: { theme: Theme; count: number }[];
  /** Those with the most articles in common first: all of them, or the first few of `coMentionCount`. */
  coMentions: { organization: Organization; count: number }[];
  coMentionCount: number;
  /** Those named in the most articles first: all of them, or the first few of `peopleCount`. */
  people: LinkedPerson[];
  peopleCount: number;
}

/** How much of a long profile crosses to the page; the counts always cover every article. */
export interface ProfileLimits {
  articles: number;
  coMentions: number;
  people: number;
  /** Articles listed under each person. */
  personArticles: number;
}

/** Everything listed: the small dataset's page, and the tests comparing the two. */
export const NO_LIMITS: ProfileLimits = { articles: Infinity, coMentions: Infinity, people: Infinity, personArticles: Infinity };

export interface OrganizationRequest {
  organizationId: string;
  /** The URL's roll-up filter: whether a group's articles include those naming its subsidiaries. */
  rollup: boolean;
  limits: ProfileLimits;
}

/** Organizations by name, as every list on the page orders them. */
export const compareByName = (a: Organization, b: Organization) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Its parent and its subsidiaries (by name), from the registry. */
export function relativesOf(organization: Organization, organizations: readonly Organization[], byId: ReadonlyMap<string, Organization>) {
  return {
    parent: (organization.parentId && byId.get(organization.parentId)) || null,
    subsidiaries: organizations.filter((org) => org.parentId === organization.id).sort(compareByName),
  };
}

/** Its themes by the number of its articles carrying each, most first (taxonomy order on ties). */
export function rankThemes(themes: readonly Theme[], countOf: (id: string) => number): OrganizationProfile['themeMix'] {
  return themes
    .map((theme) => ({ theme, count: countOf(theme.id) }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count);
}

/** Organizations with their articles in common, most first, then by name, cut to the limits. */
export function rankCoMentions(counts: Iterable<readonly [Organization | undefined, number]>, limits: ProfileLimits): Pick<OrganizationProfile, 'coMentions' | 'coMentionCount'> {
  const ranked = [...counts]
    .flatMap(([organization, count]) => (organization && count > 0 ? [{ organization, count }] : []))
    .sort((a, b) => b.count - a.count || compareByName(a.organization, b.organization));
  return { coMentions: ranked.slice(0, limits.coMentions), coMentionCount: ranked.length };
}

/** A person and the articles naming them, keyed by name (ignoring case) and organization. */
export interface PersonTally {
  name: string;
  role: string | undefined;
  organization: Organization;
  /** Article indexes, newest first. */
  articles: number[];
}

/** Adds one naming of a person to the tally, articles visited newest first. */
export function tallyPerson(people: Map<string, PersonTally>, name: string, role: string | undefined, organization: Organization, article: number): void {
  const key = `${name.trim().toLowerCase()}\u0000${organization.id}`;
  let entry = people.get(key);
  if (!entry) {
    entry = { name, role, organization, articles: [] };
    people.set(key, entry);
  }
  entry.role ??= role;
  if (entry.articles.at(-1) !== article) entry.articles.push(article);
}

/** The tallied people named in the most articles first, cut to the limits. */
export function rankPeople(people: Map<string, PersonTally>, limits: ProfileLimits, linkTo: (article: number) => ArticleLink): LinkedPerson[] {
  return [...people.values()]
    .sort((a, b) => b.articles.length - a.articles.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limits.people)
    .map(({ name, role, organization, articles }) => ({
      name,
      role,
      organization,
      articles: articles.slice(0, limits.personArticles).map(linkTo),
      articleCount: articles.length,
    }));
}

/**
 * Orders article indexes newest first by the span of their dates (first month, then last), then by
 * position, undated last: the order of Explore's results. One numeric key each, so no comparator.
 */
function newestFirst({ count, spanStart, spanExtra }: ExploreColumns, articles: Uint32Array): Uint32Array {
  let newest = 0;
  for (let p = 0; p < articles.length; p++) {
    const i = articles[p]!;
    if (spanStart[i] !== NO_DATE) newest = Math.max(newest, spanStart[i]! * 256 + spanExtra[i]!);
  }
  const keys = new Float64Array(articles.length);
  for (let p = 0; p < articles.length; p++) {
    const i = articles[p]!;
    const rank = spanStart[i] === NO_DATE ? newest + 1 : newest - (spanStart[i]! * 256 + spanExtra[i]!);
    keys[p] = rank * count + i;
  }
  keys.sort();
  return Uint32Array.from(keys, (key) => key % count);
}

/**
 * Organization profiles over the index columns, in the worker. Each profile walks only the articles
 * naming the organization (found through its postings) and reads names and titles only for what is
 * listed. Its postings are built once, when it is made (ExploreService makes it on the first profile asked for).
 */
export class OrganizationProfiler {
  private readonly columns: ExploreColumns;
  private readonly organizations: readonly Organization[];
  private readonly themes: readonly Theme[];
  private readonly byId: Map<string, Organization>;
  private readonly orgCode: Map<string, number>;
  private readonly themeCode: Map<string, number>;
  private readonly chains: number[][];
  private readonly postings: Csr;

  constructor(private readonly index: Pick<ArticleIndex, 'header' | 'columns' | 'people' | 'card'>) {
    const { columns } = index;
    this.columns = columns;
    this.organizations = index.header.envelope.organizations;
    this.themes = index.header.envelope.taxonomy.themes;
    this.byId = new Map(this.organizations.map((org) => [org.id, org]));
    this.orgCode = new Map(columns.orgIds.map((id, code) => [id, code]));
    this.themeCode = new Map(columns.themeIds.map((id, code) => [id, code]));
    this.chains = ancestorChains(columns.orgParent);
    this.postings = invert(columns.orgOffsets, columns.orgValues, columns.orgIds.length);
  }

  /** The profile of a registered organization, or null for an id the registry lacks. */
  profile({ organizationId, rollup, limits }: OrganizationRequest): OrganizationProfile | null {
    const organization = this.byId.get(organizationId);
    const code = this.orgCode.get(organizationId);
    if (!organization || code === undefined) return null;
    const { columns } = this;
    const orgAt = (c: number) => this.byId.get(columns.orgIds[c]!);

    // Roll-up counts what names it or any organization below it, as Explore's filter does.
    const included = new Uint8Array(columns.orgIds.length);
    const codes = rollup ? this.chains.flatMap((chain, c) => (c === code || chain.includes(code) ? [c] : [])) : [code];
    for (const c of codes) included[c] = 1;
    const order = newestFirst(columns, this.articlesNaming(codes));

    const themeCounts = new Int32Array(columns.themeIds.length);
    const coCounts = new Int32Array(columns.orgIds.length);
    const { themeOffsets, themeValues, orgOffsets, orgValues } = columns;
    for (let p = 0; p < order.length; p++) {
      const i = order[p]!;
      for (let k = themeOffsets[i]!; k < themeOffsets[i + 1]!; k++) themeCounts[themeValues[k]!]! += 1;
      for (let k = orgOffsets[i]!; k < orgOffsets[i + 1]!; k++) if (!included[orgValues[k]!]) coCounts[orgValues[k]!]! += 1;
    }

    const via = (i: number): Organization[] => {
      const named = Array.from(orgValues.subarray(orgOffsets[i]!, orgOffsets[i + 1]!));
      if (named.includes(code)) return [];
      return named.flatMap((c) => (included[c] ? (orgAt(c) ?? []) : [])).sort(compareByName);
    };
    const { spanStart, spanExtra, estimated } = columns;

    return {
      organization,
      ...relativesOf(organization, this.organizations, this.byId),
      rollup,
      includedBelow: codes
        .filter((c) => c !== code && this.postings.offsets[c + 1]! > this.postings.offsets[c]!)
        .flatMap((c) => orgAt(c) ?? [])
        .sort(compareByName),
      total: order.length,
      articles: Array.from(order.subarray(0, Math.min(order.length, limits.articles)), (i) => {
        const { id, title, publisher, publishedAt } = this.index.card(i);
        return { index: i, article: { id, title, publisher, publishedAt }, via: via(i) };
      }),
      mentions: buildMentionsOverTime({
        count: order.length,
        first: (k) => spanStart[order[k]!]!,
        extra: (k) => spanExtra[order[k]!]!,
        estimated: (k) => estimated[order[k]!] === 1,
      }),
      themeMix: rankThemes(this.themes, (id) => themeCounts[this.themeCode.get(id) ?? -1] ?? 0),
      ...rankCoMentions(
        this.organizations.map((org) => [org, coCounts[this.orgCode.get(org.id)!]!] as const),
        limits,
      ),
      ...this.linkedPeople(order, included, limits),
    };
  }

  /** Articles naming any of the organizations, ascending, each once. */
  private articlesNaming(codes: readonly number[]): Uint32Array {
    const { offsets, values } = this.postings;
    if (codes.length === 1) return values.subarray(offsets[codes[0]!]!, offsets[codes[0]! + 1]!);
    const all = new Uint32Array(codes.reduce((size, c) => size + offsets[c + 1]! - offsets[c]!, 0));
    let n = 0;
    for (const c of codes) {
      all.set(values.subarray(offsets[c]!, offsets[c + 1]!), n);
      n += offsets[c + 1]! - offsets[c]!;
    }
    all.sort();
    let unique = 0;
    for (let p = 0; p < all.length; p++) if (unique === 0 || all[p] !== all[unique - 1]) all[unique++] = all[p]!;
    return all.subarray(0, unique);
  }

  /**
   * People tied to an included organization in its articles: the ingest ties a person only to an
   * organization the same article names, so its articles are the only ones to read.
   */
  private linkedPeople(order: Uint32Array, included: Uint8Array, limits: ProfileLimits): Pick<OrganizationProfile, 'people' | 'peopleCount'> {
    const { offsets, organization, name, role } = this.index.people;
    const tally = new Map<string, PersonTally>();
    for (let p = 0; p < order.length; p++) {
      const i = order[p]!;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const org = organization[k]!;
        const registered = org >= 0 && included[org] ? this.byId.get(this.columns.orgIds[org]!) : undefined;
        if (registered) tallyPerson(tally, name.get(k), role.get(k) || undefined, registered, i);
      }
    }
    return {
      people: rankPeople(tally, limits, (i) => {
        const { id, title } = this.index.card(i);
        return { id, title };
      }),
      peopleCount: tally.size,
    };
  }
}

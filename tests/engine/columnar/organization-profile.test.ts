import { describe, expect, it } from 'vitest';
import type { Article, Dataset, Person } from '../../../src/domain/schema';
import { decodeArticleIndex } from '../../../src/engine/columnar/decode-article-index';
import { encodeArticleIndex } from '../../../src/engine/columnar/encode-article-index';
import type { OrganizationProfile, ProfileLimits } from '../../../src/engine/columnar/organization-profile';
import { NO_LIMITS, OrganizationProfiler } from '../../../src/engine/columnar/organization-profile';
import type { ExploreIndex } from '../../reference/engine/explore-index';
import { buildExploreIndex } from '../../reference/engine/explore-index';
import { buildOrganizationProfile } from '../../reference/organization/build-organization-profile';
import { createSyntheticCorpus } from '../../../src/synthetic/generate-corpus';
import { Random } from '../../../src/synthetic/prng';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';
import { steelDataset } from '../../features/steel-fixture';
import { AWKWARD_ORG_IDS, AWKWARD_ORGS, randomPublishedAt } from './awkward-data';

const ORGS = AWKWARD_ORGS;
const ORG_IDS = AWKWARD_ORG_IDS;
const PEOPLE = ['Li Wei', 'li wei ', 'Anna Berg', 'Kenji Sato'];

const randomDate = (random: Random) => randomPublishedAt(random, [2019, 2026]);

/** Random articles over an awkward registry; people are tied only to organizations their article names, as the ingest ties them. */
function randomDataset(random: Random, size: number): Dataset {
  const articles: Article[] = Array.from({ length: size }, (_, i) => {
    const organizations = Array.from({ length: random.int(0, 3) }, () => ({ id: random.pick(ORG_IDS), mentions: random.int(1, 4), matched: [], fromPublisherTag: false }));
    const people: Person[] = Array.from({ length: random.chance(0.4) ? random.int(1, 2) : 0 }, () => {
      const organizationId = organizations.length > 0 && random.chance(0.8) ? random.pick(organizations).id : undefined;
      const role = random.chance(0.6) ? random.pick(['engineer', 'CEO']) : undefined;
      return { name: random.pick(PEOPLE), ...(role && { role }), ...(organizationId && { organizationId }), sentence: 'Said so.' };
    });
    return makeArticle({
      id: `a-${i}`,
      title: `Article ${random.int(0, 9)}`,
      publisher: random.pick(['Paper', 'Wire']),
      publishedAt: randomDate(random),
      themes: Array.from({ length: random.int(0, 3) }, () => ({ id: random.chance(0.05) ? 'unlisted' : random.pick(['hydrogen-metallurgy', 'ev-steel']), score: 0.65, evidence: [] })),
      organizations,
      people,
    });
  });
  return makeDataset(articles, { organizations: ORGS });
}

/** The index the worker reads, written and read back as the app does. */
function indexOf(dataset: Dataset) {
  const { articles, ...envelope } = dataset;
  return decodeArticleIndex(encodeArticleIndex(envelope, articles.length, (i) => articles[i]!).slice().buffer);
}

/** The small path's profile with each article cut to what a card carries (the page shows no more). */
function reference(explore: ExploreIndex, organizationId: string, rollup: boolean): OrganizationProfile | null {
  const profile = buildOrganizationProfile(explore, organizationId, rollup);
  if (!profile) return null;
  return {
    ...profile,
    articles: profile.articles.map(({ index, article: { id, title, publisher, publishedAt }, via }) => ({ index, article: { id, title, publisher, publishedAt }, via })),
  };
}

function expectSameProfiles(dataset: Dataset, ids: readonly string[]) {
  const index = indexOf(dataset);
  const profiler = new OrganizationProfiler(index);
  const explore = buildExploreIndex(dataset);
  for (const organizationId of ids) {
    for (const rollup of [true, false]) {
      const context = `${organizationId}, rollup ${rollup}`;
      const profile = profiler.profile({ organizationId, rollup, limits: NO_LIMITS });
      expect(profile, context).toEqual(reference(explore, organizationId, rollup));
      // A person named twice in one article still lists it once.
      for (const person of profile?.people ?? []) expect(new Set(person.articles.map((article) => article.id)).size, context).toBe(person.articleCount);
    }
  }
}

describe('the organization profile over index columns gives what the small dataset builds', () => {
  it('on random datasets with awkward registries, dates and people', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const random = new Random(seed);
      expectSameProfiles(randomDataset(random, random.int(0, 150)), [...ORG_IDS, 'missing-parent', 'nobody']);
    }
  });

  it('on synthetic corpora (organizations with hundreds of articles)', () => {
    const taxonomy = makeDataset().taxonomy;
    const corpus = createSyntheticCorpus({ count: 1_500, seed: 11, taxonomy, registry: ORGS, organizationCount: 30 });
    const dataset = { ...makeDataset(), ...corpus.envelope(), articles: Array.from({ length: corpus.count }, (_, i) => corpus.article(i)) };
    expectSameProfiles(dataset, corpus.organizations.map((org) => org.id));
  });

  it('on the steel fixture, naming what rolls up and who', () => {
    const index = indexOf(steelDataset());
    const profile = new OrganizationProfiler(index).profile({ organizationId: 'baogang-group', rollup: true, limits: NO_LIMITS })!;
    expect(profile.articles.map(({ article, via }) => [article.id, via.map((org) => org.id)])).toEqual([
      ['a-ev-new', []],
      ['a-hydrogen', []],
      ['a-ev-old', ['baogang-electric']],
      ['a-year', []],
    ]);
    expect(profile.includedBelow.map((org) => org.id)).toEqual(['baogang-electric']);
    expect(profile.mentions).toMatchObject({ granularity: 'month', yearOnly: 1, undated: 0 });
    expect(profile.people.map((person) => [person.name, person.organization.id, person.articles])).toEqual([
      ['Li Wei', 'baogang-electric', [{ id: 'a-ev-old', title: 'Baogang Electric motors for EV plants' }]],
      ['Meng Fanying', 'baogang-group', [{ id: 'a-hydrogen', title: 'Baogang meets ECUST on hydrogen metallurgy' }]],
    ]);
  });
});

describe('a long profile', () => {
  const taxonomy = makeDataset().taxonomy;
  const corpus = createSyntheticCorpus({ count: 2_000, seed: 4, taxonomy, registry: ORGS, organizationCount: 12 });
  const dataset = { ...makeDataset(), ...corpus.envelope(), articles: Array.from({ length: corpus.count }, (_, i) => corpus.article(i)) };
  const index = indexOf(dataset);
  const profiler = new OrganizationProfiler(index);
  const totals = corpus.organizations.map((org) => [org.id, profiler.profile({ organizationId: org.id, rollup: true, limits: { articles: 0, coMentions: 0, people: 0, personArticles: 0 } })!.total] as const);
  const busiest = totals.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const limits: ProfileLimits = { articles: 10, coMentions: 4, people: 3, personArticles: 2 };

  it('lists the newest articles, the organizations and people named most, and counts all of them', () => {
    const full = profiler.profile({ organizationId: busiest, rollup: true, limits: NO_LIMITS })!;
    const cut = profiler.profile({ organizationId: busiest, rollup: true, limits })!;
    expect(full.total).toBeGreaterThan(100);
    expect(full.peopleCount).toBeGreaterThan(3);
    expect(full.coMentionCount).toBeGreaterThan(4);
    expect(cut).toEqual({
      ...full,
      articles: full.articles.slice(0, 10),
      coMentions: full.coMentions.slice(0, 4),
      people: full.people.slice(0, 3).map((person) => ({ ...person, articles: person.articles.slice(0, 2) })),
    });
    expect(cut.people.every((person) => person.articleCount >= 2)).toBe(true);
  });

});

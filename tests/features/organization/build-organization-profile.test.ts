import { describe, expect, it } from 'vitest';
import { buildExploreIndex } from '../../reference/engine/explore-index';
import { buildMentionsOverTime, buildOrganizationProfile } from '../../reference/organization/build-organization-profile';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';
import { steelDataset } from '../steel-fixture';

const index = buildExploreIndex(steelDataset());
const profileOf = (id: string, rollup: boolean) => {
  const profile = buildOrganizationProfile(index, id, rollup);
  if (!profile) throw new Error(`no profile for ${id}`);
  return profile;
};
const ids = (articles: { article: { id: string } }[]) => articles.map(({ article }) => article.id);
const names = (orgs: { name: string }[]) => orgs.map((org) => org.name);

describe('buildOrganizationProfile', () => {
  it('is null for an unknown organization', () => {
    expect(buildOrganizationProfile(index, 'nobody', true)).toBeNull();
  });

  it('with roll-up, includes the articles naming its subsidiaries and says which', () => {
    const profile = profileOf('baogang-group', true);
    expect(ids(profile.articles)).toEqual(['a-ev-new', 'a-hydrogen', 'a-ev-old', 'a-year']);
    expect(profile.articles.find(({ article }) => article.id === 'a-ev-old')?.via.map((org) => org.id)).toEqual(['baogang-electric']);
    expect(profile.articles.find(({ article }) => article.id === 'a-ev-new')?.via).toEqual([]);
    expect(names(profile.includedBelow)).toEqual(['Baogang Electric']);
    expect(names(profile.subsidiaries)).toEqual(['Baogang Electric']);
  });

  it('without roll-up, counts only articles naming it', () => {
    const profile = profileOf('baogang-group', false);
    expect(ids(profile.articles)).toEqual(['a-ev-new', 'a-hydrogen', 'a-year']);
    expect(profile.includedBelow).toEqual([]);
  });

  it('counts co-mentions as articles in common, outside the organizations it rolls up', () => {
    const rolledUp = profileOf('baogang-group', true).coMentions.map(({ organization, count }) => [organization.id, count]);
    expect(rolledUp).toEqual([['ecust', 2]]);
    const alone = profileOf('baogang-group', false).coMentions.map(({ organization, count }) => [organization.id, count]);
    expect(alone).toEqual([
      ['ecust', 2],
      ['baogang-electric', 1],
    ]);
  });

  it('links the parent of a subsidiary', () => {
    const profile = profileOf('baogang-electric', true);
    expect(profile.parent?.id).toBe('baogang-group');
    expect(profile.subsidiaries).toEqual([]);
    expect(ids(profile.articles)).toEqual(['a-ev-new', 'a-ev-old']);
  });

  it('mixes themes by articles, most frequent first', () => {
    const mix = profileOf('baogang-group', true).themeMix.map(({ theme, count }) => [theme.id, count]);
    expect(mix).toEqual([
      ['ev-steel', 3],
      ['hydrogen-metallurgy', 2],
    ]);
  });

  it('finds the people tied to it, and with roll-up to its subsidiaries', () => {
    const people = (rollup: boolean) => profileOf('baogang-group', rollup).people?.map((p) => [p.name, p.role, p.organization.id, p.articles.map((a) => a.id)]);
    expect(people(true)).toEqual([
      ['Li Wei', 'engineer', 'baogang-electric', ['a-ev-old']],
      ['Meng Fanying', 'Chairwoman', 'baogang-group', ['a-hydrogen']],
    ]);
    expect(people(false)).toEqual([['Meng Fanying', 'Chairwoman', 'baogang-group', ['a-hydrogen']]]);
  });
});

describe('buildMentionsOverTime', () => {
  it('counts year-only and undated articles apart instead of pinning them to January', () => {
    const ecust = profileOf('ecust', true);
    expect(ecust.mentions).toEqual({
      granularity: 'month',
      periods: [{ start: 2025 * 12 + 4, label: 'May 2025', confirmed: 0, estimated: 1 }],
      yearOnly: 1,
      undated: 1,
    });
  });

  it('fills empty periods between the first and last dated article', () => {
    const { periods } = profileOf('baogang-group', true).mentions;
    expect(periods.map(({ label, confirmed, estimated }) => [label, confirmed, estimated])).toEqual([
      ['Apr 2025', 1, 0],
      ['May 2025', 1, 1],
    ]);
  });

  it('uses quarters over a longer span and years when only years are known', () => {
    const dated = (value: string, precision: 'day' | 'month' | 'year') =>
      makeArticle({ id: `a-${value}`, publishedAt: { value, precision, confidence: 'confirmed', origin: 'feed' } });
    const long = buildExploreIndex(makeDataset([dated('2021-11', 'month'), dated('2025-05-13', 'day'), dated('2024', 'year')]));
    const quarterly = buildMentionsOverTime(long, [0, 1, 2]);
    expect(quarterly.granularity).toBe('quarter');
    expect(quarterly.periods[0]?.label).toBe('Q4 2021');
    expect(quarterly.periods.at(-1)?.label).toBe('Q2 2025');
    expect(quarterly.yearOnly).toBe(1);

    const yearly = buildMentionsOverTime(long, [2]);
    expect(yearly).toEqual({ granularity: 'year', periods: [{ start: 2024 * 12, label: '2024', confirmed: 1, estimated: 0 }], yearOnly: 0, undated: 0 });
    expect(buildMentionsOverTime(long, [])).toEqual({ granularity: null, periods: [], yearOnly: 0, undated: 0 });
  });
});

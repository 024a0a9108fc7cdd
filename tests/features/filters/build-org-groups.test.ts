import { describe, expect, it } from 'vitest';
import { buildOrgGroups } from '../../../src/features/filters/build-org-groups';
import { makeDataset } from '../../fixtures/make-dataset';

const { organizations } = makeDataset();

describe('buildOrgGroups', () => {
  it('groups by type, most mentioned first, hiding organizations with no article unless selected', () => {
    const counts = new Map([['baogang-group', 3], ['baogang-electric', 5]]);
    const groups = buildOrgGroups(organizations, counts, ['ecust'], '');
    expect(groups.map((group) => group.label)).toEqual(['Other companies', 'Universities']);
    expect(groups[0]!.options.map((option) => option.org.id)).toEqual(['baogang-electric', 'baogang-group']);
    expect(groups[1]!.options[0]).toMatchObject({ count: 0, selected: true });
  });
  it('puts discovered organizations in a group of their own, whatever kind their name suggests, last', () => {
    const found = { id: 'qilu-university', name: 'Qilu University', aliases: [], type: 'university' as const, discovered: { rule: '… University' } };
    const groups = buildOrgGroups([...organizations, found], new Map([['ecust', 1], ['qilu-university', 2]]), [], '');
    expect(groups.map((group) => [group.label, group.options.map((option) => option.org.id)])).toEqual([
      ['Universities', ['ecust']],
      ['Discovered in the articles (not reviewed)', ['qilu-university']],
    ]);
  });
  it('finds organizations by alias, ignoring case and accents', () => {
    const counts = new Map([['ecust', 1], ['baogang-group', 1]]);
    expect(buildOrgGroups(organizations, counts, [], 'ecu').flatMap((g) => g.options.map((o) => o.org.id))).toEqual(['ecust']);
    expect(buildOrgGroups(organizations, counts, [], 'zzz')).toEqual([]);
  });
});

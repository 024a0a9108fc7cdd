// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchOrganizations } from '../../../src/ingest/normalize/organizations';
import { extractPeople } from '../../../src/ingest/normalize/people';
import { registry } from './curated-data';
import { seeds } from './seed-articles';

const people = (text: string, orgIds: string[]) =>
  extractPeople({ blocks: [{ kind: 'paragraph', text }], highlights: [] }, registry, orgIds).map(({ name, role, organizationId }) => [
    name,
    role,
    organizationId,
  ]);

describe('extractPeople', () => {
  it.each([
    ['<Org> <Title> <Name>', 'ECUST President Xuan Fuzhen spoke.', ['ecust'], [['Xuan Fuzhen', 'President', 'ecust']]],
    ['<Org>’s <title> <Name>', 'Baowu’s chairman Chen Derong spoke.', ['china-baowu'], [['Chen Derong', 'chairman', 'china-baowu']]],
    ['<Name>, <role> of <Org>', 'So said Hou Angui, vice-general manager of China Baowu Steel Group.', ['china-baowu'], [['Hou Angui', 'vice-general manager', 'china-baowu']]],
    ['<Name>, <Org>’s <role> said', 'Sanjay Sharma, ArcelorMittal\'s vice-president and CEO for China said: "Go."', ['arcelormittal'], [['Sanjay Sharma', 'vice-president and CEO for China', 'arcelormittal']]],
    ['<Title> <Name> without an organization', 'Under President Donald Trump going green is harder.', [], [['Donald Trump', 'President', undefined]]],
    ['an organization is not a person', 'Chairman Baogang Group spoke.', ['baogang-group'], []],
    ['"Baogang, one of …" is not a role', 'Baogang, one of the largest producers of China Baowu, grew.', ['baogang-group', 'china-baowu'], []],
    ['a role must name a post', 'Li Wei, a friend of China Baowu, came.', ['china-baowu'], []],
  ])('%s', (_, text, orgIds, expected) => {
    expect(people(text, orgIds)).toEqual(expected);
  });

  it('keeps one entry per name, preferring one with an organization', () => {
    const text = 'President Xuan Fuzhen arrived. ECUST President Xuan Fuzhen spoke.';
    expect(people(text, ['ecust'])).toEqual([['Xuan Fuzhen', 'President', 'ecust']]);
  });
});

describe('extractPeople on the seeds', () => {
  const found = (seed: (typeof seeds)[keyof typeof seeds]) => {
    const orgIds = matchOrganizations(seed, registry).organizations.map((org) => org.id);
    return extractPeople(seed, registry, orgIds).map(({ name, role, organizationId }) => ({ name, role, organizationId }));
  };

  it.each([
    ['000', seeds.s000, [
      { name: 'Meng Fanying', role: 'Chairwoman', organizationId: 'baogang-group' },
      { name: 'Xuan Fuzhen', role: 'President', organizationId: 'ecust' },
      { name: 'Zhang Shaoming', role: 'Chair', organizationId: 'cisri' },
    ]],
    ['001', seeds.s001, [{ name: 'Donald Trump', role: 'President', organizationId: undefined }]],
    ['002', seeds.s002, []],
    ['003', seeds.s003, [
      { name: 'Hou Angui', role: 'vice-general manager', organizationId: 'china-baowu' },
      { name: 'Sanjay Sharma', role: 'vice-president and CEO for China', organizationId: 'arcelormittal' },
    ]],
    ['004', seeds.s004, []],
  ])('%s', (_, seed, expected) => {
    expect(found(seed)).toEqual(expected);
  });
});

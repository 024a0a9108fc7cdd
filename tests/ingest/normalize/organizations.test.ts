// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/domain/schema';
import { matchOrganizations } from '../../../src/ingest/normalize/organizations';
import { registry } from './curated-data';
import { seeds } from './seed-articles';

const match = (text: string, extra: { tags?: string[]; blocks?: Block[] } = {}) =>
  matchOrganizations(
    { title: '', highlights: [], blocks: extra.blocks ?? [{ kind: 'paragraph', text }], tags: extra.tags ?? [], publisher: 'Rare Earth Exchanges' },
    registry,
  );
const counts = (text: string) => match(text).organizations.map((org) => [org.id, org.mentions]);

describe('matchOrganizations', () => {
  it.each([
    ['a full name is one mention, not three', 'China Baowu Steel Group and China Baowu.', [['china-baowu', 2]]],
    ['a subsidiary is not its parent', 'Baogang Electric (Sendin) and Baogang.', [['baogang-electric', 1], ['baogang-group', 1]]],
    ['"Baogang Group" counts once, possessives count', 'Baogang Group said Baogang’s plant runs.', [['baogang-group', 2]]],
    ['"China Northern Rare Earth" vs "North Rare Earth"', 'China Northern Rare Earth, also North Rare Earth.', [['china-northern-rare-earth', 2]]],
    ['name and abbreviation in parentheses is one mention', 'East China University of Science and Technology (ECUST) and ECUST.', [['ecust', 2]]],
    ['"&" and "and" are the same name', 'China Iron and Steel Research Institute Group (CISRI).', [['cisri', 1]]],
    ['Baowu is not Baogang', 'Baowu and Baotou Steel.', [['baogang-group', 1], ['china-baowu', 1]]],
    ['publishers and media are not actors', 'Rare Earth Exchanges (REEx) cites Baogang Daily.', []],
    ['acronyms are case-sensitive', 'The cisa rules and the nio brand.', []],
  ])('%s', (_, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it('lists the names that matched, as written', () => {
    expect(match('Baogang Group (Baotou Steel) grew.').organizations).toEqual([
      { id: 'baogang-group', mentions: 1, matched: ['Baogang Group', 'Baotou Steel'], fromPublisherTag: false },
    ]);
  });

  it('counts an abbreviation the article defines for a registry name', () => {
    expect(counts('Inner Mongolia Autonomous Region government (IMARG) said IMARG would.')).toEqual([['inner-mongolia-government', 2]]);
  });

  it('adds organizations named by publisher tags, even without a mention', () => {
    expect(match('BYD buys steel.', { tags: ['organization-byd', 'organization-baogang-group', 'regions-china'] }).organizations).toEqual([
      { id: 'byd', mentions: 1, matched: ['BYD'], fromPublisherTag: true },
      { id: 'baogang-group', mentions: 0, matched: [], fromPublisherTag: true },
    ]);
  });

  it.each([
    ['… Group', 'Hesteel Group signed a deal with Baogang.', [{ name: 'Hesteel Group', mentions: 1, pattern: '… Group' }]],
    ['two universities joined by "and"', 'Peking University and Fudan University joined.', [
      { name: 'Fudan University', mentions: 1, pattern: '… University' },
      { name: 'Peking University', mentions: 1, pattern: '… University' },
    ]],
    ['Ministry of …', 'China’s Ministry of Industry and Information Technology approved.', [
      { name: 'Ministry of Industry and Information Technology', mentions: 1, pattern: 'Ministry of …' },
    ]],
    ['… Co., Ltd', 'It signed with Jiangsu Shagang Co., Ltd. yesterday.', [{ name: 'Jiangsu Shagang Co., Ltd.', mentions: 1, pattern: '… Co., Ltd' }]],
    ['sentence-initial "The" and a bare keyword are not names', 'The Alliance met. The group grew.', []],
    ['registry names are not candidates', 'China Baowu Steel Group and Tsinghua University met.', []],
  ])('finds candidates: %s', (_, text, expected) => {
    expect(match(text).candidates).toEqual(expected);
  });

  it('does not look for candidates in title-case headings', () => {
    expect(match('', { blocks: [{ kind: 'heading', text: 'Steel Giants Join Forces in New Alliance Group' }] }).candidates).toEqual([]);
  });

  it('reports publisher tags the registry lacks', () => {
    expect(match('Nothing.', { tags: ['organization-hesteel'] }).candidates).toEqual([{ name: 'hesteel', mentions: 0, pattern: 'publisher tag' }]);
  });
});

describe('matchOrganizations on the seeds', () => {
  const ids = (seed: (typeof seeds)[keyof typeof seeds]) =>
    matchOrganizations(seed, registry).organizations.map((org) => [org.id, org.mentions, org.fromPublisherTag]);

  it.each([
    ['000', seeds.s000, [['baogang-group', 13, false], ['ecust', 5, false], ['cisri', 4, false], ['inner-mongolia-government', 1, false]]],
    ['001', seeds.s001, [['baogang-group', 12, false], ['cisa', 2, false]]],
    ['002', seeds.s002, [['baogang-group', 6, false], ['baogang-electric', 1, false], ['china-northern-rare-earth', 1, false], ['cisa', 1, false]]],
    ['003', seeds.s003, [['china-baowu', 5, false], ['arcelormittal', 1, false], ['glcmia', 1, false]]],
    ['004', seeds.s004, [['baogang-group', 11, true], ['byd', 1, true], ['nio', 1, false]]],
  ])('%s', (_, seed, expected) => {
    expect(ids(seed)).toEqual(expected);
  });

  it('finds no false candidates', () => {
    for (const seed of Object.values(seeds)) expect(matchOrganizations(seed, registry).candidates).toEqual([]);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/ingest/normalize/figures';
import { seeds } from './seed-articles';

const figures = (text: string, highlights: string[] = []) =>
  extractFigures({ highlights, blocks: [{ kind: 'paragraph', text }] }).map(({ sentence: _, ...figure }) => figure);

describe('extractFigures', () => {
  it.each([
    ['tonnes with "over"', 'It shipped over 1,000 tons of steel.', [{ text: 'over 1,000 tons', value: 1000, unit: 't', qualifier: 'more-than', measure: 'steel' }]],
    ['"+" means more than', 'It shipped 1,000+ tons of steel.', [{ text: '1,000+ tons', value: 1000, unit: 't', qualifier: 'more-than', measure: 'steel' }]],
    ['money per year', 'It set up a fund, providing at least 35 million yuan annually.', [
      { text: 'at least 35 million yuan annually', value: 35_000_000, unit: 'CNY/year', qualifier: 'at-least', measure: 'fund' },
    ]],
    ['currency symbols and megatonnes', 'It costs $2.5 billion for the new plant, with 5 Mt of capacity.', [
      { text: '$2.5 billion', value: 2_500_000_000, unit: 'USD', measure: 'the new plant' },
      { text: '5 Mt', value: 5_000_000, unit: 't', measure: 'capacity' },
    ]],
    ['percentages', 'Emissions fell 12.5% in 2024.', [{ text: '12.5%', value: 12.5, unit: '%', measure: 'Emissions fell' }]],
    ['"by N%" measures what changed', 'It cut energy use by 30 percent.', [{ text: '30 percent', value: 30, unit: '%', measure: 'cut energy use' }]],
    ['durations with "under"', 'From lab to market in under 90 days.', [{ text: 'under 90 days', value: 90, unit: 'days', qualifier: 'up-to', measure: 'From lab to market' }]],
    ['counted members', 'The alliance has 62 enterprises and universities.', [
      { text: '62 enterprises and universities', value: 62, unit: 'organizations', measure: 'alliance members' },
    ]],
  ])('%s', (_, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('reads money written short, and only after a currency sign', () => {
    const found = figures('Sweden provides $41M to Stegra, £35m this year and a €2B loan for a 5 m tower.');
    expect(found.map(({ text, value, unit }) => ({ text, value, unit }))).toEqual([
      { text: '$41M', value: 41_000_000, unit: 'USD' },
      { text: '£35m', value: 35_000_000, unit: 'GBP' },
      { text: '€2B', value: 2_000_000_000, unit: 'EUR' },
    ]);
  });

  it('reads a quantity written as a hyphenated compound whole, and a plain one after a hyphen as before', () => {
    const found = figures('A $450-million line joins a 1.5-million-ton mill in a $10 billion-plus market under a 20-year plan.');
    expect(found.map(({ text, value, unit }) => ({ text, value, unit }))).toEqual([
      { text: '$450-million', value: 450_000_000, unit: 'USD' },
      { text: '1.5-million-ton', value: 1_500_000, unit: 't' },
      { text: '$10 billion', value: 10_000_000_000, unit: 'USD' },
    ]);
  });

  it.each([
    ['years', 'Peak by 2023, neutrality by 2050, as said in 2021.'],
    ['dates', 'They met on May 13 and April 2.'],
    ['addresses', 'Add: 3B1 International Business Center, No. 18 Jinronggang Road (No.4), Wuhan. 430223'],
    ['phone numbers and licence codes', 'Tel : 0086-27-87592219, ICP 鄂B2-20030029-9'],
    ['list numbering', '2. Speed to Market as Competitive Advantage'],
    ['spelled-out numbers and hours', 'Three months, two batches, most viewed in 24 Hours.'],
  ])('ignores %s', (_, text) => {
    expect(figures(text)).toEqual([]);
  });

  it('keeps the body version of a figure the highlights restate', () => {
    const found = extractFigures({
      highlights: ['Achieves 1,000+ tons of shipments.', 'Margins reached 8%.'],
      blocks: [{ kind: 'paragraph', text: 'It shipped over 1,000 tons in shipments. Then 1,000+ ton deliveries.' }],
    });
    expect(found.map((figure) => [figure.text, figure.sentence])).toEqual([
      ['8%', 'Margins reached 8%.'],
      ['over 1,000 tons', 'It shipped over 1,000 tons in shipments.'],
    ]);
  });
});

describe('extractFigures on the seeds', () => {
  const found = (seed: (typeof seeds)[keyof typeof seeds]) => extractFigures(seed).map(({ sentence: _, ...figure }) => figure);

  it('000–002 state no quantities', () => {
    expect([...found(seeds.s000), ...found(seeds.s001), ...found(seeds.s002)]).toEqual([]);
  });

  it('003: alliance size, fund and a sidebar percentage, but no address or phone number', () => {
    expect(found(seeds.s003)).toEqual([
      {
        text: '62 enterprises, colleges and universities and scientific research institutions',
        value: 62,
        unit: 'organizations',
        measure: 'alliance members',
      },
      { text: '15 countries', value: 15, unit: 'countries', measure: 'alliance member countries' },
      {
        text: 'at least 35 million yuan annually',
        value: 35_000_000,
        unit: 'CNY/year',
        qualifier: 'at-least',
        measure: 'low-carbon metallurgical innovation fund',
      },
      { text: '30%', value: 30, unit: '%', measure: 'reduces unplanned downtime' },
    ]);
  });

  it('004: shipments and time to market, the highlight’s “1,000+ tons” kept once from the body', () => {
    expect(found(seeds.s004)).toEqual([
      { text: 'over 1,000 tons', value: 1000, unit: 't', qualifier: 'more-than', measure: 'shipments within three months of first deployment' },
      { text: 'under 90 days', value: 90, unit: 'days', qualifier: 'up-to', measure: 'from lab prototype to 1,000+ ton commercial delivery' },
    ]);
  });
});

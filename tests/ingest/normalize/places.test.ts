// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../src/ingest/normalize/places';
import { gazetteer, registry } from './curated-data';
import { seeds } from './seed-articles';

const places = (text: string, tags: string[] = []) =>
  extractPlaces({ title: '', highlights: [], blocks: [{ kind: 'paragraph', text }], tags }, gazetteer, registry);

describe('extractPlaces', () => {
  it.each([
    ['counts each mention, aliases included', 'The U.S. and the USA; China’s plan.', [
      { name: 'United States', mentions: 2, fromPublisherTag: false },
      { name: 'China', mentions: 1, fromPublisherTag: false },
    ]],
    ['organization names are not places', 'China Baowu and Baotou Steel met in Baotou.', [{ name: 'Baotou', mentions: 1, fromPublisherTag: false }]],
    ['"US" is not "us"', 'Tell us more.', []],
    ['a region tag names a place the text does not', 'Steel news.', [{ name: 'China', mentions: 0, fromPublisherTag: true }]],
  ])('%s', (_, text, expected) => {
    expect(places(text, text === 'Steel news.' ? ['regions-china'] : [])).toEqual(expected);
  });
});

describe('extractPlaces on the seeds', () => {
  const names = (seed: (typeof seeds)[keyof typeof seeds]) =>
    extractPlaces(seed, gazetteer, registry).map((place) => [place.name, place.mentions, place.fromPublisherTag]);

  it('000 names Beijing, Inner Mongolia, Europe and North America', () => {
    expect(names(seeds.s000)).toEqual([
      ['China', 7, false],
      ['Beijing', 1, false],
      ['Europe', 1, false],
      ['Inner Mongolia', 1, false],
      ['North America', 1, false],
    ]);
  });

  it('002 was held in Baotou', () => {
    expect(names(seeds.s002)).toContainEqual(['Baotou', 1, false]);
  });

  it('003 formed the alliance in Shanghai (title and body)', () => {
    expect(names(seeds.s003)).toContainEqual(['Shanghai', 2, false]);
  });

  it('004 carries the publisher’s region tag', () => {
    expect(names(seeds.s004)[0]).toEqual(['China', 10, true]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildExploreIndex } from '../../reference/engine/explore-index';
import { collectEvents } from '../../reference/engine/collect-events';
import { placeEvents } from '../../../src/engine/place-events';
import { buildEventMarkers } from '../../reference/timeline/build-event-markers';
import { buildTimelineData } from '../../reference/engine/build-timeline-data';
import type { Granularity } from '../../../src/lib/periods';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';
import { event, published } from './timeline-fixtures';

const articles = [
  makeArticle({ id: 'a-one', title: 'First report', publishedAt: published('2025-01-05'), events: [event('Furnace lit', '2025-02-03'), event('Plant approved', '2025-01')] }),
  makeArticle({ id: 'a-two', title: 'Second report', publishedAt: published('2025-06-30'), events: [event('Furnace lit', '2025-02-03'), event('Net zero', '2060', 'year', 'target'), event('Output doubled', '2025', 'year')] }),
];
const index = buildExploreIndex(makeDataset(articles));
const markersAt = (granularity: Granularity, indexes = [0, 1]) =>
  buildEventMarkers(index, indexes, buildTimelineData(index, indexes, granularity, []));

describe('buildEventMarkers', () => {
  it('places events in their period, numbered in date order, deduplicating the same label and date', () => {
    const { markers, outside, imprecise } = markersAt('month');
    expect(markers.map((marker) => [marker.periodLabel, marker.events.map((e) => [e.number, e.label, e.articleId, e.sources])])).toEqual([
      ['Jan 2025', [[1, 'Plant approved', 'a-one', 1]]],
      ['Feb 2025', [[2, 'Furnace lit', 'a-one', 2]]],
    ]);
    expect({ outside, imprecise }).toEqual({ outside: 0, imprecise: 2 });
  });

  it('groups by quarter and places year-precise events only at year granularity', () => {
    expect(markersAt('quarter').markers.map((m) => [m.periodLabel, m.events.length])).toEqual([['Q1 2025', 2]]);
    const year = markersAt('year');
    expect(year.markers.map((m) => [m.periodLabel, m.events.map((e) => e.label)])).toEqual([['2025', ['Output doubled', 'Plant approved', 'Furnace lit']]]);
    expect(year).toMatchObject({ outside: 1, imprecise: 0 });
  });

  it('takes events only from the given articles', () => {
    const { markers } = markersAt('month', [0]);
    expect(markers.flatMap((m) => m.events).map((e) => [e.label, e.sources])).toEqual([['Plant approved', 1], ['Furnace lit', 1]]);
  });

  it('counts everything as outside when the timeline has no periods', () => {
    const empty = buildEventMarkers(index, [0], { granularity: 'month', periods: [] });
    expect(empty).toEqual({ markers: [], outside: 2, imprecise: 0, omitted: 0 });
  });

  it('keeps the most reported events of a crowded period and counts the rest', () => {
    const capped = placeEvents(collectEvents(index, [0, 1]), buildTimelineData(index, [0, 1], 'year', []), 2);
    expect(capped.markers.map((m) => [m.periodLabel, m.events.map((e) => [e.number, e.label, e.sources])])).toEqual([
      ['2025', [[1, 'Output doubled', 1], [2, 'Furnace lit', 2]]],
    ]);
    expect(capped.omitted).toBe(1);
  });
});

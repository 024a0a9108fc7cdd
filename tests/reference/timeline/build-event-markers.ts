import { collectEvents } from '../engine/collect-events';
import type { ExploreIndex } from '../engine/explore-index';
import type { TimelineData } from '../engine/build-timeline-data';
import type { EventMarkers } from '../../../src/engine/place-events';
import { placeEvents } from '../../../src/engine/place-events';

/** The dated events and targets of the given articles on the timeline; the same event reported by several articles is one marker. */
export function buildEventMarkers(index: ExploreIndex, articleIndexes: readonly number[], data: Pick<TimelineData, 'granularity' | 'periods'>): EventMarkers {
  return placeEvents(collectEvents(index, articleIndexes), data);
}

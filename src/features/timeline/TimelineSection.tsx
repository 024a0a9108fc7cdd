import { useMemo } from 'react';
import type { Theme } from '../../domain/schema';
import { buildTimelineData, selectDrawnThemes } from '../../engine/build-timeline-data';
import { describeFilters } from '../../engine/describe-filters';
import type { ExploreIndex } from '../../engine/explore-index';
import type { Selection } from '../../engine/select-matches';
import type { ExploreState } from '../../url-state/explore-url';
import { stringifyExploreUrl } from '../../url-state/explore-url';
import { buildEventMarkers } from './build-event-markers';
import { autoGranularity } from './date-range';
import { TimelineEvents } from './TimelineEvents';
import { TimelinePanel } from './TimelinePanel';

export interface TimelineSectionProps {
  index: ExploreIndex;
  selection: Selection;
  themes: Theme[];
  state: ExploreState;
  update: (change: (current: ExploreState) => ExploreState, options?: { replace?: boolean }) => void;
}

/** Articles per theme over time for the current filters (except dates, which it shows and sets). */
export function TimelineSection({ index, selection, themes, state, update }: TimelineSectionProps) {
  const { filters, view } = state;
  const matches = selection.timelineMatches;
  const granularity = view.granularity ?? autoGranularity(index.monthRange);

  const drawn = useMemo(() => selectDrawnThemes(themes, filters.themes, index, matches), [themes, filters.themes, index, matches]);
  const data = useMemo(() => buildTimelineData(index, matches, granularity, drawn.map((theme) => theme.id)), [index, matches, granularity, drawn]);
  const events = useMemo(() => (view.events ? buildEventMarkers(index, matches, data) : null), [view.events, index, matches, data]);
  const search = stringifyExploreUrl(state);
  const filterLabels = useMemo(() => describeFilters(filters, index.dataset).map((filter) => filter.label), [filters, index.dataset]);

  return (
    <TimelinePanel
      data={data}
      themes={drawn}
      monthRange={index.monthRange}
      state={state}
      matched={matches.length > 0}
      markers={events?.markers ?? null}
      search={search}
      update={update}
      source={{ dataset: index.dataset, filterLabels }}
    >
      {events && <TimelineEvents events={events} search={search} />}
    </TimelinePanel>
  );
}

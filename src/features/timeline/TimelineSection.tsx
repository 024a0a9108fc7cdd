import { useMemo } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { ErrorBoundary } from '../../components/ErrorBoundary';
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
  const setRange = (from: string | null, to: string | null) => update((current) => ({ ...current, filters: { ...current.filters, from, to } }));

  const filterLabels = describeFilters(filters, index.dataset).map((filter) => filter.label);
  const exportLegend = [
    ...drawn.map((theme) => ({ label: theme.shortLabel, color: theme.color })),
    ...(view.chart === 'bars' ? [{ label: 'estimated date', color: 'var(--text-muted)', hatched: true }] : []),
  ];

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
      onRangeChange={setRange}
      frame={(body, { title, showTable }) => (
        <>
          {!showTable && data.periods.length > 0 && <p className="timeline__caption">{title}. Select a {granularity} to narrow the results to it.</p>}
          <ChartFrame
            title={title}
            subtitle={filterLabels.join(' · ') || 'All articles'}
            dataset={index.dataset}
            legend={exportLegend}
            exportable={!showTable && data.periods.length > 0 && matches.length > 0}
          >
            <ErrorBoundary label="The timeline" resetKeys={[data, showTable, view.chart, view.scale]}>
              {body}
            </ErrorBoundary>
          </ChartFrame>
        </>
      )}
    >
      {events && <TimelineEvents events={events} search={search} />}
    </TimelinePanel>
  );
}

import { memo, useMemo } from 'react';
import type { EventsSource } from '../../dataset/worker-queries';
import { useTimelineEventsQuery } from '../../dataset/worker-queries';
import type { DatasetEnvelope, TimelineCube } from '../../engine/contract';
import { describeFilters } from '../../engine/describe-filters';
import { buildTimelineFromCube, presentThemeIds } from '../../engine/columnar/timeline-from-cube';
import type { ExploreState } from '../../url-state/explore-url';
import { autoGranularity } from './date-range';
import { TimelineEvents } from './TimelineEvents';
import { TimelinePanel } from './TimelinePanel';

export interface TimelineSectionProps {
  /** Per-month counts from the engine (every filter but the dates). */
  cube: TimelineCube;
  /** The worker, asked for the events of the same articles when they are shown. */
  loaded: EventsSource;
  /** The dataset's taxonomy, knowledge base and version: for the filters' labels and the export frame. */
  envelope: Pick<DatasetEnvelope, 'taxonomy' | 'organizations' | 'datasetVersion' | 'generatedAt'>;
  state: ExploreState;
  /** The current query string, kept on links. */
  search: string;
  update: (change: (current: ExploreState) => ExploreState, options?: { replace?: boolean }) => void;
}

/** A dataset can have many events per period: the most reported of each are drawn and listed. */
const EVENTS_PER_PERIOD = 3;

/**
 * The theme timeline, drawn from the engine's per-month counts instead of the
 * matching articles (which stay in the worker), with the events the worker places on its periods.
 */
export const TimelineSection = memo(function TimelineSection({ cube, loaded, envelope, state, search, update }: TimelineSectionProps) {
  const { filters, view } = state;
  const { themes } = envelope.taxonomy;
  const granularity = view.granularity ?? autoGranularity(cube.monthRange);
  const drawn = useMemo(() => {
    const shown = new Set(filters.themes.length > 0 ? filters.themes : presentThemeIds(cube));
    return themes.filter((theme) => shown.has(theme.id));
  }, [themes, filters.themes, cube]);
  const data = useMemo(() => buildTimelineFromCube(cube, granularity, drawn.map((theme) => theme.id)), [cube, granularity, drawn]);
  // The dates are left out of the request, as the timeline leaves them out: narrowing the range asks nothing new.
  const eventsRequest = useMemo(
    () =>
      view.events
        ? { filters: { ...filters, from: null, to: null, rolling: null }, granularity, periods: data.periods.map(({ start, label }) => ({ start, label })), perPeriod: EVENTS_PER_PERIOD }
        : null,
    [view.events, filters, granularity, data],
  );
  const events = useTimelineEventsQuery(loaded, eventsRequest).data;
  const matched = data.periods.some((period) => period.total > 0) || data.unplaced.coarse + data.unplaced.undated > 0;
  const filterLabels = useMemo(() => describeFilters(filters, envelope).map((filter) => filter.label), [filters, envelope]);

  return (
    <TimelinePanel
      data={data}
      themes={drawn}
      monthRange={cube.monthRange}
      state={state}
      matched={matched}
      markers={view.events ? (events?.markers.markers ?? []) : null}
      search={search}
      update={update}
      source={{ dataset: envelope, filterLabels }}
    >
      {view.events && !events && <p className="muted">Gathering the events of the matching articles…</p>}
      {view.events && events && (
        <TimelineEvents
          events={events.markers}
          search={search}
          note={`The ${EVENTS_PER_PERIOD} most reported of each period are marked${events.markers.omitted > 0 ? ` (${events.markers.omitted.toLocaleString('en-US')} more in crowded periods are not)` : ''}, of ${events.distinct.toLocaleString('en-US')} distinct events in the matching articles.`}
        />
      )}
    </TimelinePanel>
  );
});

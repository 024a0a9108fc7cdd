import { useId, useMemo, useState } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { PanelState } from '../../components/PanelState';
import type { Theme } from '../../domain/schema';
import { describeFilters } from '../../engine/describe-filters';
import type { ExploreIndex } from '../../engine/explore-index';
import type { Selection } from '../../engine/select-matches';
import { defaultGranularity, formatYearMonth } from '../../lib/periods';
import type { ExploreState } from '../../url-state/explore-url';
import { stringifyExploreUrl } from '../../url-state/explore-url';
import { buildEventMarkers } from './build-event-markers';
import type { TimelinePeriod } from '../../engine/build-timeline-data';
import { buildTimelineData, selectDrawnThemes } from '../../engine/build-timeline-data';
import { highlightedRange, rangeMonthOptions, selectedMonths } from './date-range';
import { ThemeTimelineChart } from './ThemeTimelineChart';
import type { TimelineView } from './TimelineControls';
import { TimelineControls } from './TimelineControls';
import { TimelineEvents } from './TimelineEvents';
import { TimelineLegend } from './TimelineLegend';
import { TimelineNotes } from './TimelineNotes';
import { TimelineTable } from './TimelineTable';
import './timeline.css';

export interface TimelineSectionProps {
  index: ExploreIndex;
  selection: Selection;
  themes: Theme[];
  state: ExploreState;
  update: (change: (current: ExploreState) => ExploreState, options?: { replace?: boolean }) => void;
}

/** Articles per theme over time for the current filters (except dates, which it shows and sets). */
export function TimelineSection({ index, selection, themes, state, update }: TimelineSectionProps) {
  const headingId = useId();
  const [showTable, setShowTable] = useState(false);
  const { filters, view } = state;
  const matches = selection.timelineMatches;
  const autoGranularity = index.monthRange ? defaultGranularity(...index.monthRange) : 'month';
  const granularity = view.granularity ?? autoGranularity;

  const drawn = useMemo(() => selectDrawnThemes(themes, filters.themes, index, matches), [themes, filters.themes, index, matches]);
  const data = useMemo(() => buildTimelineData(index, matches, granularity, drawn.map((theme) => theme.id)), [index, matches, granularity, drawn]);
  const events = useMemo(() => (view.events ? buildEventMarkers(index, matches, data) : null), [view.events, index, matches, data]);
  const months = useMemo(() => rangeMonthOptions(index.monthRange, filters.from, filters.to), [index.monthRange, filters.from, filters.to]);
  const selected = selectedMonths(filters.from, filters.to);
  const search = stringifyExploreUrl(state);

  const setView = ({ granularity: chosen, ...rest }: Partial<TimelineView>) =>
    update((current) => ({
      ...current,
      // Choosing the automatic granularity drops it from the URL, so links stay short and canonical.
      view: { ...current.view, ...rest, ...(chosen && { granularity: chosen === autoGranularity ? null : chosen }) },
    }));
  const setRange = (from: string | null, to: string | null) => update((current) => ({ ...current, filters: { ...current.filters, from, to } }));
  const selectPeriod = (period: TimelinePeriod) => setRange(formatYearMonth(period.start), formatYearMonth(period.end));

  const title = `${view.scale === 'share' ? 'Share of articles' : 'Articles'} per ${granularity}, by theme`;
  const filterLabels = describeFilters(filters, index.dataset).map((filter) => filter.label);
  const exportLegend = [
    ...drawn.map((theme) => ({ label: theme.shortLabel, color: theme.color })),
    ...(view.chart === 'bars' ? [{ label: 'estimated date', color: 'var(--text-muted)', hatched: true }] : []),
  ];
  let body;
  if (data.periods.length === 0) {
    body = <PanelState kind="empty" title="No dated articles to draw" />;
  } else if (matches.length === 0) {
    body = <PanelState kind="empty" title="No articles match these filters" />;
  } else if (showTable) {
    body = <TimelineTable data={data} themes={drawn} scale={view.scale} caption={title} selected={selected} onSelectPeriod={selectPeriod} />;
  } else {
    body = (
      <ThemeTimelineChart
        data={data}
        themes={drawn}
        chart={view.chart}
        scale={view.scale}
        markers={events?.markers ?? []}
        range={selected && highlightedRange(data.periods, selected)}
        search={search}
        title={title}
        onSelectPeriod={selectPeriod}
      />
    );
  }

  return (
    <section className="timeline" aria-labelledby={headingId}>
      <h2 className="timeline__title" id={headingId}>
        Themes over time
      </h2>
      <TimelineControls
        view={{ chart: view.chart, scale: view.scale, events: view.events, granularity }}
        months={months}
        from={filters.from}
        to={filters.to}
        showTable={showTable}
        onViewChange={setView}
        onRangeChange={setRange}
        onShowTableChange={setShowTable}
      />
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
      {!showTable && <TimelineLegend themes={drawn} chart={view.chart} />}
      <TimelineNotes data={data} scale={view.scale} display={showTable ? 'table' : view.chart} onShowYears={granularity === 'year' ? null : () => setView({ granularity: 'year' })} />
      {events && <TimelineEvents events={events} search={search} />}
    </section>
  );
}

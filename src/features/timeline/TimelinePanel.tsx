import type { ReactNode } from 'react';
import { useId, useMemo, useState } from 'react';
import { PanelState } from '../../components/PanelState';
import type { Theme } from '../../domain/schema';
import type { TimelineData, TimelinePeriod } from '../../engine/build-timeline-data';
import { formatYearMonth } from '../../lib/periods';
import type { ExploreState } from '../../url-state/explore-url';
import type { EventMarker } from '../../engine/place-events';
import { autoGranularity, highlightedRange, rangeMonthOptions, selectedMonths } from './date-range';
import { ThemeTimelineChart } from './ThemeTimelineChart';
import type { TimelineView } from './TimelineControls';
import { TimelineControls } from './TimelineControls';
import { TimelineLegend } from './TimelineLegend';
import { TimelineNotes } from './TimelineNotes';
import { TimelineTable } from './TimelineTable';
import './timeline.css';

/** What the body shows, for a section that wraps it (in an export frame, say). */
export interface TimelineBodyContext {
  title: string;
  showTable: boolean;
}

interface TimelinePanelProps {
  data: TimelineData;
  /** The drawn themes, in stacking order. */
  themes: readonly Theme[];
  /** The data's span of months, for the From/To selects and the automatic granularity. */
  monthRange: readonly [number, number] | null;
  state: ExploreState;
  /** False when no article matches the filters: an empty state then replaces the chart. */
  matched: boolean;
  /** The event markers to draw; null shows the Events toggle as off. */
  markers: readonly EventMarker[] | null;
  /** The current query string, kept on links. */
  search: string;
  update: (change: (current: ExploreState) => ExploreState, options?: { replace?: boolean }) => void;
  onRangeChange: (from: string | null, to: string | null) => void;
  /** Wraps the chart, table or empty state; shown bare by default. */
  frame?: (body: ReactNode, context: TimelineBodyContext) => ReactNode;
  /** Drawn under the notes. */
  children?: ReactNode;
}

const bare = (body: ReactNode) => body;

/** The theme timeline as drawn from data a section computed: heading, controls, chart or table, legend and notes. */
export function TimelinePanel({ data, themes, monthRange, state, matched, markers, search, update, onRangeChange, frame = bare, children }: TimelinePanelProps) {
  const headingId = useId();
  const [showTable, setShowTable] = useState(false);
  const { filters, view } = state;
  const { granularity } = data;
  const months = useMemo(() => rangeMonthOptions(monthRange, filters.from, filters.to), [monthRange, filters.from, filters.to]);
  const selected = selectedMonths(filters.from, filters.to);
  const auto = autoGranularity(monthRange);

  const setView = ({ granularity: chosen, ...rest }: Partial<TimelineView>) =>
    update((current) => ({
      ...current,
      // Choosing the automatic granularity drops it from the URL, so links stay short and canonical.
      view: { ...current.view, ...rest, ...(chosen && { granularity: chosen === auto ? null : chosen }) },
    }));
  const selectPeriod = (period: TimelinePeriod) => onRangeChange(formatYearMonth(period.start), formatYearMonth(period.end));
  const title = `${view.scale === 'share' ? 'Share of articles' : 'Articles'} per ${granularity}, by theme`;

  let body;
  if (data.periods.length === 0) {
    body = <PanelState kind="empty" title="No dated articles to draw" />;
  } else if (!matched) {
    body = <PanelState kind="empty" title="No articles match these filters" />;
  } else if (showTable) {
    body = <TimelineTable data={data} themes={themes} scale={view.scale} caption={title} selected={selected} onSelectPeriod={selectPeriod} />;
  } else {
    body = (
      <ThemeTimelineChart
        data={data}
        themes={themes}
        chart={view.chart}
        scale={view.scale}
        markers={markers ?? []}
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
        view={{ chart: view.chart, scale: view.scale, events: markers !== null, granularity }}
        months={months}
        from={filters.from}
        to={filters.to}
        showTable={showTable}
        onViewChange={setView}
        onRangeChange={onRangeChange}
        onShowTableChange={setShowTable}
      />
      {frame(body, { title, showTable })}
      {!showTable && <TimelineLegend themes={themes} chart={view.chart} />}
      <TimelineNotes data={data} scale={view.scale} display={showTable ? 'table' : view.chart} onShowYears={granularity === 'year' ? null : () => setView({ granularity: 'year' })} />
      {children}
    </section>
  );
}

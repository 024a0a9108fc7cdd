import type { ReactNode } from 'react';
import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { ChartFrame } from '../../components/charts/ChartFrame';
import { ESTIMATED_LABEL } from '../../components/charts/chart-style';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { PanelState } from '../../components/PanelState';
import type { Dataset, Theme } from '../../domain/schema';
import type { TimelineData, TimelinePeriod } from '../../engine/timeline-data';
import { formatYearMonth } from '../../lib/periods';
import type { ExploreState } from '../../url-state/explore-url';
import type { EventMarker } from '../../engine/place-events';
import { autoGranularity, highlightedRange, rangeMonthOptions, selectedMonths } from './date-range';
import type { TimelineView } from './TimelineControls';
import { TimelineControls } from './TimelineControls';
import { ARTICLE_COUNT_LABEL, TimelineLegend } from './TimelineLegend';
import { TimelineNotes } from './TimelineNotes';
import { TimelineTable } from './TimelineTable';
import { TimelineChartWhenLoaded } from './TimelineChartWhenLoaded';
import './timeline.css';

const NO_MARKERS: readonly EventMarker[] = [];

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
  /** What an exported image says it shows: the dataset and the filters, as labels. */
  source: { dataset: Pick<Dataset, 'datasetVersion' | 'generatedAt'>; filterLabels: readonly string[] };
  /** Drawn under the notes. */
  children?: ReactNode;
}

/**
 * The theme timeline as drawn from data a section computed: heading, controls, chart or table in its
 * export frame, legend and notes.
 */
export function TimelinePanel({ data, themes, monthRange, state, matched, markers, search, update, source, children }: TimelinePanelProps) {
  const headingId = useId();
  const [showTable, setShowTable] = useState(false);
  const { filters, view } = state;
  const { granularity } = data;
  const months = useMemo(() => rangeMonthOptions(monthRange, filters.from, filters.to), [monthRange, filters.from, filters.to]);
  const selected = useMemo(() => selectedMonths(filters.from, filters.to), [filters.from, filters.to]);
  const auto = autoGranularity(monthRange);

  const setView = ({ granularity: chosen, ...rest }: Partial<TimelineView>) =>
    update((current) => ({
      ...current,
      // Choosing the automatic granularity drops it from the URL, so links stay short and canonical.
      view: { ...current.view, ...rest, ...(chosen && { granularity: chosen === auto ? null : chosen }) },
    }));
  // A range picked is a fixed one: a rolling window would move it again.
  const setRange = useCallback(
    (from: string | null, to: string | null) => update((current) => ({ ...current, filters: { ...current.filters, from, to, rolling: null } })),
    [update],
  );
  // Stable across redraws that do not change them, so the memoised chart is not drawn again.
  const selectPeriod = useCallback((period: TimelinePeriod) => setRange(formatYearMonth(period.start), formatYearMonth(period.end)), [setRange]);
  const range = useMemo(() => (selected ? highlightedRange(data.periods, selected) : null), [data.periods, selected]);
  const title = `${view.scale === 'share' ? 'Share of articles' : 'Articles'} per ${granularity}, by theme`;
  // The chart follows the rest of the page by a frame: recharts draws new data in two passes (its
  // store takes the data after a commit), so the cards and counts of an answer paint without waiting.
  const chartInput = useMemo(
    () => ({ data, themes, chart: view.chart, scale: view.scale, markers: markers ?? NO_MARKERS, range, search, title }),
    [data, themes, view.chart, view.scale, markers, range, search, title],
  );
  const drawn = useDeferredValue(chartInput);

  let body;
  if (data.periods.length === 0) {
    body = <PanelState kind="empty" title="No dated articles to draw" />;
  } else if (!matched) {
    body = <PanelState kind="empty" title="No articles match these filters" />;
  } else if (showTable) {
    body = <TimelineTable data={data} themes={themes} scale={view.scale} caption={title} selected={selected} onSelectPeriod={selectPeriod} />;
  } else {
    // recharts is a chunk of its own, so the first route stays small and the cards never wait for it.
    body = <TimelineChartWhenLoaded {...drawn} onSelectPeriod={selectPeriod} />;
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
        onRangeChange={setRange}
        onShowTableChange={setShowTable}
      />
      {!showTable && data.periods.length > 0 && <p className="timeline__caption">{title}. Select a {granularity} to narrow the results to it.</p>}
      <ChartFrame
        title={title}
        subtitle={source.filterLabels.join(' · ') || 'All articles'}
        dataset={source.dataset}
        legend={[
          ...themes.map((theme) => ({ label: theme.shortLabel, color: theme.color })),
          ...(view.chart === 'bars'
            ? [
                { label: ESTIMATED_LABEL, color: 'var(--text-muted)', hatched: true },
                { label: ARTICLE_COUNT_LABEL, color: 'var(--text)' },
              ]
            : []),
        ]}
        exportable={!showTable && data.periods.length > 0 && matched}
      >
        <ErrorBoundary label="The timeline" resetKeys={[data, showTable, view.chart, view.scale]}>
          {body}
        </ErrorBoundary>
      </ChartFrame>
      {!showTable && <TimelineLegend themes={themes} chart={view.chart} />}
      <TimelineNotes data={data} scale={view.scale} display={showTable ? 'table' : view.chart} onShowYears={granularity === 'year' ? null : () => setView({ granularity: 'year' })} />
      {children}
    </section>
  );
}

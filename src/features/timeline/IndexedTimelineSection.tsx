import { memo, useId, useMemo, useState } from 'react';
import { PanelState } from '../../components/PanelState';
import type { Theme } from '../../domain/schema';
import type { TimelinePeriod } from '../../engine/build-timeline-data';
import type { TimelineCube } from '../../engine/columnar/cube';
import { buildTimelineFromCube, presentThemeIds } from '../../engine/columnar/timeline-from-cube';
import { defaultGranularity, formatYearMonth } from '../../lib/periods';
import type { ExploreState } from '../../url-state/explore-url';
import { highlightedRange, rangeMonthOptions, selectedMonths } from './date-range';
import { ThemeTimelineChart } from './ThemeTimelineChart';
import type { TimelineView } from './TimelineControls';
import { TimelineControls } from './TimelineControls';
import { TimelineLegend } from './TimelineLegend';
import { TimelineNotes } from './TimelineNotes';
import { TimelineTable } from './TimelineTable';
import './timeline.css';

export interface IndexedTimelineSectionProps {
  /** Per-month counts from the engine (every filter but the dates). */
  cube: TimelineCube;
  themes: readonly Theme[];
  state: ExploreState;
  /** The current query string, kept on links. */
  search: string;
  update: (change: (current: ExploreState) => ExploreState, options?: { replace?: boolean }) => void;
}

/**
 * The theme timeline of a large dataset, drawn from the engine's per-month counts instead of the
 * matching articles (which stay in the worker). Event markers need every matching article's events
 * and are only offered on the single-file dataset.
 */
export const IndexedTimelineSection = memo(function IndexedTimelineSection({ cube, themes, state, search, update }: IndexedTimelineSectionProps) {
  const headingId = useId();
  const [showTable, setShowTable] = useState(false);
  const { filters, view } = state;
  const autoGranularity = cube.monthRange ? defaultGranularity(...cube.monthRange) : 'month';
  const granularity = view.granularity ?? autoGranularity;
  const drawn = useMemo(() => {
    const shown = new Set(filters.themes.length > 0 ? filters.themes : presentThemeIds(cube));
    return themes.filter((theme) => shown.has(theme.id));
  }, [themes, filters.themes, cube]);
  const data = useMemo(() => buildTimelineFromCube(cube, granularity, drawn.map((theme) => theme.id)), [cube, granularity, drawn]);
  const months = useMemo(() => rangeMonthOptions(cube.monthRange, filters.from, filters.to), [cube.monthRange, filters.from, filters.to]);
  const selected = selectedMonths(filters.from, filters.to);
  const matched = data.periods.some((period) => period.total > 0) || data.unplaced.coarse + data.unplaced.undated > 0;

  const setView = ({ granularity: chosen, ...rest }: Partial<TimelineView>) =>
    update((current) => ({ ...current, view: { ...current.view, ...rest, ...(chosen && { granularity: chosen === autoGranularity ? null : chosen }) } }));
  const setRange = (from: string | null, to: string | null) => update((current) => ({ ...current, filters: { ...current.filters, from, to, rolling: null } }));
  const selectPeriod = (period: TimelinePeriod) => setRange(formatYearMonth(period.start), formatYearMonth(period.end));
  const title = `${view.scale === 'share' ? 'Share of articles' : 'Articles'} per ${granularity}, by theme`;

  let body;
  if (data.periods.length === 0) body = <PanelState kind="empty" title="No dated articles to draw" />;
  else if (!matched) body = <PanelState kind="empty" title="No articles match these filters" />;
  else if (showTable) body = <TimelineTable data={data} themes={drawn} scale={view.scale} caption={title} selected={selected} onSelectPeriod={selectPeriod} />;
  else {
    body = (
      <ThemeTimelineChart
        data={data}
        themes={drawn}
        chart={view.chart}
        scale={view.scale}
        markers={[]}
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
        view={{ chart: view.chart, scale: view.scale, events: false, granularity }}
        months={months}
        from={filters.from}
        to={filters.to}
        showTable={showTable}
        onViewChange={setView}
        onRangeChange={setRange}
        onShowTableChange={setShowTable}
      />
      {body}
      {!showTable && <TimelineLegend themes={drawn} chart={view.chart} />}
      <TimelineNotes data={data} scale={view.scale} display={showTable ? 'table' : view.chart} onShowYears={granularity === 'year' ? null : () => setView({ granularity: 'year' })} />
    </section>
  );
});

import type { KeyboardEvent } from 'react';
import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis, ZIndexLayer, DefaultZIndexes } from 'recharts';
import type { MouseHandlerDataParam } from 'recharts';
import { AXIS_LINE, GRID_STROKE, HatchPattern, casingClass, hatchId } from '../../components/charts/chart-style';
import { useElementSize } from '../../components/use-element-size';
import type { Theme } from '../../domain/schema';
import type { TimelineData, TimelinePeriod } from '../../engine/timeline-data';
import type { EventMarker } from '../../engine/place-events';
import type { ChartRow, TimelineScale } from './build-chart-rows';
import { allKey, buildChartRows, confirmedKey, estimatedKey } from './build-chart-rows';
import { describePeriod } from './describe-period';
import { labelledPeriods, widestTickLine, valueAxisWidth } from './period-ticks';
import { ArticleCountMarks, AxisTitle, EventMarkers, FewArticleVeils, PeriodShade, PeriodTick, StackedBars, ValueTick } from './timeline-overlays';
import { TimelineTooltip } from './TimelineTooltip';

export interface TimelineChartProps {
  data: TimelineData;
  /** The drawn themes, in stacking order; each in its own colour. */
  themes: readonly Theme[];
  chart: 'bars' | 'lines';
  scale: TimelineScale;
  markers: readonly EventMarker[];
  /** Labels of the first and last period of the selected date range, highlighted. */
  range: { first: string; last: string } | null;
  /** The current query string, kept on links to articles. */
  search: string;
  /** The chart's accessible name. */
  title: string;
  onSelectPeriod: (period: TimelinePeriod) => void;
}

const DESCRIPTION = {
  bars: 'Stacked bars per period, one colour per theme; articles with an estimated date are hatched. An article with several themes is in several segments, so a bar’s height counts theme tags; the dark mark across it is the period’s number of articles. Arrow keys move between periods, Enter narrows the results to one. “Show as table” gives the same numbers as a table.',
  lines: 'One line per theme. Arrow keys move between periods, Enter narrows the results to one. “Show as table” gives the same numbers as a table.',
};

/** What the y axis counts, written above it. */
function axisTitle(chart: 'bars' | 'lines', scale: TimelineScale): string {
  if (chart === 'lines') return scale === 'share' ? '% of the period’s articles' : 'Articles';
  return scale === 'share' ? 'Theme tags, % of the period’s articles' : 'Theme tags (an article may carry several)';
}

interface Active {
  index: number;
  /** Keyboard focus also announces the period; a pointer only shows its tooltip. */
  by: 'pointer' | 'keyboard';
}

const STEP_KEYS: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (i, last) => Math.min(last, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, last) => last,
};

const MARGIN = { top: 22, right: 16, bottom: 4, left: 4 };
const value = (key: string) => (row: ChartRow) => row.values[key] ?? 0;
// recharts computes the grid's vertical lines even when it draws none, measuring x-axis labels in the DOM.
const NO_VERTICAL_LINES = () => [];
const asCount = (tick: number) => tick.toLocaleString('en-US');
const asPercent = (tick: number) => `${asCount(tick)}%`;

/**
 * The Explore timeline on recharts: stacked bars (estimated dates hatched on the confirmed part, the
 * article count marked across) or one line per theme, with the selected range, the veil over periods
 * with few articles, event markers, n under each period, a tooltip, and a keyboard route through the
 * periods. The chart owns which period is active, so pointer and keyboard show the same tooltip.
 */
export default memo(function TimelineChart({ data, themes, chart, scale, markers, range, search, title, onSelectPeriod }: TimelineChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(containerRef);
  const [active, setActive] = useState<Active | null>(null);
  const patternPrefix = useId();
  const descriptionId = useId();
  const { periods } = data;
  const share = scale === 'share';
  const rows = useMemo(() => buildChartRows(data, scale), [data, scale]);
  const byLabel = useMemo(() => new Map(periods.map((period) => [period.label, period])), [periods]);
  const hatched = useMemo(() => themes.filter((theme) => periods.some((period) => (period.themes[theme.id]?.estimated ?? 0) > 0)), [themes, periods]);
  // The stacked bars are drawn by the chart's own layer, not as fourteen recharts series (seven
  // themes, confirmed and estimated), which cost recharts fourteen times the work on every redraw.
  const segments = useMemo(
    () =>
      themes.flatMap((theme) => [
        { key: confirmedKey(theme.id), fill: theme.color, className: 'timeline-bar' },
        { key: estimatedKey(theme.id), fill: `url(#${hatchId(patternPrefix, theme.id)})`, className: 'timeline-bar timeline-bar--estimated' },
      ]),
    [themes, patternPrefix],
  );
  // recharts registers a series again whenever its dataKey changes identity: one accessor per theme, kept.
  const lineValues = useMemo(() => new Map(themes.map((theme) => [theme.id, value(allKey(theme.id))])), [themes]);
  const tagsOf = useCallback((row: ChartRow) => themes.reduce((sum, theme) => sum + (row.values[allKey(theme.id)] ?? 0), 0), [themes]);
  const peak = useMemo(
    () => Math.max(1, ...rows.map((row) => (chart === 'bars' ? tagsOf(row) : Math.max(0, ...themes.map((theme) => row.values[allKey(theme.id)] ?? 0))))),
    [rows, chart, tagsOf, themes],
  );
  const axisWidth = valueAxisWidth(peak, share);
  const ticks = useMemo(() => {
    const bandWidth = size ? (size.width - MARGIN.left - MARGIN.right - axisWidth) / Math.max(1, periods.length) : 0;
    return labelledPeriods(periods.map(widestTickLine), bandWidth).map((index) => periods[index]!.label);
  }, [size, axisWidth, periods]);
  const rangeStart = range ? periods.findIndex((period) => period.label === range.first) : -1;
  const current = active && active.index < periods.length ? active : null;

  const point = (index: number, by: Active['by']) =>
    setActive((previous) => (previous?.index === index && previous.by === by ? previous : { index, by }));
  const indexOf = (state: MouseHandlerDataParam) => (state.activeIndex === null || state.activeIndex === undefined ? null : Number(state.activeIndex));
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = periods.length - 1;
    const step = STEP_KEYS[event.key];
    if (step) {
      event.preventDefault();
      // The first arrow lands on the selected range, or on the newest period; Home and End go to their end.
      const landing = rangeStart >= 0 ? rangeStart : last;
      point(current ? step(current.index, last) : event.key.startsWith('Arrow') ? landing : step(landing, last), 'keyboard');
    } else if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault();
      onSelectPeriod(periods[current.index]!);
    } else if (event.key === 'Escape') {
      setActive(null);
    }
  };

  return (
    <div className="timeline-chart" ref={containerRef}>
      <div
        className="timeline-chart__plot"
        role="application"
        aria-label={title}
        aria-describedby={descriptionId}
        tabIndex={0}
        onKeyDown={handleKeyDown}
        onBlur={() => setActive(null)}
      >
        <p id={descriptionId} hidden>
          {DESCRIPTION[chart]}
        </p>
        {size && size.width > 0 && (
          <ComposedChart
            width={size.width}
            height={size.height}
            data={rows}
            margin={MARGIN}
            accessibilityLayer={false}
            title={title}
            onMouseMove={(state) => {
              const index = indexOf(state);
              if (index !== null) point(index, 'pointer');
            }}
            onMouseLeave={() => setActive(null)}
            onClick={(state) => {
              const index = indexOf(state);
              if (index !== null) onSelectPeriod(periods[index]!);
            }}
          >
            <defs>
              {hatched.map((theme) => (
                <HatchPattern key={theme.id} id={hatchId(patternPrefix, theme.id)} color={theme.color} />
              ))}
            </defs>
            <CartesianGrid vertical={false} verticalCoordinatesGenerator={NO_VERTICAL_LINES} stroke={GRID_STROKE} />
            <ZIndexLayer zIndex={DefaultZIndexes.barBackground}>
              {range && <PeriodShade first={range.first} last={range.last} className="timeline-chart__range" />}
            </ZIndexLayer>
            <XAxis dataKey="label" scale="band" stroke={AXIS_LINE} height={36} ticks={ticks} interval={0} tick={<PeriodTick periods={byLabel} />} />
            {/* Every tick written (interval 0): a handful of numbers never collide, and recharts would measure them to check. */}
            <YAxis width={axisWidth} stroke={AXIS_LINE} interval={0} tick={<ValueTick format={share ? asPercent : asCount} />} allowDecimals={false} />
            {chart === 'bars'
              ? [
                  // An unstroked line through the bars' tops gives recharts a series, so the axes scale to them.
                  <Line key="tags" dataKey={tagsOf} stroke="none" dot={false} activeDot={false} legendType="none" tooltipType="none" isAnimationActive={false} />,
                  <ZIndexLayer key="bars" zIndex={DefaultZIndexes.bar}>
                    <StackedBars rows={rows} segments={segments} />
                  </ZIndexLayer>,
                ]
              : themes.flatMap((theme) => {
                  const casing = casingClass(theme.color);
                  return [
                    ...(casing ? [<Line key={`${theme.id}:casing`} dataKey={lineValues.get(theme.id)} className={casing} stroke="var(--text)" strokeWidth={4} dot={false} activeDot={false} legendType="none" isAnimationActive={false} />] : []),
                    <Line key={allKey(theme.id)} dataKey={lineValues.get(theme.id)} name={theme.shortLabel} stroke={theme.color} strokeWidth={2} className="timeline-line" dot={false} activeDot={{ r: 4, stroke: 'var(--surface)' }} isAnimationActive={false} />,
                  ];
                })}
            <ZIndexLayer zIndex={DefaultZIndexes.line + 10}>
              {chart === 'bars' && <ArticleCountMarks periods={periods} values={(period) => (share ? 100 : period.total)} />}
              <FewArticleVeils periods={periods} />
            </ZIndexLayer>
            <ZIndexLayer zIndex={DefaultZIndexes.label}>
              <AxisTitle text={axisTitle(chart, scale)} />
              <EventMarkers markers={markers} search={search} />
            </ZIndexLayer>
            <Tooltip
              active={current !== null}
              defaultIndex={current?.index}
              isAnimationActive={false}
              cursor={{ fill: 'var(--surface-2)', fillOpacity: 0.7 }}
              content={() => (current ? <TimelineTooltip period={periods[current.index]} themes={themes} scale={scale} /> : null)}
            />
          </ComposedChart>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {current?.by === 'keyboard' ? describePeriod(periods[current.index]!, themes, scale) : ''}
      </p>
    </div>
  );
});

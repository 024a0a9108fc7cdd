import { useId, useMemo } from 'react';
import type { MouseHandlerDataParam, XAxisTickContentProps } from 'recharts';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Theme } from '../../domain/schema';
import { lowContrastSchemes } from '../../lib/contrast';
import type { ChartRow, TimelineScale } from './build-chart-rows';
import { allKey, buildChartRows, confirmedKey, estimatedKey } from './build-chart-rows';
import type { EventMarker } from './build-event-markers';
import type { TimelineData, TimelinePeriod } from '../../engine/build-timeline-data';
import { EventMarkerBadges } from './EventMarkerBadges';
import { TimelineTooltip } from './TimelineTooltip';

export interface ThemeTimelineChartProps {
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

/**
 * Periods with few articles are veiled in the surface colour, above bars and lines (z 300, 400) and
 * below the axes (500): one rect per period instead of a custom bar shape, which would make recharts
 * keep a node for every zero-height bar.
 */
const FEW_VEIL_Z = 450;
const DESCRIPTION = {
  bars: 'Stacked bars per period, one colour per theme; articles with an estimated date are hatched. Arrow keys move between periods. “Show as table” gives the same numbers as a table.',
  lines: 'One line per theme. Arrow keys move between periods. “Show as table” gives the same numbers as a table.',
};
/** Event markers stay above the veil: an event is no less certain for its period having few articles. */
const MARKER_Z = 460;

function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
      <rect width={6} height={6} fill={color} fillOpacity={0.2} />
      <line x1={0} y1={0} x2={0} y2={6} stroke={color} strokeWidth={3} />
    </pattern>
  );
}

function PeriodTick({ x, y, payload, rowsByLabel }: XAxisTickContentProps & { rowsByLabel: ReadonlyMap<string, ChartRow> }) {
  const row = rowsByLabel.get(String(payload.value));
  const few = row !== undefined && row.lowN && row.n > 0;
  return (
    <g transform={`translate(${x},${y})`}>
      <text className="timeline-tick" dy={12} textAnchor="middle">
        {payload.value}
      </text>
      {row && (
        <text className={few ? 'timeline-tick timeline-tick--few' : 'timeline-tick timeline-tick--n'} dy={27} textAnchor="middle">
          {few ? `n=${row.n} few` : `n=${row.n}`}
        </text>
      )}
    </g>
  );
}

/** Stacked bars (estimated dates hatched on top of confirmed) or one line per theme. */
export function ThemeTimelineChart({ data, themes, chart, scale, markers, range, search, title, onSelectPeriod }: ThemeTimelineChartProps) {
  const rows = useMemo(() => buildChartRows(data, scale), [data, scale]);
  const rowsByLabel = useMemo(() => new Map(rows.map((row) => [row.label, row])), [rows]);
  const periodsByLabel = useMemo(() => new Map(data.periods.map((period) => [period.label, period])), [data]);
  // useId() contains characters that are not safe inside url(#…).
  const patternPrefix = `hatch${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const share = scale === 'share';
  const Chart = chart === 'bars' ? BarChart : LineChart;

  const handleClick = (state: MouseHandlerDataParam) => {
    const period = periodsByLabel.get(String(state.activeLabel));
    if (period) onSelectPeriod(period);
  };

  const series =
    chart === 'bars'
      ? themes.flatMap((theme) => {
          const bars = [
            <Bar key={theme.id} dataKey={`values.${confirmedKey(theme.id)}`} name={theme.shortLabel} stackId="themes" fill={theme.color} isAnimationActive={false} />,
          ];
          // Only themes with estimated dates get the hatched series: each series costs SVG nodes per period.
          if (data.periods.some((period) => (period.themes[theme.id]?.estimated ?? 0) > 0)) {
            bars.push(
              <Bar key={`${theme.id}:est`} dataKey={`values.${estimatedKey(theme.id)}`} name={`${theme.shortLabel}, estimated date`} stackId="themes" fill={`url(#${patternPrefix}-${theme.id})`} isAnimationActive={false} />,
            );
          }
          return bars;
        })
      : themes.flatMap((theme) => {
          const line = (
            <Line key={theme.id} dataKey={`values.${allKey(theme.id)}`} name={theme.shortLabel} stroke={theme.color} strokeWidth={2} dot={false} activeDot={{ r: 4 }} type="linear" isAnimationActive={false} />
          );
          // A colour below 3:1 on the surface gets a casing in the text colour beneath its line.
          const low = lowContrastSchemes(theme.color);
          if (low.length === 0) return [line];
          const casing = (
            <Line key={`${theme.id}:casing`} className={low.map((scheme) => `timeline-casing timeline-casing--${scheme}`).join(' ')} dataKey={`values.${allKey(theme.id)}`} name={`${theme.shortLabel} outline`} stroke="var(--text)" strokeWidth={4} dot={false} activeDot={false} legendType="none" tooltipType="none" type="linear" isAnimationActive={false} />
          );
          return [casing, line];
        });

  return (
    <div className="timeline-chart">
      <ResponsiveContainer width="100%" height="100%">
        <Chart data={rows} title={title} desc={DESCRIPTION[chart]} onClick={handleClick} cursor="pointer" margin={{ top: 8, right: 12, bottom: 0, left: 0 }} barCategoryGap="12%">
          {chart === 'bars' && (
            <defs>
              {themes.map((theme) => (
                <HatchPattern key={theme.id} id={`${patternPrefix}-${theme.id}`} color={theme.color} />
              ))}
            </defs>
          )}
          <CartesianGrid vertical={false} />
          <XAxis dataKey="label" height={44} interval="preserveStartEnd" minTickGap={6} tick={(props: XAxisTickContentProps) => <PeriodTick {...props} rowsByLabel={rowsByLabel} />} />
          <YAxis width={share ? 44 : 36} allowDecimals={false} tickFormatter={share ? (value: number) => `${value}%` : undefined} />
          {range && <ReferenceArea x1={range.first} x2={range.last} className="timeline-chart__range" />}
          {series}
          {data.periods
            .filter((period) => period.lowN && period.total > 0)
            .map((period) => (
              <ReferenceArea key={period.start} x1={period.label} x2={period.label} className="timeline-chart__few" zIndex={FEW_VEIL_Z} />
            ))}
          {markers.map((marker) => (
            <ReferenceLine key={marker.start} x={marker.periodLabel} className="timeline-chart__marker-line" zIndex={MARKER_Z} strokeDasharray="3 3" label={(props: object) => <EventMarkerBadges {...props} marker={marker} search={search} />} />
          ))}
          <Tooltip content={({ label }) => <TimelineTooltip period={periodsByLabel.get(String(label))} themes={themes} scale={scale} />} isAnimationActive={false} />
        </Chart>
      </ResponsiveContainer>
    </div>
  );
}

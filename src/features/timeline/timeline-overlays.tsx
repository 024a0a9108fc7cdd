import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartRow } from './build-chart-rows';
import type { TimelinePeriod } from '../../engine/timeline-data';
import type { EventMarker } from '../../engine/place-events';
import { EventMarkerBadges } from './EventMarkerBadges';
import { isFew, periodCount } from './period-ticks';

/**
 * What the timeline draws over recharts' bars and lines, placed with the chart's own scales: the
 * selected range, the veil over periods with few articles, the article count of stacked bars, the
 * event markers, and the axes' ticks.
 */

/** A category's band on the x axis, edge to edge. */
function useBand(): ((label: string) => { x: number; width: number; center: number } | null) | null {
  const scale = useXAxisScale();
  if (!scale) return null;
  return (label) => {
    const start = scale(label, { position: 'start' });
    const end = scale(label, { position: 'end' });
    return start === undefined || end === undefined ? null : { x: start, width: end - start, center: (start + end) / 2 };
  };
}

/** The share of a period's band a stacked bar leaves empty on each side. */
const BAR_GAP = 0.24;

/**
 * Each period's stacked bar: each theme's confirmed part, then its estimated part, from the bottom,
 * each as tall as its share of the period's tags. Drawn here rather than by a recharts `Bar`, whose
 * shapes are keyed by their values and so rebuilt on every answer: keyed by period and segment, a
 * new answer moves the same rectangles.
 */
export function StackedBars({ rows, segments }: { rows: readonly ChartRow[]; segments: readonly { key: string; fill: string; className: string }[] }) {
  const band = useBand();
  const y = useYAxisScale();
  if (!band || !y) return null;
  return (
    <g className="timeline-bars">
      {rows.flatMap((row) => {
        const slot = band(row.label);
        if (!slot) return [];
        const x = slot.x + slot.width * BAR_GAP;
        const width = slot.width * (1 - 2 * BAR_GAP);
        let bottom = 0;
        return segments.flatMap((segment) => {
          const value = row.values[segment.key] ?? 0;
          if (value === 0) return [];
          const from = y(bottom);
          bottom += value;
          const to = y(bottom);
          if (from === undefined || to === undefined) return [];
          return [<rect key={`${row.label}:${segment.key}`} className={segment.className} x={x} y={to} width={width} height={from - to} fill={segment.fill} />];
        });
      })}
    </g>
  );
}

/** A full-height shade over the periods from `first` to `last`. */
export function PeriodShade({ first, last, className }: { first: string; last: string; className: string }) {
  const band = useBand();
  const plot = usePlotArea();
  const from = band?.(first);
  const to = band?.(last);
  if (!plot || !from || !to) return null;
  return <rect className={className} x={from.x} y={plot.y} width={to.x + to.width - from.x} height={plot.height} />;
}

/**
 * What the y axis counts, written above it, left-aligned with the chart: a title on the axis
 * itself would widen the axis recharts sizes to its numbers.
 */
export function AxisTitle({ text }: { text: string }) {
  const plot = usePlotArea();
  if (!plot) return null;
  return (
    <text className="timeline-axis-title" x={4} y={plot.y - 10}>
      {text}
    </text>
  );
}

/** Periods with a few articles, veiled: their shares swing on one article. */
export function FewArticleVeils({ periods }: { periods: readonly TimelinePeriod[] }) {
  return periods.map((period) =>
    period.lowN && period.total > 0 ? <PeriodShade key={period.start} first={period.label} last={period.label} className="timeline-chart__few" /> : null,
  );
}

/**
 * A dark mark across each stacked bar at the period's number of articles. Stacked themes count
 * tags — an article with two themes is in two segments — so the bar's top is not an article total;
 * the mark is, and where it sits below the top the gap is articles counted twice.
 */
export function ArticleCountMarks({ periods, values }: { periods: readonly TimelinePeriod[]; values: (period: TimelinePeriod) => number }) {
  const band = useBand();
  const y = useYAxisScale();
  if (!band || !y) return null;
  return (
    <g className="timeline-count">
      {periods.map((period) => {
        const slot = band(period.label);
        const top = y(values(period));
        if (!slot || top === undefined || period.total === 0) return null;
        return <line key={period.start} x1={slot.x + slot.width * 0.08} x2={slot.x + slot.width * 0.92} y1={top} y2={top} />;
      })}
    </g>
  );
}

/** Event markers: a dashed line through the period and numbered badges at the top of the plot. */
export function EventMarkers({ markers, search }: { markers: readonly EventMarker[]; search: string }) {
  const band = useBand();
  const plot = usePlotArea();
  if (!band || !plot) return null;
  return markers.map((marker) => {
    const slot = band(marker.periodLabel);
    if (!slot) return null;
    return (
      <g key={marker.start}>
        <line className="timeline-chart__marker-line" x1={slot.center} x2={slot.center} y1={plot.y} y2={plot.y + plot.height} strokeDasharray="3 3" />
        <EventMarkerBadges x={slot.center} y={plot.y} marker={marker} search={search} />
      </g>
    );
  });
}

interface PeriodTickProps {
  x?: number;
  y?: number;
  payload?: { value: string };
  periods: ReadonlyMap<string, TimelinePeriod>;
}

/** A period's label and, under it, its number of articles ("n=12"), flagged where they are few. */
export function PeriodTick({ x = 0, y = 0, payload, periods }: PeriodTickProps) {
  const period = payload && periods.get(payload.value);
  if (!period) return null;
  const few = isFew(period);
  return (
    <g transform={`translate(${x},${y})`}>
      <text className="timeline-tick" y={12} textAnchor="middle">
        {period.label}
      </text>
      <text className={few ? 'timeline-tick timeline-tick--few' : 'timeline-tick timeline-tick--n'} y={27} textAnchor="middle">
        {periodCount(period)}
      </text>
    </g>
  );
}

interface ValueTickProps {
  x?: number;
  y?: number;
  payload?: { value: number };
  format: (value: number) => string;
}

/**
 * A y-axis number as plain SVG text. recharts' own tick text measures each label in the DOM, which on
 * the first draw forces a layout of the whole page just painted.
 */
export function ValueTick({ x = 0, y = 0, payload, format }: ValueTickProps) {
  if (!payload) return null;
  return (
    <text className="timeline-tick timeline-tick--value" x={x} y={y} dy="0.355em" textAnchor="end">
      {format(payload.value)}
    </text>
  );
}

import type { ChartRow } from './build-chart-rows';
import { allKey, confirmedKey, estimatedKey } from './build-chart-rows';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One period's column: where its bars, cursor and label go. */
export interface Band {
  label: string;
  x: number;
  width: number;
  center: number;
}

export interface BarSegment {
  key: string;
  themeId: string;
  /** The part of the theme's articles with an estimated date, drawn hatched on top of the confirmed part. */
  estimated: boolean;
  box: Box;
}

export interface TimelineLayout {
  plot: Box;
  bands: Band[];
  yTicks: { value: number; y: number }[];
  /** The periods whose label is written (as many as fit without overlapping, the last always), and how each is aligned. */
  labelled: { index: number; anchor: 'start' | 'middle' | 'end' }[];
  bars: BarSegment[];
  /** Per theme, the SVG path through its values at the band centres. */
  lines: { themeId: string; path: string; points: { x: number; y: number }[] }[];
}

interface LayoutOptions {
  width: number;
  height: number;
  chart: 'bars' | 'lines';
  share: boolean;
  themeIds: readonly string[];
}

const MARGIN = { top: 8, right: 12, bottom: 44 };
/** The y axis is as wide as its longest label plus this, and never narrower than MIN_AXIS. */
const AXIS_PAD = 10;
const MIN_AXIS = 30;
/** Bars fill this share of their band; the rest is the gap between periods. */
const BAR_FILL = 0.76;
/** Estimated width of one label character at the axis font size (12 px), and the least gap between labels. */
const LABEL_CHAR = 6.6;
const LABEL_GAP = 8;

/**
 * Axis ticks from 0 past `max` in steps of 1, 2 or 5 × 10^k, about `target` of them. Counts never get
 * fractional steps: "0.5 articles" means nothing.
 */
export function niceTicks(max: number, integer: boolean, target = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(integer ? 1 : 0, [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw)!);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Rounding keeps 0.1 + 0.2 from printing as 0.30000000000000004.
  for (let value = 0; value <= top + step / 2; value += step) ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

/**
 * Which period labels to write: every k-th, with k the least that keeps labels apart, and always the
 * last, dropping the one before it when they would collide.
 */
export function labelledPeriods(labels: readonly string[], bandWidth: number): number[] {
  if (labels.length === 0) return [];
  const widest = Math.max(...labels.map((label) => label.length)) * LABEL_CHAR + LABEL_GAP;
  const every = Math.max(1, Math.ceil(widest / Math.max(bandWidth, 1)));
  const shown: number[] = [];
  for (let i = 0; i < labels.length; i += every) shown.push(i);
  const last = labels.length - 1;
  if (shown.at(-1) !== last) {
    if (last - shown.at(-1)! < every) shown.pop();
    shown.push(last);
  }
  return shown;
}

/** Everything the timeline draws, in pixels: pure, so the geometry is tested without a browser. */
export function layoutTimeline(rows: readonly ChartRow[], { width, height, chart, share, themeIds }: LayoutOptions): TimelineLayout {
  const value = (row: ChartRow, key: string) => row.values[key] ?? 0;
  const peak =
    chart === 'bars'
      ? Math.max(0, ...rows.map((row) => themeIds.reduce((sum, id) => sum + value(row, allKey(id)), 0)))
      : Math.max(0, ...rows.flatMap((row) => themeIds.map((id) => value(row, allKey(id)))));
  const ticks = niceTicks(peak, !share);
  const top = ticks.at(-1)!;
  const left = Math.max(MIN_AXIS, Math.max(...ticks.map((tick) => formatTick(tick, share).length)) * LABEL_CHAR + AXIS_PAD);
  const plot = { x: left, y: MARGIN.top, width: Math.max(1, width - left - MARGIN.right), height: Math.max(1, height - MARGIN.top - MARGIN.bottom) };
  const yOf = (v: number) => plot.y + plot.height - (v / top) * plot.height;

  const labels = rows.map((row) => row.label);
  const bandWidth = plot.width / Math.max(1, rows.length);
  const bands = rows.map((row, i) => ({ label: row.label, x: plot.x + i * bandWidth, width: bandWidth, center: plot.x + (i + 0.5) * bandWidth }));

  const bars: BarSegment[] = [];
  const lines: TimelineLayout['lines'] = [];
  if (chart === 'bars') {
    const barWidth = Math.max(1, bandWidth * BAR_FILL);
    rows.forEach((row, i) => {
      let base = 0;
      for (const themeId of themeIds) {
        for (const estimated of [false, true]) {
          const amount = value(row, estimated ? estimatedKey(themeId) : confirmedKey(themeId));
          // Zero-height bars are not drawn: at a few hundred periods they would be most of the nodes.
          if (amount <= 0) continue;
          const y = yOf(base + amount);
          bars.push({ key: `${i}:${themeId}:${estimated ? 'est' : 'conf'}`, themeId, estimated, box: { x: bands[i]!.center - barWidth / 2, y, width: barWidth, height: yOf(base) - y } });
          base += amount;
        }
      }
    });
  } else {
    for (const themeId of themeIds) {
      const points = rows.map((row, i) => ({ x: bands[i]!.center, y: yOf(value(row, allKey(themeId))) }));
      const path = points.map((point, i) => `${i === 0 ? 'M' : 'L'}${round(point.x)},${round(point.y)}`).join('');
      lines.push({ themeId, path, points });
    }
  }

  return {
    plot,
    bands,
    yTicks: ticks.map((tick) => ({ value: tick, y: yOf(tick) })),
    labelled: labelledPeriods(labels, bandWidth).map((index) => ({ index, anchor: labelAnchor(labels[index]!, bands[index]!.center, width) })),
    bars,
    lines,
  };
}

/** Centred under its period, unless that would push it past the chart's edge: a phone has little room. */
function labelAnchor(label: string, center: number, width: number): 'start' | 'middle' | 'end' {
  const half = (label.length * LABEL_CHAR) / 2;
  if (center + half > width) return 'end';
  if (center - half < 0) return 'start';
  return 'middle';
}

/** A y-axis label: a count, or a share in percent. */
export const formatTick = (value: number, share: boolean) => (share ? `${value}%` : String(value));

const round = (n: number) => Math.round(n * 10) / 10;

/** The period under a horizontal position, or null outside the plot. */
export function bandAt(layout: TimelineLayout, x: number): number | null {
  const { plot, bands } = layout;
  if (bands.length === 0 || x < plot.x || x > plot.x + plot.width) return null;
  return Math.min(bands.length - 1, Math.floor(((x - plot.x) / plot.width) * bands.length));
}

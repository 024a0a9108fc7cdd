import { describe, expect, it } from 'vitest';
import type { ChartRow } from '../../../src/features/timeline/build-chart-rows';
import { placeTooltip } from '../../../src/features/timeline/place-tooltip';
import { bandAt, labelledPeriods, layoutTimeline, niceTicks } from '../../../src/features/timeline/timeline-layout';

const row = (label: string, values: Record<string, number>, n = 10): ChartRow => ({ label, n, lowN: n < 5, values });

describe('niceTicks', () => {
  it.each([
    [7, true, [0, 2, 4, 6, 8]],
    [1, true, [0, 1]],
    [230, true, [0, 50, 100, 150, 200, 250]],
    [0, true, [0, 1]],
    [0.3, false, [0, 0.1, 0.2, 0.3]],
    [87, false, [0, 20, 40, 60, 80, 100]],
  ])('covers %s (integers only: %s) with round steps', (max, integer, expected) => {
    expect(niceTicks(max, integer)).toEqual(expected);
  });
  it('never gives counts a fractional step', () => {
    expect(niceTicks(2, true)).toEqual([0, 1, 2]);
  });
});

describe('labelledPeriods', () => {
  const labels = Array.from({ length: 24 }, (_, i) => `M${String(i).padStart(5, '0')}`);
  it('writes every label when they fit', () => {
    expect(labelledPeriods(labels.slice(0, 4), 100)).toEqual([0, 1, 2, 3]);
  });
  it('skips labels that would overlap, keeping the last and dropping its crowded neighbour', () => {
    // "M00000" is about 48 px wide with its gap: every 4th label at 15 px per band.
    const shown = labelledPeriods(labels, 15);
    expect(shown).toEqual([0, 4, 8, 12, 16, 23]);
    for (let i = 1; i < shown.length; i++) expect((shown[i]! - shown[i - 1]!) * 15).toBeGreaterThanOrEqual(48);
  });
  it('has nothing to write without periods', () => {
    expect(labelledPeriods([], 10)).toEqual([]);
  });
});

describe('layoutTimeline', () => {
  const rows = [
    row('Jan', { a: 2, 'a:est': 1, 'a:all': 3, b: 0, 'b:est': 0, 'b:all': 0 }),
    row('Feb', { a: 0, 'a:est': 0, 'a:all': 0, b: 4, 'b:est': 0, 'b:all': 4 }),
  ];
  const size = { width: 442, height: 252 };

  it('stacks confirmed then estimated parts per theme, on one scale, and draws no empty bar', () => {
    const layout = layoutTimeline(rows, { ...size, chart: 'bars', share: false, themeIds: ['a', 'b'] });
    // A 30 px axis (its narrowest) + 400 px plot + 12 px margin; 8 px top + 200 px plot + 44 px for labels.
    expect(layout.plot).toEqual({ x: 30, y: 8, width: 400, height: 200 });
    expect(layout.yTicks.map((tick) => tick.value)).toEqual([0, 1, 2, 3, 4]);
    expect(layout.bars.map((bar) => [bar.key, bar.box.height, bar.box.y])).toEqual([
      ['0:a:conf', 100, 108],
      ['0:a:est', 50, 58],
      ['1:b:conf', 200, 8],
    ]);
    expect(layout.bars[0]!.box.x + layout.bars[0]!.box.width / 2).toBe(layout.bands[0]!.center);
  });

  it('widens the axis to its longest label', () => {
    const big = [row('Jan', { a: 12000, 'a:est': 0, 'a:all': 12000 })];
    expect(layoutTimeline(big, { ...size, chart: 'bars', share: false, themeIds: ['a'] }).plot.x).toBeCloseTo(5 * 6.6 + 10);
    expect(layoutTimeline(rows, { ...size, chart: 'bars', share: true, themeIds: ['a', 'b'] }).yTicks.at(-1)!.value).toBe(4);
  });

  it('keeps the edge labels inside a narrow chart', () => {
    const quarters = ['Q1 2018', 'Q2 2018', 'Q3 2018', 'Q4 2018'].map((label) => row(label, { a: 1, 'a:est': 0, 'a:all': 1 }));
    expect(layoutTimeline(quarters, { width: 120, height: 200, chart: 'bars', share: false, themeIds: ['a'] }).labelled).toEqual([
      { index: 0, anchor: 'middle' },
      { index: 3, anchor: 'end' },
    ]);
    expect(layoutTimeline(quarters, { width: 800, height: 200, chart: 'bars', share: false, themeIds: ['a'] }).labelled.map((label) => label.anchor)).toEqual(['middle', 'middle', 'middle', 'middle']);
  });

  it('scales lines to the highest single value and passes through every period', () => {
    const layout = layoutTimeline(rows, { ...size, chart: 'lines', share: false, themeIds: ['a', 'b'] });
    expect(layout.bars).toEqual([]);
    expect(layout.lines.map((line) => line.points.map((point) => point.y))).toEqual([
      [58, 208],
      [208, 8],
    ]);
    expect(layout.lines[0]!.path).toBe('M130,58L330,208');
  });

  it('finds the period under a position, and none outside the plot', () => {
    const layout = layoutTimeline(rows, { ...size, chart: 'bars', share: true, themeIds: ['a', 'b'] });
    expect(bandAt(layout, 31)).toBe(0);
    expect(bandAt(layout, 30 + layout.plot.width - 1)).toBe(1);
    expect(bandAt(layout, 10)).toBeNull();
  });
});

describe('placeTooltip', () => {
  it('goes right of the period if it fits, else left, else as near as the chart allows', () => {
    expect(placeTooltip(100, 200, 600)).toBe(114);
    expect(placeTooltip(500, 200, 600)).toBe(286);
    expect(placeTooltip(120, 280, 360)).toBe(0);
    expect(placeTooltip(250, 280, 360)).toBe(80);
  });
});

import { memo } from 'react';
import type { Theme } from '../../domain/schema';
import { lowContrastSchemes } from '../../lib/contrast';
import type { TimelinePeriod } from '../../engine/timeline-data';
import type { EventMarker } from '../../engine/place-events';
import { EventMarkerBadges } from './EventMarkerBadges';
import type { BarSegment, TimelineLayout } from './timeline-layout';
import { formatTick } from './timeline-layout';

interface TimelinePlotProps {
  layout: TimelineLayout;
  periods: readonly TimelinePeriod[];
  themes: readonly Theme[];
  share: boolean;
  markers: readonly EventMarker[];
  /** Indexes of the first and last period of the selected date range. */
  range: [number, number] | null;
  patternPrefix: string;
  search: string;
}

function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
      <rect width={6} height={6} fill={color} fillOpacity={0.2} />
      <line x1={0} y1={0} x2={0} y2={6} stroke={color} strokeWidth={3} />
    </pattern>
  );
}

/**
 * One path per theme and date confidence rather than a rect per bar: a filter change then sets a
 * dozen attributes instead of a few thousand (at 100 periods × 7 themes × 2).
 */
function barSeries(bars: readonly BarSegment[]): { themeId: string; estimated: boolean; path: string }[] {
  const series = new Map<string, { themeId: string; estimated: boolean; path: string }>();
  for (const { themeId, estimated, box } of bars) {
    const key = `${themeId}:${estimated}`;
    const entry = series.get(key) ?? { themeId, estimated, path: '' };
    entry.path += `M${round(box.x)},${round(box.y)}h${round(box.width)}v${round(box.height)}h${round(-box.width)}Z`;
    series.set(key, entry);
  }
  return [...series.values()];
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * What the timeline draws that does not follow the pointer, in paint order: grid, selected range,
 * bars or lines, the veil over periods with few articles, axes, event markers. Memoised, so hovering
 * redraws only the cursor and the tooltip.
 */
export const TimelinePlot = memo(function TimelinePlot({ layout, periods, themes, share, markers, range, patternPrefix, search }: TimelinePlotProps) {
  const { plot, bands, yTicks, labelled, bars, lines } = layout;
  const bottom = plot.y + plot.height;
  const colorOf = new Map(themes.map((theme) => [theme.id, theme.color]));
  const bandOf = new Map(bands.map((band) => [band.label, band]));
  const hatched = new Set(bars.filter((bar) => bar.estimated).map((bar) => bar.themeId));

  return (
    <>
      <defs>
        {themes
          .filter((theme) => hatched.has(theme.id))
          .map((theme) => (
            <HatchPattern key={theme.id} id={`${patternPrefix}-${theme.id}`} color={theme.color} />
          ))}
      </defs>
      <g className="timeline-grid">
        {yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.x} x2={plot.x + plot.width} y1={tick.y} y2={tick.y} />
            <text className="timeline-tick" x={plot.x - 6} y={tick.y} textAnchor="end" dominantBaseline="central">
              {formatTick(tick.value, share)}
            </text>
          </g>
        ))}
      </g>
      {range && (
        <rect className="timeline-chart__range" x={bands[range[0]]!.x} y={plot.y} width={bands[range[1]]!.x + bands[range[1]]!.width - bands[range[0]]!.x} height={plot.height} />
      )}
      {barSeries(bars).map(({ themeId, estimated, path }) => (
        <path
          key={`${themeId}:${estimated}`}
          className="timeline-bar"
          d={path}
          fill={estimated ? `url(#${patternPrefix}-${themeId})` : colorOf.get(themeId)}
        />
      ))}
      {lines.map((line) => {
        const color = colorOf.get(line.themeId) ?? 'currentColor';
        // A colour below 3:1 on the surface gets a casing in the text colour beneath its line.
        const low = lowContrastSchemes(color);
        return (
          <g key={line.themeId}>
            {low.length > 0 && <path className={['timeline-casing', ...low.map((scheme) => `timeline-casing--${scheme}`)].join(' ')} d={line.path} />}
            <path className="timeline-line" d={line.path} stroke={color} />
          </g>
        );
      })}
      {periods.map((period, i) =>
        period.lowN && period.total > 0 ? <rect key={period.start} className="timeline-chart__few" x={bands[i]!.x} y={plot.y} width={bands[i]!.width} height={plot.height} /> : null,
      )}
      <g className="timeline-axis">
        <line x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} />
        {labelled.map(({ index, anchor }) => {
          const period = periods[index]!;
          const few = period.lowN && period.total > 0;
          // An edge label is aligned to the period's centre from its own end, so it stays inside the chart.
          const x = anchor === 'middle' ? 0 : anchor === 'end' ? bands[index]!.width / 2 : -bands[index]!.width / 2;
          return (
            <g key={period.start} transform={`translate(${bands[index]!.center},${bottom})`}>
              <line y2={4} />
              <text className="timeline-tick" x={x} y={16} textAnchor={anchor}>
                {period.label}
              </text>
              <text className={few ? 'timeline-tick timeline-tick--few' : 'timeline-tick timeline-tick--n'} x={x} y={31} textAnchor={anchor}>
                {few ? `n=${period.total} few` : `n=${period.total}`}
              </text>
            </g>
          );
        })}
      </g>
      {markers.map((marker) => {
        const band = bandOf.get(marker.periodLabel);
        if (!band) return null;
        return (
          <g key={marker.start}>
            <line className="timeline-chart__marker-line" x1={band.center} x2={band.center} y1={plot.y} y2={bottom} strokeDasharray="3 3" />
            <EventMarkerBadges x={band.center} y={plot.y} marker={marker} search={search} />
          </g>
        );
      })}
    </>
  );
});

import type { KeyboardEvent, MouseEvent } from 'react';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useElementSize } from '../../components/use-element-size';
import type { Theme } from '../../domain/schema';
import type { TimelineData, TimelinePeriod } from '../../engine/timeline-data';
import type { TimelineScale } from './build-chart-rows';
import { buildChartRows } from './build-chart-rows';
import type { EventMarker } from '../../engine/place-events';
import { describePeriod } from './describe-period';
import { placeTooltip } from './place-tooltip';
import { bandAt, layoutTimeline } from './timeline-layout';
import { TimelinePlot } from './TimelinePlot';
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

const DESCRIPTION = {
  bars: 'Stacked bars per period, one colour per theme; articles with an estimated date are hatched. Arrow keys move between periods, Enter narrows the results to one. “Show as table” gives the same numbers as a table.',
  lines: 'One line per theme. Arrow keys move between periods, Enter narrows the results to one. “Show as table” gives the same numbers as a table.',
};

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

/**
 * Stacked bars (estimated dates hatched on top of confirmed) or one line per theme, drawn as plain
 * SVG from a pure layout: a filter change redraws only the marks that exist, and hovering only the
 * cursor and tooltip.
 */
export function ThemeTimelineChart({ data, themes, chart, scale, markers, range, search, title, onSelectPeriod }: ThemeTimelineChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(containerRef);
  const [active, setActive] = useState<Active | null>(null);
  // useId() contains characters that are not safe inside url(#…).
  const patternPrefix = `hatch${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const descriptionId = useId();
  const share = scale === 'share';
  const { periods } = data;
  const themeIds = useMemo(() => themes.map((theme) => theme.id), [themes]);
  const rows = useMemo(() => buildChartRows(data, scale), [data, scale]);
  const layout = useMemo(() => (size && size.width > 0 ? layoutTimeline(rows, { ...size, chart, share, themeIds }) : null), [rows, size, chart, share, themeIds]);
  const rangeIndexes = useMemo((): [number, number] | null => {
    if (!range) return null;
    const first = periods.findIndex((period) => period.label === range.first);
    const last = periods.findIndex((period) => period.label === range.last);
    return first < 0 || last < 0 ? null : [first, last];
  }, [periods, range]);

  const current = active && active.index < periods.length ? active : null;
  const activeBand = current && layout ? layout.bands[current.index] : undefined;

  // The tooltip's width is known only once drawn: placed before paint, so it never shows off the chart.
  useLayoutEffect(() => {
    const tooltip = tooltipRef.current;
    if (tooltip && activeBand && size) tooltip.style.left = `${placeTooltip(activeBand.center, tooltip.offsetWidth, size.width)}px`;
  });

  const pointerBand = (event: MouseEvent<SVGSVGElement>) => (layout ? bandAt(layout, event.clientX - event.currentTarget.getBoundingClientRect().left) : null);
  const handlePointerMove = (event: MouseEvent<SVGSVGElement>) => {
    const index = pointerBand(event);
    setActive(index === null ? null : { index, by: 'pointer' });
  };
  const handleClick = (event: MouseEvent<SVGSVGElement>) => {
    const index = pointerBand(event);
    if (index !== null) onSelectPeriod(periods[index]!);
  };
  const handleKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const last = periods.length - 1;
    const step = STEP_KEYS[event.key];
    if (step) {
      event.preventDefault();
      // The first arrow lands on the selected range, or on the newest period; Home and End go to their end.
      const landing = rangeIndexes?.[0] ?? last;
      const index = current ? step(current.index, last) : event.key.startsWith('Arrow') ? landing : step(landing, last);
      setActive({ index, by: 'keyboard' });
    } else if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault();
      onSelectPeriod(periods[current.index]!);
    } else if (event.key === 'Escape') {
      setActive(null);
    }
  };

  return (
    <div className="timeline-chart" ref={containerRef}>
      {layout && size && (
        <svg
          className="timeline-svg"
          width={size.width}
          height={size.height}
          viewBox={`0 0 ${size.width} ${size.height}`}
          role="application"
          aria-describedby={descriptionId}
          tabIndex={0}
          onPointerMove={handlePointerMove}
          onPointerLeave={() => setActive(null)}
          onClick={handleClick}
          onKeyDown={handleKeyDown}
          onBlur={() => setActive(null)}
        >
          <title>{title}</title>
          <desc id={descriptionId}>{DESCRIPTION[chart]}</desc>
          {activeBand && <rect className="timeline-cursor" x={activeBand.x} y={layout.plot.y} width={activeBand.width} height={layout.plot.height} />}
          <TimelinePlot layout={layout} periods={periods} themes={themes} share={share} markers={markers} range={rangeIndexes} patternPrefix={patternPrefix} search={search} />
          {current &&
            layout.lines.map((line) => {
              const point = line.points[current.index]!;
              return <circle key={line.themeId} className="timeline-dot" cx={point.x} cy={point.y} r={4} fill={themes.find((theme) => theme.id === line.themeId)?.color} />;
            })}
        </svg>
      )}
      {current && activeBand && size && (
        <div className="timeline-chart__tooltip" ref={tooltipRef}>
          <TimelineTooltip period={periods[current.index]} themes={themes} scale={scale} />
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {current?.by === 'keyboard' ? describePeriod(periods[current.index]!, themes, scale) : ''}
      </p>
    </div>
  );
}

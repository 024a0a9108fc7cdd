import type { Theme } from '../../domain/schema';
import type { TimelineData } from '../../engine/timeline-data';
import { needsCasing } from '../../lib/contrast';
import { ChartDataTable } from './ChartDataTable';

const COLUMNS = 3;
const CELL_WIDTH = 180;
const CELL_HEIGHT = 74;
const SPARK_TOP = 26;
const SPARK_HEIGHT = 40;

/** The area under a series of counts, scaled into a cell: `M x0 base L x0 y0 … L xn base Z`. */
function areaPath(counts: number[], max: number, width: number): string {
  if (counts.length === 0) return '';
  const step = counts.length > 1 ? width / (counts.length - 1) : 0;
  const y = (count: number) => SPARK_TOP + SPARK_HEIGHT - (count / max) * SPARK_HEIGHT;
  const points = counts.map((count, i) => `L ${(i * step).toFixed(1)} ${y(count).toFixed(1)}`).join(' ');
  return `M 0 ${SPARK_TOP + SPARK_HEIGHT} ${points} L ${((counts.length - 1) * step).toFixed(1)} ${SPARK_TOP + SPARK_HEIGHT} Z`;
}

interface ThemeTrendsProps {
  data: TimelineData;
  themes: Theme[];
  /** Matching articles carrying each theme, dated or not: what theme share counts. */
  totals: ReadonlyMap<string, number>;
}

/**
 * Small multiples: one sparkline per theme on a shared scale, drawn as one SVG so it exports whole.
 * Only articles dated to a period can be drawn, so a theme whose articles are not all placed says
 * "placed of all" and the numbers reconcile with theme share.
 */
export function ThemeTrends({ data, themes, totals }: ThemeTrendsProps) {
  const max = Math.max(1, ...data.periods.flatMap((period) => Object.values(period.themes).map((cell) => cell.count)));
  const placed = data.periods.reduce((sum, period) => sum + period.total, 0);
  const rows = Math.ceil(themes.length / COLUMNS);
  const width = CELL_WIDTH * COLUMNS;
  const height = CELL_HEIGHT * rows;
  const first = data.periods[0]?.label ?? '';
  const last = data.periods.at(-1)?.label ?? '';
  return (
    <figure className="summary-figure">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="scalable-svg" role="img" aria-labelledby="trends-title">
        <title id="trends-title">{`Articles per ${data.granularity} for each theme, ${first} to ${last}`}</title>
        {themes.map((theme, i) => {
          const counts = data.periods.map((period) => period.themes[theme.id]?.count ?? 0);
          const placedCount = counts.reduce((sum, count) => sum + count, 0);
          const all = totals.get(theme.id) ?? placedCount;
          const shown = placedCount < all ? `${placedCount} of ${all}` : `${placedCount}`;
          const x = (i % COLUMNS) * CELL_WIDTH;
          const y = Math.floor(i / COLUMNS) * CELL_HEIGHT;
          return (
            <g key={theme.id} transform={`translate(${x + 6}, ${y})`}>
              <title>{`${theme.label}: ${placedCount} articles placed on the timeline, of ${all} carrying the theme`}</title>
              <circle cx="6" cy="12" r="5" fill={theme.color} stroke="currentColor" strokeOpacity="0.4" />
              <text x="16" y="16" fontSize="13" fontWeight="600" fill="currentColor">
                {theme.shortLabel} <tspan fontWeight="400" opacity="0.7">{shown}</tspan>
              </text>
              <line x1="0" x2={CELL_WIDTH - 16} y1={SPARK_TOP + SPARK_HEIGHT} y2={SPARK_TOP + SPARK_HEIGHT} stroke="currentColor" strokeOpacity="0.25" />
              <path d={areaPath(counts, max, CELL_WIDTH - 16)} fill={theme.color} fillOpacity="0.35"
                stroke={needsCasing(theme.color) ? 'currentColor' : theme.color} strokeWidth="1.5" />
            </g>
          );
        })}
      </svg>
      <figcaption className="summary-figure__caption">
        Articles per {data.granularity} for each theme, {first} to {last}, same scale (0–{max}); {placed} articles placed
        {data.unplaced.coarse + data.unplaced.undated > 0
          ? `, ${data.unplaced.coarse + data.unplaced.undated} with dates too coarse or unknown left out ("n of m": n placed of the m articles theme share counts)`
          : ''}.
      </figcaption>
      <ChartDataTable
        caption={`Articles per ${data.granularity} and theme`}
        columns={['Period', ...themes.map((theme) => theme.shortLabel)]}
        rows={data.periods.map((period) => [period.label, ...themes.map((theme) => period.themes[theme.id]?.count ?? 0)])}
      />
    </figure>
  );
}

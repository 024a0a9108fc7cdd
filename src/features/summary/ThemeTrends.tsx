import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartLegendItem } from '../../lib/chart-export';
import { AXIS_LINE, AXIS_TICK, GRID_STROKE, SUMMARY_CHART_WIDTH, casingClass } from '../../components/charts/chart-style';
import type { Theme } from '../../domain/schema';
import type { TimelineData } from '../../engine/timeline-data';
import { ChartDataTable } from './ChartDataTable';

interface ThemeTrendsProps {
  data: TimelineData;
  themes: Theme[];
  /** Matching articles carrying each theme, dated or not: what theme share counts. */
  totals: ReadonlyMap<string, number>;
}

/**
 * Each theme's legend entry with its count, e.g. "EV steel 12", or "EV steel 12 of 15" when 3 of its
 * articles have no date the chart can place: the numbers then reconcile with theme share. Drawn on
 * screen and into an exported chart.
 */
export function trendLegend({ data, themes, totals }: ThemeTrendsProps): ChartLegendItem[] {
  return themes.map((theme) => {
    const placed = data.periods.reduce((sum, period) => sum + (period.themes[theme.id]?.count ?? 0), 0);
    const all = totals.get(theme.id) ?? placed;
    return { label: `${theme.shortLabel} ${placed < all ? `${placed} of ${all}` : placed}`, color: theme.color };
  });
}

/** One line per theme on one scale: articles per period carrying it. */
export function ThemeTrends(props: ThemeTrendsProps) {
  const { data, themes } = props;
  const placed = data.periods.reduce((sum, period) => sum + period.total, 0);
  const first = data.periods[0]?.label ?? '';
  const last = data.periods.at(-1)?.label ?? '';
  const title = `Articles per ${data.granularity} for each theme, ${first} to ${last}`;
  const left = data.unplaced.coarse + data.unplaced.undated;
  return (
    <figure className="summary-figure">
      <div className="scalable-chart">
        <LineChart width={SUMMARY_CHART_WIDTH} height={200} data={data.periods as TimelineData['periods']} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} title={title}>
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="label" tick={AXIS_TICK} stroke={AXIS_LINE} interval="preserveStartEnd" minTickGap={16} />
          <YAxis width="auto" allowDecimals={false} tick={AXIS_TICK} stroke={AXIS_LINE} />
          <Tooltip isAnimationActive={false} contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }} />
          {themes.flatMap((theme) => {
            const casing = casingClass(theme.color);
            const count = (period: TimelineData['periods'][number]) => period.themes[theme.id]?.count ?? 0;
            return [
              ...(casing ? [<Line key={`${theme.id}:casing`} dataKey={count} className={casing} stroke="var(--text)" strokeWidth={4} dot={false} activeDot={false} tooltipType="none" isAnimationActive={false} />] : []),
              <Line key={theme.id} dataKey={count} name={theme.shortLabel} stroke={theme.color} strokeWidth={2} dot={false} isAnimationActive={false} />,
            ];
          })}
        </LineChart>
      </div>
      <ul className="chip-row summary-legend" aria-label="Legend">
        {trendLegend(props).map((item) => (
          <li key={item.label} className="summary-legend__item">
            <span className="summary-legend__line" style={{ background: item.color }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
      <figcaption className="summary-figure__caption">
        {title}, same scale; {placed} articles placed
        {left > 0 ? `, ${left} with dates too coarse or unknown left out ("n of m": n placed of the m articles theme share counts)` : ''}.
      </figcaption>
      <ChartDataTable
        caption={`Articles per ${data.granularity} and theme`}
        columns={['Period', ...themes.map((theme) => theme.shortLabel)]}
        rows={data.periods.map((period) => [period.label, ...themes.map((theme) => period.themes[theme.id]?.count ?? 0)])}
      />
    </figure>
  );
}

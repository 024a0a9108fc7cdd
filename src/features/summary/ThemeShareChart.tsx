import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { needsCasing } from '../../lib/contrast';
import { ChartDataTable } from './ChartDataTable';
import { AXIS_LINE, AXIS_TICK, GRID_STROKE, SUMMARY_CHART_WIDTH } from '../../components/charts/chart-style';
import type { Theme } from '../../domain/schema';
import { MIN_N } from '../../engine/summary-model';

export interface ThemeShare {
  theme: Theme;
  count: number;
}

/** Share of the matching articles carrying each theme; with too few articles it shows counts only. */
export function ThemeShareChart({ shares, total }: { shares: ThemeShare[]; total: number }) {
  const asShare = total >= MIN_N;
  const rows = shares.map(({ theme, count }) => ({
    label: theme.shortLabel,
    color: theme.color,
    value: asShare ? Math.round((count / total) * 100) : count,
  }));
  return (
    <figure className="summary-figure">
      <div className="scalable-chart">
        <BarChart width={SUMMARY_CHART_WIDTH} height={30 * rows.length + 32} data={rows} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 8 }} accessibilityLayer>
            <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
            <XAxis type="number" domain={[0, asShare ? 100 : 'auto']} unit={asShare ? '%' : ''} tick={AXIS_TICK} stroke={AXIS_LINE} allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={110} tick={AXIS_TICK} stroke={AXIS_LINE} />
            <Bar dataKey="value" isAnimationActive={false} name={asShare ? 'Share of articles' : 'Articles'}>
              {rows.map((row) => (
                <Cell key={row.label} fill={row.color} stroke={needsCasing(row.color) ? 'var(--text)' : row.color} strokeWidth={1} />
              ))}
              <LabelList dataKey="value" position="right" formatter={(value) => (asShare ? `${String(value)}%` : String(value))} fontSize={13} />
            </Bar>
        </BarChart>
      </div>
      <figcaption className="summary-figure__caption">
        {asShare
          ? `Share of the ${total} matching articles carrying each theme; an article can carry several, so shares add up to more than 100%.`
          : `Articles per theme: only ${total} match, too few for shares.`}
      </figcaption>
      <ChartDataTable
        caption="Matching articles per theme"
        columns={['Theme', 'Articles', 'Share of matching articles']}
        rows={shares.map(({ theme, count }) => [theme.label, count, total ? `${Math.round((count / total) * 100)}%` : '–'])}
      />
    </figure>
  );
}

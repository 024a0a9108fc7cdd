import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { ChartDataTable } from './ChartDataTable';
import { AXIS_LINE, AXIS_TICK, GRID_STROKE, SUMMARY_CHART_WIDTH } from '../../components/charts/chart-style';

export interface OrganizationBar {
  id: string;
  /** As charts draw it: a dagger marks one discovered in the articles. */
  name: string;
  articles: number;
  discovered: boolean;
}

/** What the dagger of a discovered organization means, for the captions of the charts that draw one. */
export const DISCOVERED_NOTE = '† discovered in the articles, not reviewed.';

const MAX_LABEL = 28;
const shorten = (name: string) => (name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name);

/** Organizations named in most matching articles; a bar click (or the list below) filters by it. */
export function TopOrganizationsChart({ bars, total, onSelect }: { bars: OrganizationBar[]; total: number; onSelect: (id: string) => void }) {
  const rows = bars.map((bar) => ({ ...bar, label: shorten(bar.name) }));
  return (
    <figure className="summary-figure">
      <div className="scalable-chart">
        <BarChart width={SUMMARY_CHART_WIDTH} height={28 * rows.length + 32} data={rows} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 8 }} accessibilityLayer>
            <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
            <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} stroke={AXIS_LINE} />
            <YAxis type="category" dataKey="label" width={170} tick={AXIS_TICK} stroke={AXIS_LINE} />
            <Bar
              dataKey="articles"
              name="Articles"
              fill="var(--accent)"
              isAnimationActive={false}
              cursor="pointer"
              onClick={(entry) => {
                const id = (entry as { payload?: OrganizationBar }).payload?.id;
                if (id) onSelect(id);
              }}
            >
              <LabelList dataKey="articles" position="right" fontSize={13} formatter={(value) => Number(value).toLocaleString('en-US')} />
            </Bar>
        </BarChart>
      </div>
      <figcaption className="summary-figure__caption">
        Matching articles naming each organization (of {total}); media cited are not counted.
        {bars.some((bar) => bar.discovered) && ` ${DISCOVERED_NOTE}`}
        <span className="screen-only">
          {' '}Filter by one:{' '}
          {bars.map((bar, i) => (
            <span key={bar.id}>
              {i > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onSelect(bar.id)}>
                {bar.name}
              </button>
            </span>
          ))}
        </span>
      </figcaption>
      <ChartDataTable caption="Matching articles per organization" columns={['Organization', 'Articles']} rows={bars.map((bar) => [bar.name, bar.articles])} />
    </figure>
  );
}

import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_LINE, AXIS_TICK, GRID_STROKE, HatchPattern, hatchId } from '../../components/charts/chart-style';
import type { MentionPeriod } from '../../engine/contract';

/** The bars' colour, shared with the legend drawn into an exported chart. */
export const MENTION_COLOR = 'var(--accent)';

/** Articles per period, the estimated dates hatched on the confirmed ones: props in, bars out. */
export function MentionsChart({ periods, label }: { periods: readonly MentionPeriod[]; label: string }) {
  const hatch = hatchId(useId(), 'mentions');
  return (
    <figure className="org-chart" aria-label={label}>
      <BarChart responsive style={{ width: '100%', height: 220 }} data={periods as MentionPeriod[]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <defs>
          <HatchPattern id={hatch} color={MENTION_COLOR} />
        </defs>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="label" tick={AXIS_TICK} stroke={AXIS_LINE} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} stroke={AXIS_LINE} />
        <Tooltip
          cursor={{ fill: 'var(--surface-2)' }}
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="confirmed" name="Confirmed date" stackId="articles" fill={MENTION_COLOR} isAnimationActive={false} />
        <Bar dataKey="estimated" name="Estimated date" stackId="articles" fill={`url(#${hatch})`} isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}

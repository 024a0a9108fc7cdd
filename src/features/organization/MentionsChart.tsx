import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { MentionPeriod } from '../../engine/contract';

/** Bar colours, shared with the legend drawn into an exported chart. */
export const MENTION_COLORS = {
  confirmed: 'var(--accent)',
  estimated: 'color-mix(in srgb, var(--accent) 35%, var(--surface))',
};

/** Articles per period, confirmed and estimated dates stacked: props in, bars out. */
export function MentionsChart({ periods, label }: { periods: readonly MentionPeriod[]; label: string }) {
  return (
    <figure className="org-chart" aria-label={label}>
      <BarChart responsive style={{ width: '100%', height: 220 }} data={periods as MentionPeriod[]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" tick={{ fill: 'var(--text-muted)', fontSize: 12 }} stroke="var(--border)" />
        <YAxis allowDecimals={false} tick={{ fill: 'var(--text-muted)', fontSize: 12 }} stroke="var(--border)" />
        <Tooltip
          cursor={{ fill: 'var(--surface-2)' }}
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="confirmed" name="Confirmed date" stackId="articles" fill={MENTION_COLORS.confirmed} isAnimationActive={false} />
        <Bar
          dataKey="estimated"
          name="Estimated date"
          stackId="articles"
          fill={MENTION_COLORS.estimated}
          stroke="var(--accent)"
          strokeDasharray="3 2"
          isAnimationActive={false}
        />
      </BarChart>
    </figure>
  );
}

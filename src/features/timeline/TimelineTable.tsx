import type { Theme } from '../../domain/schema';
import type { TimelineScale } from './build-chart-rows';
import { formatShare } from './build-chart-rows';
import type { TimelinePeriod, TimelineData } from '../../engine/timeline-data';

interface TimelineTableProps {
  data: TimelineData;
  themes: readonly Theme[];
  scale: TimelineScale;
  caption: string;
  /** Selected month range, open ends as ±Infinity; null when no date filter is set. */
  selected: readonly [number, number] | null;
  onSelectPeriod: (period: TimelinePeriod) => void;
}

/** In share mode a period with few articles shows "1 of 3", not a percentage that looks more certain than it is. */
function cellText(count: number, period: TimelinePeriod, scale: TimelineScale): string {
  if (scale === 'count') return String(count);
  return period.lowN ? `${count} of ${period.total}` : formatShare(count, period.total);
}

/** The chart's numbers as a table: the accessible alternative, and the keyboard way to pick a period. */
export function TimelineTable({ data, themes, scale, caption, selected, onSelectPeriod }: TimelineTableProps) {
  return (
    <div className="timeline-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">n</th>
            {themes.map((theme) => (
              <th key={theme.id} scope="col" title={theme.label}>
                <span className="timeline-swatch" style={{ ['--swatch' as string]: theme.color }} aria-hidden="true" />
                {theme.shortLabel}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Narrow to period</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.periods.map((period) => {
            const inRange = selected !== null && period.end >= selected[0] && period.start <= selected[1];
            return (
              <tr key={period.start} className={inRange ? 'timeline-table__selected' : undefined}>
                <th scope="row">{period.label}</th>
                <td>
                  {period.total}
                  {period.lowN && period.total > 0 && <span className="badge">few</span>}
                </td>
                {themes.map((theme) => {
                  const cell = period.themes[theme.id] ?? { count: 0, estimated: 0 };
                  return (
                    <td key={theme.id}>
                      {cellText(cell.count, period, scale)}
                      {cell.estimated > 0 && <span className="timeline-table__est"> ({cell.estimated} est.)</span>}
                    </td>
                  );
                })}
                <td>
                  <button type="button" className="link-button" aria-label={`Show ${period.label}`} onClick={() => onSelectPeriod(period)}>
                    Show
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

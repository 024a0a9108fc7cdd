import { ThemeChip } from '../../components/ThemeChip';
import type { Theme } from '../../domain/schema';

/** An HTML legend: it wraps on a phone, and costs no SVG nodes. */
export function TimelineLegend({ themes, chart }: { themes: readonly Theme[]; chart: 'bars' | 'lines' }) {
  return (
    <ul className="chip-row timeline-legend" aria-label="Legend">
      {themes.map((theme) => (
        <li key={theme.id}>
          <ThemeChip theme={theme} />
        </li>
      ))}
      {chart === 'bars' && (
        <li className="timeline-legend__item">
          <span className="timeline-legend__hatch" aria-hidden="true" /> estimated date
        </li>
      )}
    </ul>
  );
}

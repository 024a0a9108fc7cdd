import { ThemeChip } from '../../components/ThemeChip';
import { ESTIMATED_LABEL } from '../../components/charts/chart-style';
import type { Theme } from '../../domain/schema';

/** The mark across a stacked bar: its top counts tags, the mark counts articles. */
export const ARTICLE_COUNT_LABEL = 'articles in the period (each counted once)';

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
        <>
          <li className="timeline-legend__item">
            <span className="timeline-legend__hatch" aria-hidden="true" /> {ESTIMATED_LABEL}
          </li>
          <li className="timeline-legend__item">
            <span className="timeline-legend__count" aria-hidden="true" /> {ARTICLE_COUNT_LABEL}
          </li>
        </>
      )}
    </ul>
  );
}

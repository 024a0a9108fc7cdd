import type { Theme } from '../../domain/schema';
import type { TimelineScale } from './build-chart-rows';
import { formatShare } from './build-chart-rows';
import type { TimelinePeriod } from '../../engine/timeline-data';

interface TimelineTooltipProps {
  period: TimelinePeriod | undefined;
  themes: readonly Theme[];
  scale: TimelineScale;
}

/** Per-theme counts for one period, always with n, so a share is never read without its base. */
export function TimelineTooltip({ period, themes, scale }: TimelineTooltipProps) {
  if (!period) return null;
  const rows = themes.filter((theme) => (period.themes[theme.id]?.count ?? 0) > 0);
  return (
    <div className="timeline-tooltip">
      <p className="timeline-tooltip__title">
        <strong>{period.label}</strong> · n = {period.total}
      </p>
      {period.lowN && period.total > 0 && (
        <p className="timeline-tooltip__warning">
          Only {period.total} {period.total === 1 ? 'article' : 'articles'}: too few for reliable shares.
        </p>
      )}
      {rows.length === 0 ? (
        <p className="timeline-tooltip__empty">No articles on the drawn themes.</p>
      ) : (
        <ul className="timeline-tooltip__list">
          {rows.map((theme) => {
            const cell = period.themes[theme.id]!;
            return (
              <li key={theme.id} style={{ ['--swatch' as string]: theme.color }}>
                <span className="timeline-swatch" aria-hidden="true" />
                {theme.shortLabel}: {cell.count}
                {scale === 'share' && ` (${formatShare(cell.count, period.total)})`}
                {cell.estimated > 0 && <span className="timeline-tooltip__est"> · {cell.estimated} est. date</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

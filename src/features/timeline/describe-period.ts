import type { Theme } from '../../domain/schema';
import type { TimelinePeriod } from '../../engine/timeline-data';
import type { TimelineScale } from './build-chart-rows';
import { formatShare } from './build-chart-rows';

/**
 * A period as one sentence, what the tooltip shows, for a screen reader stepping through the chart.
 * e.g. "Q1 2025: 12 articles. Hydrogen 3 (25%), EV steel 2 (1 with estimated date)."
 */
export function describePeriod(period: TimelinePeriod, themes: readonly Theme[], scale: TimelineScale): string {
  const parts = themes.flatMap((theme) => {
    const cell = period.themes[theme.id];
    if (!cell || cell.count === 0) return [];
    const notes = [...(scale === 'share' ? [formatShare(cell.count, period.total)] : []), ...(cell.estimated > 0 ? [`${cell.estimated} with estimated date`] : [])];
    return [`${theme.shortLabel} ${cell.count}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`];
  });
  const few = period.lowN && period.total > 0 ? ' Too few for reliable shares.' : '';
  const themesText = parts.length > 0 ? `${parts.join(', ')}.` : 'None on the drawn themes.';
  return `${period.label}: ${period.total} ${period.total === 1 ? 'article' : 'articles'}.${few} ${themesText}`;
}

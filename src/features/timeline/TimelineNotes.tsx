import type { TimelineScale } from './build-chart-rows';
import type { TimelineData } from '../../engine/timeline-data';
import { LOW_N } from '../../engine/timeline-data';

interface TimelineNotesProps {
  data: TimelineData;
  scale: TimelineScale;
  /** How the numbers are shown, which decides how estimated dates and few-article periods are marked. */
  display: 'bars' | 'lines' | 'table';
  /** Offered when year-only dates are left out, so the reader can see them placed. */
  onShowYears: (() => void) | null;
}

const articles = (n: number) => `${n} ${n === 1 ? 'article' : 'articles'}`;

const ESTIMATED_MARK = { bars: 'drawn hatched', lines: 'hatched in the bar view', table: 'marked “est.”' };
const FEW_MARK = { bars: 'drawn faded', lines: 'drawn faded', table: 'shown as “x of n” in share mode' };

/** What the chart leaves out or marks, with counts: nothing is dropped or made precise silently. */
export function TimelineNotes({ data, scale, display, onShowYears }: TimelineNotesProps) {
  const unit = data.granularity;
  const estimated = data.periods.reduce((sum, period) => sum + period.estimated, 0);
  const placed = data.periods.reduce((sum, period) => sum + period.total, 0);
  const hasFew = data.periods.some((period) => period.lowN && period.total > 0);
  const { coarse, undated } = data.unplaced;
  return (
    <ul className="timeline-notes">
      {scale === 'share' && (
        <li>
          Share of the n articles dated in each {unit} (n is shown with each {unit}). An article can carry several themes, so
          shares can add up to more than 100%.
        </li>
      )}
      <li>
        {articles(placed)} placed on the timeline.
        {estimated > 0 && ` ${estimated} of them ${estimated === 1 ? 'has' : 'have'} an estimated or inferred date (${ESTIMATED_MARK[display]}).`}
      </li>
      {coarse > 0 && (
        <li>
          {articles(coarse)} dated only to a year {coarse === 1 ? 'is' : 'are'} not placed by {unit}, rather than pinned to
          January.
          {onShowYears && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={onShowYears}>
                Show by year
              </button>
            </>
          )}
        </li>
      )}
      {undated > 0 && <li>{articles(undated)} without a known date {undated === 1 ? 'is' : 'are'} not shown.</li>}
      {hasFew && (
        <li>
          Periods with fewer than {LOW_N} articles are marked “few” and {FEW_MARK[display]}: their counts and shares rest on too few
          articles to read as a trend.
        </li>
      )}
    </ul>
  );
}

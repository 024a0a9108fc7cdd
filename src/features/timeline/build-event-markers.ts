import type { ArticleEvent } from '../../domain/schema';
import type { ExploreIndex } from '../../engine/explore-index';
import { dateSpan, periodOf } from '../../lib/periods';
import type { TimelineData } from '../../engine/build-timeline-data';

export interface EventMarkerItem {
  /** 1-based, in date order across the whole timeline, so a badge on the chart matches a list entry. */
  number: number;
  kind: ArticleEvent['kind'];
  label: string;
  date: ArticleEvent['date'];
  articleId: string;
  articleTitle: string;
  /** How many matching articles report this same event (label and date). */
  sources: number;
}

export interface EventMarker {
  start: number;
  /** The period's axis label, which is also its category on the chart. */
  periodLabel: string;
  events: EventMarkerItem[];
}

export interface EventMarkers {
  markers: EventMarker[];
  /** Events dated outside the timeline's span (typically targets years ahead). */
  outside: number;
  /** Events whose date is coarser than the granularity (a year on a month axis). */
  imprecise: number;
}

/**
 * The dated events and targets of the given articles, grouped by the timeline period they fall in.
 * The same label on the same date reported by several articles is one marker, linked to the first.
 * e.g. at month granularity, `{ label: 'Plant starts', date: '2025-06-12' }` → a marker in `Jun 2025`;
 * a `2030` target counts as imprecise (month axis) or outside (past the data's span).
 */
export function buildEventMarkers(
  index: ExploreIndex,
  articleIndexes: readonly number[],
  data: Pick<TimelineData, 'granularity' | 'periods'>,
): EventMarkers {
  const unique = new Map<string, Omit<EventMarkerItem, 'number'>>();
  for (const i of articleIndexes) {
    const article = index.articles[i]!;
    for (const event of article.events) {
      const key = `${event.label.trim().toLowerCase()}|${event.date.value}`;
      const seen = unique.get(key);
      if (seen) seen.sources += 1;
      else unique.set(key, { kind: event.kind, label: event.label, date: event.date, articleId: article.id, articleTitle: article.title, sources: 1 });
    }
  }

  const first = data.periods[0]?.start;
  const size = data.granularity === 'month' ? 1 : data.granularity === 'quarter' ? 3 : 12;
  const byStart = new Map<number, EventMarker>();
  let outside = 0;
  let imprecise = 0;
  const ordered = [...unique.values()].sort((a, b) => a.date.value.localeCompare(b.date.value) || a.label.localeCompare(b.label));
  for (const item of ordered) {
    const span = dateSpan(item.date.value, item.date.precision);
    const [start] = periodOf(span[0], data.granularity);
    if (start !== periodOf(span[1], data.granularity)[0]) {
      imprecise += 1;
      continue;
    }
    const period = first === undefined ? undefined : data.periods[(start - first) / size];
    if (!period) {
      outside += 1;
      continue;
    }
    const marker = byStart.get(start) ?? { start, periodLabel: period.label, events: [] };
    marker.events.push({ ...item, number: 0 });
    byStart.set(start, marker);
  }

  const markers = [...byStart.values()].sort((a, b) => a.start - b.start);
  let number = 0;
  for (const marker of markers) for (const event of marker.events) event.number = ++number;
  return { markers, outside, imprecise };
}

import type { TimelineData } from './timeline-data';
import type { CollectedEvent } from './collected-event';
import { dateSpan, periodOf } from '../lib/periods';

/** What placing needs of an event; the worker places its events before it decodes their articles. */
type Placeable = Pick<CollectedEvent, 'label' | 'date' | 'sources'>;

/** An event as marked: `T` is what the caller knows of it. */
export type EventMarkerItem<T extends Placeable = CollectedEvent> = T & {
  /** 1-based, in date order across the whole timeline, so a badge on the chart matches a list entry. */
  number: number;
};

export interface EventMarker<T extends Placeable = CollectedEvent> {
  start: number;
  /** The period's axis label, which is also its category on the chart. */
  periodLabel: string;
  events: EventMarkerItem<T>[];
}

export interface EventMarkers<T extends Placeable = CollectedEvent> {
  markers: EventMarker<T>[];
  /** Events dated outside the timeline's span (typically targets years ahead). */
  outside: number;
  /** Events whose date is coarser than the granularity (a year on a month axis). */
  imprecise: number;
  /** Events left out of a period that had more than the most-reported few drawn. */
  omitted: number;
}

/**
 * Distinct events grouped by the timeline period they fall in, at most `perPeriod` per period (the
 * most reported). e.g. at month granularity, `{ label: 'Plant starts', date: '2025-06-12' }` → a
 * marker in `Jun 2025`; a `2030` target counts as imprecise (month axis) or outside (past the data's span).
 */
export function placeEvents<T extends Placeable>(
  events: readonly T[],
  data: { granularity: TimelineData['granularity']; periods: readonly Pick<TimelineData['periods'][number], 'start' | 'label'>[] },
  perPeriod = Infinity,
): EventMarkers<T> {
  const first = data.periods[0]?.start;
  const size = data.granularity === 'month' ? 1 : data.granularity === 'quarter' ? 3 : 12;
  const byStart = new Map<number, EventMarker<T>>();
  let outside = 0;
  let imprecise = 0;
  for (const item of events) {
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

  const byDate = (a: Placeable, b: Placeable) => a.date.value.localeCompare(b.date.value) || a.label.localeCompare(b.label);
  let omitted = 0;
  const markers = [...byStart.values()].sort((a, b) => a.start - b.start);
  for (const marker of markers) {
    if (marker.events.length > perPeriod) {
      omitted += marker.events.length - perPeriod;
      marker.events = marker.events.sort((a, b) => b.sources - a.sources || byDate(a, b)).slice(0, perPeriod);
    }
    marker.events.sort(byDate);
  }
  let number = 0;
  for (const marker of markers) for (const event of marker.events) event.number = ++number;
  return { markers, outside, imprecise, omitted };
}

import type { CollectedEvent } from '../collected-event';
import { eventKey } from '../collected-event';
import type { EventMarkers } from '../place-events';
import { placeEvents } from '../place-events';
import type { ArticleIndex } from './article-index';
import { CONFIDENCES, EVENT_KINDS, PRECISIONS } from './article-index';

/** A distinct event as the columns give it: its first article still an index, decoded only if it is marked. */
type GatheredEvent = Omit<CollectedEvent, 'articleId' | 'articleTitle'> & { article: number };

export interface TimelinePeriods {
  granularity: 'month' | 'quarter' | 'year';
  periods: { start: number; label: string }[];
}

export interface PlacedEvents {
  markers: EventMarkers;
  /** Distinct events among all the articles, marked or not. */
  distinct: number;
}

/**
 * The distinct events of the articles in `order` from the index's event columns, as `collectEvents`
 * gives them from whole articles (only labels and dates are decoded per event), placed on the
 * timeline's periods with the most reported `perPeriod` of each kept; an article's card is decoded
 * only for a kept event.
 */
export function placeGatheredEvents(index: Pick<ArticleIndex, 'events' | 'card'>, order: ArrayLike<number>, timeline: TimelinePeriods, perPeriod: number): PlacedEvents {
  const { offsets, kind, precision, confidence, label, date } = index.events;
  const unique = new Map<string, GatheredEvent>();
  for (let p = 0; p < order.length; p++) {
    const i = order[p]!;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const text = label.get(k);
      const value = date.get(k);
      const key = eventKey(text, value);
      const known = unique.get(key);
      if (known) known.sources += 1;
      else
        unique.set(key, {
          kind: EVENT_KINDS[kind[k]!]!,
          label: text,
          date: { value, precision: PRECISIONS[precision[k]!]!, confidence: CONFIDENCES[confidence[k]!]! },
          article: i,
          sources: 1,
        });
    }
  }
  const placed = placeEvents([...unique.values()], timeline, perPeriod);
  const markers = placed.markers.map((marker) => ({
    ...marker,
    events: marker.events.map(({ article, ...event }) => {
      const { id, title } = index.card(article);
      return { ...event, articleId: id, articleTitle: title };
    }),
  }));
  return { markers: { ...placed, markers }, distinct: unique.size };
}

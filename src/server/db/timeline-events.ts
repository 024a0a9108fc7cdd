import type pg from 'pg';
import type { CollectedEvent } from '../../engine/collected-event';
import type { EventsRequest, PlacedEvents } from '../../engine/contract';
import { placeEvents } from '../../engine/place-events';
import { filterCondition } from './filter-sql';

type EventRow = Pick<CollectedEvent, 'kind' | 'label' | 'articleId' | 'articleTitle' | 'sources'> & { value: string; precision: string; confidence: string };

/**
 * The distinct events the timeline can mark for a view, as the worker gathers them: of the articles
 * passing every filter but the dates, one event per key (label and date) reported by `sources` of
 * their events, told as the first article in the dataset's order tells it; then placed on the
 * timeline's periods with the most reported `perPeriod` of each kept.
 */
export async function readTimelineEvents(client: pg.ClientBase, version: string, { filters, granularity, periods, perPeriod }: EventsRequest): Promise<PlacedEvents> {
  const values: unknown[] = [version];
  const condition = filterCondition({ ...filters, from: null, to: null, rolling: null }, values);
  const { rows } = await client.query<EventRow>(
    `WITH reported AS (
       SELECT x.event_key, x.kind, x.label, x.date_value, x.date_precision, x.date_confidence, a.id, a.title, a.position, x.ordinal
         FROM events x JOIN articles a ON a.dataset_version = x.dataset_version AND a.id = x.article_id
        WHERE a.dataset_version = $1 AND ${condition}
     )
     SELECT f.kind, f.label, f.date_value AS value, f.date_precision AS precision, f.date_confidence AS confidence,
            f.id AS "articleId", f.title AS "articleTitle", s.sources
       FROM (SELECT DISTINCT ON (event_key) * FROM reported ORDER BY event_key, position, ordinal) f
       JOIN (SELECT event_key, count(*)::int AS sources FROM reported GROUP BY event_key) s USING (event_key)
      ORDER BY f.position, f.ordinal`,
    values,
  );
  const events = rows.map(({ value, precision, confidence, ...event }) => ({ ...event, date: { value, precision, confidence } }) as CollectedEvent);
  return { markers: placeEvents(events, { granularity, periods }, perPeriod), distinct: events.length };
}

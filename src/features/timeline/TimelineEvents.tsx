import { Link } from 'react-router-dom';
import { formatPartialDate, CONFIDENCE_LABEL } from '../../lib/format-date';
import type { EventMarkers } from '../../engine/place-events';

interface TimelineEventsProps {
  events: EventMarkers;
  search: string;
  /** What was left out and why, when not every event is listed. */
  note?: string;
}

/** The numbered events behind the chart's badges, as links: the keyboard and screen reader path to them. */
export function TimelineEvents({ events, search, note }: TimelineEventsProps) {
  const { markers, outside, imprecise } = events;
  const items = markers.flatMap((marker) => marker.events);
  return (
    <div className="timeline-events">
      <h3 className="timeline-events__title">Events and targets</h3>
      {note && <p className="muted">{note}</p>}
      {items.length === 0 ? (
        <p className="muted">No dated events in the matching articles fall within the timeline.</p>
      ) : (
        <ol className="timeline-events__list">
          {items.map((event) => (
            <li key={event.number} value={event.number}>
              <span className={`timeline-events__kind timeline-events__kind--${event.kind}`}>{event.kind === 'target' ? 'Target' : 'Event'}</span>{' '}
              <strong>{formatPartialDate(event.date.value, event.date.precision)}</strong>
              {event.date.confidence !== 'confirmed' && <span className="muted"> ({CONFIDENCE_LABEL[event.date.confidence]})</span>}
              {' — '}
              {event.label}
              {' · '}
              <Link to={`/articles/${event.articleId}${search}`}>{event.articleTitle}</Link>
              {event.sources > 1 && <span className="muted"> (also in {event.sources - 1} more)</span>}
            </li>
          ))}
        </ol>
      )}
      {(outside > 0 || imprecise > 0) && (
        <p className="muted">
          {outside > 0 && `${outside} outside the timeline's span (often targets years ahead). `}
          {imprecise > 0 && `${imprecise} dated too coarsely for this granularity.`}
        </p>
      )}
    </div>
  );
}

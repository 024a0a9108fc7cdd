import { Link } from 'react-router-dom';
import type { EventMarker } from '../../engine/place-events';

interface EventMarkerBadgesProps {
  /** The centre of the event's period and the top of the plot. */
  x: number;
  y: number;
  marker: EventMarker;
  search: string;
}

/** More badges than this would cover the bars; the list under the chart has every event. */
const MAX_BADGES = 3;
const STEP = 18;

/**
 * Numbered badges at the top of an event's period, each linking to its article. Kept out of the tab
 * order: the numbered list under the chart offers the same links to keyboard and screen reader users.
 */
export function EventMarkerBadges({ x, y, marker, search }: EventMarkerBadgesProps) {
  const shown = marker.events.slice(0, MAX_BADGES);
  const more = marker.events.length - shown.length;
  return (
    <g className="timeline-marker" aria-hidden="true">
      {shown.map((event, i) => {
        const cy = y + 10 + i * STEP;
        return (
          <Link key={event.number} to={`/articles/${event.articleId}${search}`} tabIndex={-1}>
            <title>{`${event.number}. ${event.label} (${event.kind}) — ${event.articleTitle}`}</title>
            {event.kind === 'target' ? (
              <rect className="timeline-marker__badge" x={x - 7} y={cy - 7} width={14} height={14} transform={`rotate(45 ${x} ${cy})`} />
            ) : (
              <circle className="timeline-marker__badge" cx={x} cy={cy} r={8} />
            )}
            <text className="timeline-marker__number" x={x} y={cy} textAnchor="middle" dominantBaseline="central">
              {event.number}
            </text>
          </Link>
        );
      })}
      {more > 0 && (
        <text className="timeline-marker__more" x={x} y={y + 10 + shown.length * STEP} textAnchor="middle" dominantBaseline="central">
          +{more}
        </text>
      )}
    </g>
  );
}

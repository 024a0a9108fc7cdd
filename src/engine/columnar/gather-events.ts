import type { CollectedEvent } from '../collect-events';
import { eventKey } from '../collect-events';
import type { ArticleIndex } from './article-index';
import { CONFIDENCES, EVENT_KINDS, PRECISIONS } from './article-index';

export interface GatheredEvents {
  /** The most reported distinct events, at most the limit, in the order first seen. */
  events: CollectedEvent[];
  /** Distinct events among all the articles, kept or not. */
  distinct: number;
}

/**
 * The distinct events of the articles in `order` from the index's event columns, as `collectEvents`
 * gives them from whole articles: only labels and dates are decoded per event, and an article's
 * card only for an event kept. Past `limit` distinct events, the most reported are kept.
 */
export function gatherEvents(index: Pick<ArticleIndex, 'events' | 'card'>, order: ArrayLike<number>, limit: number): GatheredEvents {
  const { offsets, kind, precision, confidence, label, date } = index.events;
  const unique = new Map<string, { k: number; article: number; sources: number; seen: number }>();
  for (let p = 0; p < order.length; p++) {
    const i = order[p]!;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const key = eventKey(label.get(k), date.get(k));
      const known = unique.get(key);
      if (known) known.sources += 1;
      else unique.set(key, { k, article: i, sources: 1, seen: unique.size });
    }
  }
  let kept = [...unique.values()];
  if (kept.length > limit) kept = kept.sort((a, b) => b.sources - a.sources || a.seen - b.seen).slice(0, limit).sort((a, b) => a.seen - b.seen);
  const events = kept.map(({ k, article, sources }) => {
    const { id, title } = index.card(article);
    return {
      kind: EVENT_KINDS[kind[k]!]!,
      label: label.get(k),
      date: { value: date.get(k), precision: PRECISIONS[precision[k]!]!, confidence: CONFIDENCES[confidence[k]!]! },
      articleId: id,
      articleTitle: title,
      sources,
    };
  });
  return { events, distinct: unique.size };
}

import type { ExploreIndex } from './explore-index';
import type { CollectedEvent } from '../../../src/engine/collected-event';
import { eventKey } from '../../../src/engine/collected-event';

export type { CollectedEvent } from '../../../src/engine/collected-event';
export { eventKey } from '../../../src/engine/collected-event';

/** The distinct events of the given articles, in the order first seen. */
export function collectEvents(index: ExploreIndex, articleIndexes: readonly number[]): CollectedEvent[] {
  const unique = new Map<string, CollectedEvent>();
  for (const i of articleIndexes) {
    const article = index.articles[i]!;
    for (const event of article.events) {
      const key = eventKey(event.label, event.date.value);
      const seen = unique.get(key);
      if (seen) seen.sources += 1;
      else unique.set(key, { kind: event.kind, label: event.label, date: event.date, articleId: article.id, articleTitle: article.title, sources: 1 });
    }
  }
  return [...unique.values()];
}

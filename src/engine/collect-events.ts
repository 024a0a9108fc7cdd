import type { ArticleEvent } from '../domain/schema';
import type { ExploreIndex } from './explore-index';

/** An event as the timeline lists it: reported by `sources` of the articles, linked to the first of them. */
export interface CollectedEvent {
  kind: ArticleEvent['kind'];
  label: string;
  date: ArticleEvent['date'];
  articleId: string;
  articleTitle: string;
  sources: number;
}

/** The same label (in any case) on the same date is one event, however many articles report it. */
export const eventKey = (label: string, date: string) => `${label.trim().toLowerCase()}|${date}`;

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

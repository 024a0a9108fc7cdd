import type { ArticleEvent } from '../domain/schema';

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

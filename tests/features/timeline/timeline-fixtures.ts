import type { Article, ArticleEvent, DateConfidence, DatePrecision } from '../../../src/domain/schema';
import { makeArticle } from '../../fixtures/make-article';

export const theme = (id: string) => ({ id, score: 0.65, evidence: [] });

export const published = (value: string, precision: DatePrecision = 'day', confidence: DateConfidence = 'confirmed') => ({
  value,
  precision,
  confidence,
  origin: 'feed' as const,
});

export const event = (label: string, value: string, precision: DatePrecision = 'day', kind: ArticleEvent['kind'] = 'event'): ArticleEvent => ({
  kind,
  label,
  date: { value, precision, confidence: 'confirmed' },
  sentence: `${label}.`,
});

/**
 * Jan 2025: a confirmed hydrogen article and an estimated one on both themes; Mar 2025: an EV steel
 * article with events; plus one dated only to 2025 and one undated. The year-only date widens the
 * data's span to Jan–Dec 2025, so the automatic granularity is month.
 */
export const timelineArticles: Article[] = [
  makeArticle({ id: 'a-jan', title: 'Hydrogen pilot', themes: [theme('hydrogen-metallurgy')], publishedAt: published('2025-01-10') }),
  makeArticle({
    id: 'a-jan-est',
    title: 'Hydrogen and EV steel',
    themes: [theme('hydrogen-metallurgy'), theme('ev-steel')],
    publishedAt: published('2025-01', 'month', 'estimated'),
  }),
  makeArticle({
    id: 'a-mar',
    title: 'EV steel line',
    themes: [theme('ev-steel')],
    publishedAt: published('2025-03-05'),
    events: [event('Line starts', '2025-03-20'), event('Carbon neutral', '2030', 'year', 'target')],
  }),
  makeArticle({ id: 'a-year', title: 'Year only', themes: [theme('hydrogen-metallurgy')], publishedAt: published('2025', 'year', 'estimated') }),
  makeArticle({ id: 'a-undated', title: 'Undated', themes: [theme('ev-steel')], publishedAt: null }),
];

import type { Article } from '../../src/domain/schema';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';

/**
 * Five articles around Baogang Group (a group with the subsidiary Baogang Electric) and ECUST.
 * Newest first: 13 May 2025, May 2025 (estimated), April 2025, 2024 (year only), undated.
 * `ev-steel` matches a-ev-new, a-ev-old and a-year, in that order.
 */
export const articles = {
  evNew: makeArticle({
    id: 'a-ev-new',
    title: 'Baogang ships EV steel',
    url: 'https://example.com/news/ev?id=1',
    publishedAt: { value: '2025-05-13', precision: 'day', confidence: 'confirmed', origin: 'wordpress-date-gmt' },
    themes: [{ id: 'ev-steel', score: 0.7, evidence: [{ term: 'EV', count: 2, sentence: 'Baogang ships EV steel to EV makers with Baogang Electric.' }] }],
    organizations: [
      { id: 'baogang-group', mentions: 1, matched: ['Baogang'], fromPublisherTag: false },
      { id: 'baogang-electric', mentions: 1, matched: ['Baogang Electric'], fromPublisherTag: false },
    ],
    figures: [{ text: '1,000+ tons', value: 1000, unit: 'tons', measure: 'shipments within three months', qualifier: 'more-than', sentence: 'It shipped 1,000+ tons.' }],
    events: [{ kind: 'target', label: 'Carbon peak', date: { value: '2030', precision: 'year', confidence: 'confirmed' }, sentence: 'Emissions peak by 2030.' }],
    body: [
      { kind: 'heading', text: 'Highlights' },
      { kind: 'list-item', text: 'Every EV maker wants it.' },
      { kind: 'paragraph', text: 'Baogang ships EV steel to EV makers with Baogang Electric.' },
      { kind: 'paragraph', text: 'It shipped 1,000+ tons. <script>alert(1)</script>' },
    ],
  }),
  hydrogen: makeArticle({
    id: 'a-hydrogen',
    title: 'Baogang meets ECUST on hydrogen metallurgy',
    titleOrigin: 'derived',
    url: 'https://example.com/news/hydrogen',
    publishedAt: {
      value: '2025-05',
      precision: 'month',
      confidence: 'estimated',
      origin: 'manifest',
      note: 'The text reports meetings on May 13 and 14 without a year.',
    },
    themes: [{ id: 'hydrogen-metallurgy', score: 0.8, evidence: [{ term: 'hydrogen metallurgy', count: 2, sentence: 'They discussed hydrogen metallurgy.' }] }],
    organizations: [
      { id: 'baogang-group', mentions: 2, matched: ['Baogang'], fromPublisherTag: false },
      { id: 'ecust', mentions: 1, matched: ['ECUST'], fromPublisherTag: false },
    ],
    people: [{ name: 'Meng Fanying', role: 'Chairwoman', organizationId: 'baogang-group', sentence: 'Chairwoman Meng Fanying met ECUST.' }],
    body: [{ kind: 'paragraph', text: 'Chairwoman Meng Fanying met ECUST. They discussed hydrogen metallurgy.' }],
  }),
  evOld: makeArticle({
    id: 'a-ev-old',
    title: 'Baogang Electric motors for EV plants',
    publishedAt: { value: '2025-04', precision: 'month', confidence: 'confirmed', origin: 'feed' },
    themes: [{ id: 'ev-steel', score: 0.6, evidence: [{ term: 'EV', count: 1, sentence: 'Motors for EV plants.' }] }],
    organizations: [{ id: 'baogang-electric', mentions: 1, matched: ['Baogang Electric'], fromPublisherTag: false }],
    people: [{ name: 'Li Wei', role: 'engineer', organizationId: 'baogang-electric', sentence: 'Engineer Li Wei said so.' }],
  }),
  year: makeArticle({
    id: 'a-year',
    title: 'A year of EV and hydrogen metallurgy at Baogang',
    publishedAt: { value: '2024', precision: 'year', confidence: 'estimated', origin: 'manifest', note: 'Only the year is known.' },
    themes: [
      { id: 'ev-steel', score: 0.6, evidence: [{ term: 'EV', count: 1, sentence: 'EV.' }] },
      { id: 'hydrogen-metallurgy', score: 0.65, evidence: [{ term: 'hydrogen metallurgy', count: 1, sentence: 'Hydrogen metallurgy.' }] },
    ],
    organizations: [
      { id: 'baogang-group', mentions: 1, matched: ['Baogang'], fromPublisherTag: false },
      { id: 'ecust', mentions: 1, matched: ['ECUST'], fromPublisherTag: false },
    ],
  }),
  undated: makeArticle({
    id: 'a-undated',
    title: 'ECUST opens a lab',
    publishedAt: null,
    organizations: [{ id: 'ecust', mentions: 1, matched: ['ECUST'], fromPublisherTag: false }],
  }),
} satisfies Record<string, Article>;

export const steelDataset = () => makeDataset(Object.values(articles));

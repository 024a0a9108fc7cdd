import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeArticleIndex, encodeArticleIndex } from '../../../src/engine/columnar/article-index';
import { ExploreService } from '../../../src/engine/columnar/explore-service';
import { EMPTY_FILTERS } from '../../../src/engine/filters';
import { IndexedTimelineSection } from '../../../src/features/timeline/IndexedTimelineSection';
import { parseExploreUrl } from '../../../src/url-state/explore-url';
import { makeDataset } from '../../fixtures/make-dataset';
import { renderWithRouter } from '../../test-utils';
import { timelineArticles } from './timeline-fixtures';

const { articles, ...envelope } = makeDataset(timelineArticles);
const service = new ExploreService(decodeArticleIndex(encodeArticleIndex(envelope, articles.length, (i) => articles[i]!).slice().buffer));
const { timeline } = service.select({ filters: EMPTY_FILTERS, sort: 'date', offset: 0, limit: 1 });
const events = service.events({ filters: EMPTY_FILTERS, limit: 1_000 });

// The chart draws to its container's size; jsdom has no layout.
beforeAll(() => vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 640, height: 320 })));
afterAll(() => vi.restoreAllMocks());

describe('IndexedTimelineSection', () => {
  it('draws the worker’s counts, and offers event markers off by default', () => {
    const state = parseExploreUrl('?gran=quarter').state;
    renderWithRouter(<IndexedTimelineSection cube={timeline} events={null} themes={envelope.taxonomy.themes} state={state} search="" update={() => null} />);
    expect(screen.getByRole('application')).toHaveTextContent('Articles per quarter, by theme');
    // Q1 2025: hydrogen confirmed and estimated, EV steel confirmed (March) and estimated.
    expect(document.querySelectorAll('.timeline-bar')).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Events' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('marks and lists the events the worker gathered, saying how many there are in all', () => {
    const state = parseExploreUrl('?events=true').state;
    const waiting = renderWithRouter(<IndexedTimelineSection cube={timeline} events={null} themes={envelope.taxonomy.themes} state={state} search="?events=true" update={() => null} />);
    expect(screen.getByText('Gathering the events of the matching articles…')).toBeInTheDocument();
    waiting.unmount();
    renderWithRouter(<IndexedTimelineSection cube={timeline} events={events} themes={envelope.taxonomy.themes} state={state} search="?events=true" update={() => null} />);
    const list = screen.getByRole('heading', { name: 'Events and targets' }).parentElement!;
    expect(within(list).getByRole('link', { name: 'EV steel line' })).toHaveAttribute('href', '/articles/a-mar?events=true');
    expect(list).toHaveTextContent('of 2 distinct events in the matching articles');
    expect(document.querySelectorAll('.timeline-marker')).toHaveLength(1);
  });

  it('says how many events of crowded periods are not marked', () => {
    const crowded = {
      distinct: 5,
      events: ['A', 'B', 'C', 'D', 'E'].map((label, i) => ({
        kind: 'event' as const,
        label: `Event ${label}`,
        date: { value: '2025-03-10', precision: 'day' as const, confidence: 'confirmed' as const },
        articleId: 'a-mar',
        articleTitle: 'EV steel line',
        sources: 5 - i,
      })),
    };
    renderWithRouter(<IndexedTimelineSection cube={timeline} events={crowded} themes={envelope.taxonomy.themes} state={parseExploreUrl('?events=true').state} search="" update={() => null} />);
    const list = screen.getByRole('heading', { name: 'Events and targets' }).parentElement!;
    expect(list).toHaveTextContent('The 3 most reported of each period are marked (2 more in crowded periods are not), of 5 distinct events in the matching articles.');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Event A'),
      expect.stringContaining('Event B'),
      expect.stringContaining('Event C'),
    ]);
  });
});

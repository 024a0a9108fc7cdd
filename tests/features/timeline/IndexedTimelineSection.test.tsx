import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventsSource } from '../../../src/dataset/worker-queries';
import type { Article } from '../../../src/domain/schema';
import { decodeArticleIndex, encodeArticleIndex } from '../../../src/engine/columnar/article-index';
import type { EventsRequest } from '../../../src/engine/columnar/explore-service';
import { ExploreService } from '../../../src/engine/columnar/explore-service';
import { EMPTY_FILTERS } from '../../../src/engine/filters';
import { IndexedTimelineSection } from '../../../src/features/timeline/IndexedTimelineSection';
import { parseExploreUrl } from '../../../src/url-state/explore-url';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';
import { renderWithRouter } from '../../test-utils';
import { event, published, theme, timelineArticles } from './timeline-fixtures';

/** The section over a dataset's index, its worker answering in this thread; returns what it was asked. */
function setup(articles: Article[], search: string) {
  const { articles: list, ...envelope } = makeDataset(articles);
  const service = new ExploreService(decodeArticleIndex(encodeArticleIndex(envelope, list.length, (i) => list[i]!).slice().buffer));
  const { timeline } = service.select({ filters: EMPTY_FILTERS, sort: 'date', offset: 0, limit: 1 });
  const asked: EventsRequest[] = [];
  const loaded: EventsSource = {
    url: '/test/index.bin',
    worker: {
      events: async (request) => {
        asked.push(request);
        return service.events(request);
      },
    },
  };
  renderWithRouter(
    <QueryClientProvider client={new QueryClient()}>
      <IndexedTimelineSection cube={timeline} loaded={loaded} themes={envelope.taxonomy.themes} state={parseExploreUrl(search).state} search={search} update={() => null} />
    </QueryClientProvider>,
  );
  return { asked };
}

// The chart draws to its container's size; jsdom has no layout.
beforeAll(() => vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 640, height: 320 })));
afterAll(() => vi.restoreAllMocks());

describe('IndexedTimelineSection', () => {
  it('draws the worker’s counts, and asks for no events while they are off', () => {
    const { asked } = setup(timelineArticles, '?gran=quarter');
    expect(screen.getByRole('application')).toHaveTextContent('Articles per quarter, by theme');
    // Q1 2025: hydrogen confirmed and estimated, EV steel confirmed (March) and estimated.
    expect(document.querySelectorAll('.timeline-bar')).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Events' })).toHaveAttribute('aria-pressed', 'false');
    expect(asked).toEqual([]);
  });

  it('marks and lists the events the worker placed, asking without the dates the timeline ignores', async () => {
    const { asked } = setup(timelineArticles, '?events=true&from=2025-03&to=2025-03');
    expect(screen.getByText('Gathering the events of the matching articles…')).toBeInTheDocument();
    const list = (await screen.findByRole('heading', { name: 'Events and targets' })).parentElement!;
    expect(within(list).getByRole('link', { name: 'EV steel line' })).toHaveAttribute('href', '/articles/a-mar?events=true&from=2025-03&to=2025-03');
    expect(list).toHaveTextContent('of 2 distinct events in the matching articles');
    expect(document.querySelectorAll('.timeline-marker')).toHaveLength(1);
    expect(asked.map(({ filters }) => [filters.from, filters.to])).toEqual([[null, null]]);
  });

  it('says how many events of crowded periods are not marked', async () => {
    const crowded = makeArticle({
      id: 'a-crowded',
      title: 'Busy March',
      themes: [theme('ev-steel')],
      publishedAt: published('2025-03-05'),
      events: ['A', 'B', 'C', 'D', 'E'].map((label) => event(`Event ${label}`, '2025-03-10')),
    });
    setup([crowded], '?events=true');
    const list = (await screen.findByRole('heading', { name: 'Events and targets' })).parentElement!;
    expect(list).toHaveTextContent('The 3 most reported of each period are marked (2 more in crowded periods are not), of 5 distinct events in the matching articles.');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });
});

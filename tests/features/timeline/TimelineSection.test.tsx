import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventsSource } from '../../../src/dataset/worker-queries';
import type { TimelineCube } from '../../../src/engine/contract';
import type { Article } from '../../../src/domain/schema';
import { decodeArticleIndex } from '../../../src/engine/columnar/decode-article-index';
import { encodeArticleIndex } from '../../../src/engine/columnar/encode-article-index';
import type { EventsRequest } from '../../../src/engine/columnar/explore-service';
import { ExploreService } from '../../../src/engine/columnar/explore-service';
import { EMPTY_FILTERS } from '../../../src/engine/filters';
import { TimelineSection } from '../../../src/features/timeline/TimelineSection';
import type { ExploreState } from '../../../src/url-state/explore-url';
import { parseExploreUrl } from '../../../src/url-state/explore-url';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';
import { renderWithRouter } from '../../test-utils';
import { event, published, theme, timelineArticles } from './timeline-fixtures';

/** The engine's per-month counts of every article. */
function cubeOf(articles: Article[]) {
  const { articles: list, ...envelope } = makeDataset(articles);
  const service = new ExploreService(decodeArticleIndex(encodeArticleIndex(envelope, list.length, (i) => list[i]!).slice().buffer));
  return { service, envelope, timeline: service.select({ filters: EMPTY_FILTERS, sort: 'date', offset: 0, limit: 1 }).timeline };
}

/** The section over a dataset's index, its worker answering in this thread; returns what it was asked, and how to show another answer. */
function setup(articles: Article[], search: string) {
  const { service, envelope, timeline } = cubeOf(articles);
  let show: (cube: TimelineCube) => void = () => {};
  function Answered() {
    const [cube, setCube] = useState(timeline);
    show = setCube;
    return <TimelineSection cube={cube} loaded={loaded} envelope={envelope} state={parseExploreUrl(search).state} search={search} update={update} />;
  }
  const asked: EventsRequest[] = [];
  const update = vi.fn();
  const loaded: EventsSource = {
    url: '/test/index.bin',
    client: {
      events: async (request) => {
        asked.push(request);
        return service.events(request);
      },
    },
  };
  renderWithRouter(
    <QueryClientProvider client={new QueryClient()}>
      <Answered />
    </QueryClientProvider>,
  );
  return { asked, update, show: (cube: TimelineCube) => act(() => show(cube)) };
}

// The chart draws to its container's size; jsdom has no layout.
beforeAll(() => vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 640, height: 320 })));
afterAll(() => vi.restoreAllMocks());

describe('TimelineSection', () => {
  it('draws the worker’s counts, and asks for no events while they are off', async () => {
    const { asked } = setup(timelineArticles, '?gran=quarter');
    const chart = await screen.findByRole('application', { name: 'Articles per quarter, by theme' });
    // Q1 2025: hydrogen confirmed and estimated, EV steel confirmed (March) and estimated, on recharts' stack.
    await waitFor(() => expect(chart.querySelectorAll('rect.timeline-bar')).toHaveLength(4));
    expect(chart.querySelectorAll('rect.timeline-bar--estimated')).toHaveLength(2);
    expect(chart.querySelector('rect.timeline-bar--estimated')?.getAttribute('fill')).toMatch(/^url\(#hatch-/);
    // Stacked segments count tags: Q1's three articles carry four. The axis says so, and the mark
    // across the bar stands at the three articles, not at the stack's top.
    expect(chart).toHaveTextContent('Theme tags (an article may carry several)');
    const segments = [...chart.querySelectorAll('rect.timeline-bar')].map((path) => ({ y: Number(path.getAttribute('y')), height: Number(path.getAttribute('height')) }));
    const unit = segments[0]!.height;
    const base = segments[0]!.y + unit;
    expect((base - Math.min(...segments.map((segment) => segment.y))) / unit).toBeCloseTo(4);
    const marks = [...chart.querySelectorAll('.timeline-count line')];
    expect(marks).toHaveLength(1);
    expect((base - Number(marks[0]!.getAttribute('y1'))) / unit).toBeCloseTo(3);
    expect(screen.getByRole('button', { name: 'Events' })).toHaveAttribute('aria-pressed', 'false');
    expect(asked).toEqual([]);
  });

  it('moves the bars it drew to a new answer rather than drawing them again', async () => {
    const { show } = setup(timelineArticles, '?gran=quarter');
    const chart = await screen.findByRole('application', { name: 'Articles per quarter, by theme' });
    await waitFor(() => expect(chart.querySelectorAll('rect.timeline-bar')).toHaveLength(4));
    const first = chart.querySelector('rect.timeline-bar')!;
    const height = Number(first.getAttribute('height'));
    const more = ['a-jan-2', 'a-jan-3'].map((id) => makeArticle({ id, title: 'Hydrogen plant', themes: [theme('hydrogen-metallurgy')], publishedAt: published('2025-01-20') }));
    show(cubeOf([...timelineArticles, ...more]).timeline);
    // Six tags in Q1 now, three of them confirmed hydrogen: the same rectangle, taller.
    await waitFor(() => expect(chart.querySelector('.timeline-count line')).not.toBeNull());
    await waitFor(() => expect(Number(first.getAttribute('height'))).not.toBe(height));
    expect(chart.querySelector('rect.timeline-bar')).toBe(first);
    expect(first.isConnected).toBe(true);
  });

  it('says how to narrow by a period, and downloads as PNG and SVG with the dataset and filters, as a small dataset’s does', () => {
    setup(timelineArticles, '?gran=quarter&themes=ev-steel');
    expect(screen.getByText('Articles per quarter, by theme. Select a quarter to narrow the results to it.')).toBeInTheDocument();
    const download = screen.getByRole('group', { name: 'Download the chart' });
    expect(within(download).getByRole('button', { name: 'Download Articles per quarter, by theme as PNG' })).toBeInTheDocument();
    expect(within(download).getByRole('button', { name: 'Download Articles per quarter, by theme as SVG' })).toBeInTheDocument();
  });

  it('steps through periods by keyboard, announcing each, and narrows to one with Enter', async () => {
    const { update } = setup(timelineArticles, '?gran=quarter');
    const user = userEvent.setup();
    const chart = await screen.findByRole('application', { name: 'Articles per quarter, by theme' });
    chart.focus();
    await user.keyboard('{Home}');
    expect(await screen.findByText('Q1 2025: 3 articles. Too few for reliable shares. Hydrogen 2 (1 with estimated date), EV steel 2 (1 with estimated date).')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    const change = update.mock.calls.at(-1)![0] as (state: ExploreState) => ExploreState;
    const picked = change(parseExploreUrl('').state).filters;
    expect([picked.from, picked.to]).toEqual(['2025-01', '2025-03']);
  });

  it('picks a period as a fixed range, leaving any rolling window', async () => {
    const { update } = setup(timelineArticles, '?gran=quarter&last=12m');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    await user.click(screen.getAllByRole('button', { name: /^Show Q/ })[0]!);
    const change = update.mock.calls.at(-1)![0] as (state: ExploreState) => ExploreState;
    const picked = change(parseExploreUrl('?last=12m').state).filters;
    expect([picked.from, picked.to, picked.rolling]).toEqual(['2025-01', '2025-03', null]);
  });

  it('marks and lists the events the worker placed, asking without the dates the timeline ignores', async () => {
    const { asked } = setup(timelineArticles, '?events=true&from=2025-03&to=2025-03');
    expect(screen.getByText('Gathering the events of the matching articles…')).toBeInTheDocument();
    const list = (await screen.findByRole('heading', { name: 'Events and targets' })).parentElement!;
    expect(within(list).getByRole('link', { name: 'EV steel line' })).toHaveAttribute('href', '/articles/a-mar?events=true&from=2025-03&to=2025-03');
    expect(list).toHaveTextContent('of 2 distinct events in the matching articles');
    await waitFor(() => expect(document.querySelectorAll('.timeline-marker')).toHaveLength(1));
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

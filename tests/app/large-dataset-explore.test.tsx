import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { steelDataset } from '../features/steel-fixture';
import { renderApp } from '../test-utils';
import { FakeExploreWorkerClient, serveLargeDataset } from './fake-worker-client';

// Explore opened on a large dataset (`?dataset=…/index.bin`), its worker client faked at the class.
vi.mock('../../src/dataset/dataset-source', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  DATASET_URL: '/data/test/index.bin',
}));
vi.mock('../../src/dataset/explore-worker-client', async () => ({
  ExploreWorkerClient: (await import('./fake-worker-client')).FakeExploreWorkerClient,
}));

// The chart draws to its container's size; jsdom has no layout.
beforeAll(() => vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 640, height: 320 })));
afterAll(() => vi.restoreAllMocks());

describe('explore on a large dataset', () => {
  it('explains an empty result and offers the removals that bring articles back, counted in the worker', async () => {
    const user = userEvent.setup();
    serveLargeDataset(steelDataset());
    const { router } = renderApp('/?themes=hydrogen-metallurgy&orgs=baogang-electric&rollup=false');
    expect(await screen.findByText('No article matches these filters together.')).toBeInTheDocument();
    const removals = await screen.findAllByRole('button', { name: /^Remove “/ });
    expect(removals.map((button) => button.closest('li')!.textContent)).toEqual([
      expect.stringMatching(/^Remove “Theme: .*” → 2 articles$/),
      expect.stringMatching(/^Remove “Organization: .*” → 2 articles$/),
    ]);
    await user.click(removals[0]!);
    expect(await screen.findByRole('heading', { name: '2 articles' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?orgs=baogang-electric&rollup=false');
  });

  it('asks the worker once per change of filters, and redraws a change of view without asking', async () => {
    const user = userEvent.setup();
    const select = vi.spyOn(FakeExploreWorkerClient.prototype, 'select');
    serveLargeDataset(steelDataset());
    const { router } = renderApp('/');
    await screen.findByRole('heading', { name: /^\d+ articles?$/ });
    // The index holds no article text: the search box says what it searches.
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveAttribute('placeholder', 'Titles and highlights…');
    const asked = select.mock.calls.length;

    await user.click(screen.getByRole('button', { name: /^EV steel|^Steels for electric vehicles/ }));
    await screen.findByRole('button', { name: /^Remove Theme/ });
    expect(router.state.location.search).toContain('themes=ev-steel');
    expect(select.mock.calls.length).toBe(asked + 1);
    expect(select.mock.lastCall![0].filters.themes).toEqual(['ev-steel']);

    await user.click(screen.getByRole('button', { name: 'Lines' }));
    expect(await screen.findByRole('button', { name: 'Lines', pressed: true })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelectorAll('.timeline-line').length).toBeGreaterThan(0));
    await user.click(screen.getByRole('button', { name: 'Events' }));
    expect(await screen.findByRole('heading', { name: 'Events and targets' })).toBeInTheDocument();
    expect(select.mock.calls.length).toBe(asked + 1);
  });

  it('says when a shared link was made on other data, and offers what is new since', async () => {
    const user = userEvent.setup();
    const dataset = steelDataset();
    serveLargeDataset(dataset);
    const { router } = renderApp('/?themes=ev-steel&ds=2020-01-01.deadbeef');
    const notice = await screen.findByText(/This link was made on the dataset of 2020-01-01/);
    expect(notice).toHaveTextContent(`now ${dataset.generatedAt.slice(0, 10)}, ${dataset.articles.length} articles`);
    await user.click(screen.getByRole('button', { name: 'Show what’s new since this link was made' }));
    expect(router.state.location.search).toContain('from=2020-01');
    expect(router.state.location.search).not.toContain('ds=');
  });
});

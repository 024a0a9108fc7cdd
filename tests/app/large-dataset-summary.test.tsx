import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { steelDataset } from '../features/steel-fixture';
import { renderApp } from '../test-utils';
import { serveLargeDataset } from './fake-worker-client';

// The app opened on a large dataset (`?dataset=…/index.bin`), its worker client faked at the class:
// the summary is counted by the real ExploreService over the real index format.
vi.mock('../../src/dataset/dataset-source', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  DATASET_URL: '/data/test/index.bin',
}));
vi.mock('../../src/dataset/explore-worker-client', async () => ({
  ExploreWorkerClient: (await import('./fake-worker-client')).FakeExploreWorkerClient,
}));

describe('summary of a large dataset', () => {
  it('shows the KPIs, charts, figures and news of the filtered view, counted in the worker', async () => {
    serveLargeDataset(steelDataset());
    renderApp('/summary?themes=ev-steel');
    const articlesTile = await screen.findByRole('region', { name: 'Articles' });
    expect(within(articlesTile).getByText('3')).toBeInTheDocument();
    expect(articlesTile).toHaveTextContent(/No percentage: nothing to compare with in the previous period\./);
    expect(screen.getByText(/EV steel — dataset of 2026-01-01 \(version test-version\), 5 articles in all\./)).toBeInTheDocument();
    // Baogang Electric and Baogang Group are both named in 2 articles, 2 mentions each: the id decides.
    expect(screen.getByRole('region', { name: 'Most-mentioned organization' })).toHaveTextContent('Baogang ElectricNamed in 2 of 3 articles (2 mentions).');
    expect(within(screen.getByRole('region', { name: 'Newest article' })).getByRole('link', { name: 'Baogang ships EV steel' })).toHaveAttribute(
      'href',
      '/articles/a-ev-new?themes=ev-steel',
    );

    const top = screen.getByRole('region', { name: 'Top organizations' });
    expect(within(top).getAllByRole('button').map((button) => button.textContent).slice(2)).toEqual([
      'Baogang Electric',
      'Baogang Group',
      'East China University of Science and Technology',
    ]);
    const grid = screen.getByRole('region', { name: 'Organizations × themes' });
    expect(within(grid).getByRole('row', { name: /^Baogang Electric/ })).toHaveTextContent('Baogang Electric02');

    const figures = screen.getByRole('region', { name: 'Key figures' });
    expect(within(figures).getByRole('columnheader', { name: 'Who states it' })).toBeInTheDocument();
    // "It shipped 1,000+ tons." names nobody: the most-mentioned organization is not credited by default.
    expect(within(figures).getByRole('row', { name: /1,000\+ tons/ })).toHaveTextContent('Not stated');

    const news = within(screen.getByRole('region', { name: "What's new" })).getAllByRole('link');
    expect(news.map((link) => link.textContent)).toEqual(['Baogang ships EV steel', 'Baogang Electric motors for EV plants', 'A year of EV and hydrogen metallurgy at Baogang']);
    // Charts keep their downloads.
    expect(within(screen.getByRole('region', { name: 'Theme share' })).getByRole('button', { name: 'Download Theme share as PNG' })).toBeInTheDocument();
  });

  it('filters by an organization from the top-organizations list and recounts', async () => {
    const user = userEvent.setup();
    serveLargeDataset(steelDataset());
    const { router } = renderApp('/summary?themes=ev-steel');
    const top = await screen.findByRole('region', { name: 'Top organizations' });
    await user.click(within(top).getByRole('button', { name: 'East China University of Science and Technology' }));
    expect(router.state.location.search).toBe('?themes=ev-steel&orgs=ecust');
    const articlesTile = await screen.findByRole('region', { name: 'Articles' });
    await within(articlesTile).findByText('1');
    expect(screen.getByRole('region', { name: 'Newest article' })).toHaveTextContent('A year of EV and hydrogen metallurgy at Baogang');
  });

  it('says it is summarizing while the worker counts, and what failed when it fails', async () => {
    const worker = serveLargeDataset(steelDataset());
    const release = worker.hold('summary');
    const { unmount } = renderApp('/summary');
    expect(await screen.findByText('Summarizing 5 articles…')).toBeInTheDocument();
    release();
    expect(await screen.findByRole('region', { name: 'Articles' })).toHaveTextContent('5');
    unmount();

    serveLargeDataset(steelDataset()).fail('summary');
    renderApp('/summary?themes=ev-steel');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The summary could not be made.');
    expect(alert).toHaveTextContent('The worker failed on summary.');
    expect(within(alert).getByRole('link', { name: 'Explore these filters' })).toHaveAttribute('href', '/?themes=ev-steel');
  });
});

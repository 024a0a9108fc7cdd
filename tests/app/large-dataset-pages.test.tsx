import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/domain/schema';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';
import { steelDataset } from '../features/steel-fixture';
import { renderApp } from '../test-utils';
import { serveLargeDataset } from './fake-worker-client';

// The app opened on a large dataset (`?dataset=…/index.bin`), its worker client faked at the class.
vi.mock('../../src/dataset/dataset-source', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  DATASET_URL: '/data/test/index.bin',
}));
vi.mock('../../src/dataset/explore-worker-client', async () => ({
  ExploreWorkerClient: (await import('./fake-worker-client')).FakeExploreWorkerClient,
}));

describe('organization page of a large dataset', () => {
  it('shows who it is, its group, co-mentions, people and its articles, counted in the worker', async () => {
    serveLargeDataset(steelDataset());
    renderApp('/organizations/baogang-group?themes=ev-steel');
    expect(await screen.findByRole('heading', { level: 1, name: 'Baogang Group' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Subsidiaries:' })).getByRole('link', { name: 'Baogang Electric' })).toHaveAttribute(
      'href',
      '/organizations/baogang-electric?themes=ev-steel',
    );
    expect(screen.getByText(/Roll-up is on: counts include articles naming Baogang Electric\./)).toBeInTheDocument();

    const alongside = screen.getByRole('region', { name: 'Named alongside' });
    expect(within(alongside).getByRole('listitem')).toHaveTextContent('East China University of Science and Technology 2 articles in common');
    expect(within(alongside).getByRole('link')).toHaveAttribute('href', '/organizations/ecust?themes=ev-steel');
    expect(screen.getByRole('region', { name: 'People' })).toHaveTextContent(/Li Wei, engineer \(Baogang Electric\).*Meng Fanying, Chairwoman/);
    expect(screen.getByRole('region', { name: 'Theme mix' })).toHaveTextContent(/EV steel3 articles.*Hydrogen2 articles/);

    const over = screen.getByRole('region', { name: 'Articles over time' });
    expect(within(within(over).getByRole('table')).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'PeriodConfirmed dateEstimated date',
      'Apr 202510',
      'May 202511',
    ]);
    expect(over).toHaveTextContent('Not on the chart: 1 more dated only to the year.');

    const articles = within(screen.getByRole('region', { name: 'Articles (4)' })).getAllByRole('listitem');
    expect(articles.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Baogang ships EV steel',
      'Baogang meets ECUST on hydrogen metallurgy',
      'Baogang Electric motors for EV plants',
      'A year of EV and hydrogen metallurgy at Baogang',
    ]);
    expect(articles[2]).toHaveTextContent('via Baogang Electric');
    expect(within(articles[0]!).getByRole('link')).toHaveAttribute('href', '/articles/a-ev-new?themes=ev-steel');
  });

  it('follows the roll-up filter of the URL', async () => {
    const user = userEvent.setup();
    serveLargeDataset(steelDataset());
    const { router } = renderApp('/organizations/baogang-group?themes=ev-steel');
    await user.click(await screen.findByRole('link', { name: 'Count it alone' }));
    expect(router.state.location.search).toBe('?themes=ev-steel&rollup=false');
    expect(await screen.findByText(/Roll-up is off: only articles naming Baogang Group itself are counted\./)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Articles (3)' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Named alongside' })).getByRole('link', { name: 'Baogang Electric' })).toBeInTheDocument();
  });

  it('lists the newest of many articles and the organizations named most with the totals, and sends the rest to Explore', async () => {
    const partners = Array.from({ length: 30 }, (_, k) => ({ id: `partner-${k}`, name: `Partner ${k}`, aliases: [], type: 'company' as const }));
    const many: Article[] = Array.from({ length: 63 }, (_, i) =>
      makeArticle({
        id: `a-${String(i).padStart(2, '0')}`,
        title: `Report ${i}`,
        publishedAt: { value: `20${20 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, precision: 'month', confidence: 'confirmed', origin: 'feed' },
        organizations: ['ecust', `partner-${i % 30}`].map((id) => ({ id, mentions: 1, matched: [id], fromPublisherTag: false })),
      }),
    );
    serveLargeDataset(makeDataset(many, { organizations: [...makeDataset().organizations, ...partners] }));
    renderApp('/organizations/ecust');
    const section = await screen.findByRole('region', { name: 'Articles (63)' });
    expect(within(section).getAllByRole('listitem')).toHaveLength(50);
    expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent('Report 62');
    expect(within(section).getByRole('link', { name: /See all 63 in Explore/ })).toHaveAttribute('href', '/?orgs=ecust');
    const alongside = screen.getByRole('region', { name: 'Named alongside' });
    expect(alongside).toHaveTextContent('The 25 with the most articles in common, of 30 organizations.');
    expect(within(alongside).getAllByRole('listitem')).toHaveLength(25);
    expect(within(alongside).getAllByRole('listitem')[0]).toHaveTextContent('Partner 0 3 articles in common');
  });


  it('says it is counting, then shows the page', async () => {
    const worker = serveLargeDataset(steelDataset());
    const release = worker.hold('organization');
    renderApp('/organizations/ecust');
    expect(await screen.findByText('Counting its articles among 5…')).toBeInTheDocument();
    release();
    expect(await screen.findByRole('heading', { level: 1, name: 'East China University of Science and Technology' })).toBeInTheDocument();
  });

  it('says so when the worker fails, with a way back', async () => {
    serveLargeDataset(steelDataset()).fail('organization');
    renderApp('/organizations/ecust?themes=ev-steel');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("This organization's page could not be made.");
    expect(alert).toHaveTextContent('The worker failed on organization.');
    expect(within(alert).getByRole('link', { name: /Back to results/ })).toHaveAttribute('href', '/?themes=ev-steel');
  });

  it('says so when the id is unknown, with a way back', async () => {
    serveLargeDataset(steelDataset());
    renderApp('/organizations/nobody?themes=ev-steel');
    expect(await screen.findByText('There is no organization with this id.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to results/ })).toHaveAttribute('href', '/?themes=ev-steel');
  });
});

describe('article page of a large dataset', () => {
  it('steps through the filtered results in their order and back to them', async () => {
    const user = userEvent.setup();
    serveLargeDataset(steelDataset());
    renderApp('/articles/a-ev-old?themes=ev-steel');
    expect(await screen.findByText('Article 2 of 3 in the current results')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Results' });
    expect(within(nav).getByRole('link', { name: /Back to results/ })).toHaveAttribute('href', '/?themes=ev-steel');
    expect(within(nav).getByRole('link', { name: /^Previous/ })).toHaveAttribute('href', '/articles/a-ev-new?themes=ev-steel');
    await user.click(within(nav).getByRole('link', { name: /^Next/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'A year of EV and hydrogen metallurgy at Baogang' })).toBeInTheDocument();
    expect(await screen.findByText('Article 3 of 3 in the current results')).toBeInTheDocument();
    expect(screen.getByText('No next article')).toBeInTheDocument();
  });

  it('says when the article is outside the current results and steps through all articles instead', async () => {
    serveLargeDataset(steelDataset());
    renderApp('/articles/a-hydrogen?themes=ev-steel');
    expect(await screen.findByText(/This article is not among the 3 results of the current filters/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Results' });
    expect(within(nav).getByRole('link', { name: /^Previous/ })).toHaveAttribute('href', '/articles/a-ev-new?themes=ev-steel');
    expect(within(nav).getByRole('link', { name: /^Next/ })).toHaveAttribute('href', '/articles/a-ev-old?themes=ev-steel');
  });

  it('steps through search results by relevance once the search index is ready', async () => {
    serveLargeDataset(steelDataset());
    renderApp('/articles/a-ev-new?q=baogang');
    expect(await screen.findByText(/^Article \d of 4 in the current results$/)).toBeInTheDocument();
  });

  it('shows the article while its place is being worked out, then the steps', async () => {
    const worker = serveLargeDataset(steelDataset());
    const release = worker.hold('steps');
    renderApp('/articles/a-ev-old?themes=ev-steel');
    expect(await screen.findByRole('heading', { level: 1, name: 'Baogang Electric motors for EV plants' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Results' })).toHaveTextContent('Finding its place in the current results…');
    release();
    expect(await screen.findByText('Article 2 of 3 in the current results')).toBeInTheDocument();
  });

  it('offers only the way back when its place cannot be worked out', async () => {
    serveLargeDataset(steelDataset()).fail('steps');
    renderApp('/articles/a-ev-old?themes=ev-steel');
    expect(await screen.findByText('Its place in the current results could not be worked out.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Next/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to results/ })).toHaveAttribute('href', '/?themes=ev-steel');
  });
});

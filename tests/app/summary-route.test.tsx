import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/schema';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';
import { renderApp } from '../test-utils';

const theme = (id: string) => ({ id, score: 0.65, evidence: [] });
const org = (id: string, mentions = 1) => ({ id, mentions, matched: [id], fromPublisherTag: false });
const day = (value: string) => ({ value, precision: 'day' as const, confidence: 'confirmed' as const, origin: 'feed' as const });

const articles: Article[] = [
  makeArticle({ id: 'a-1', title: 'Hydrogen pilot', themes: [theme('hydrogen-metallurgy')], organizations: [org('baogang-group', 3), org('ecust')], publishedAt: day('2025-05-14'),
    figures: [
      { text: '35 million yuan', value: 35e6, unit: 'CNY', measure: 'innovation fund', sentence: 'ECUST pledged 35 million yuan.', claimant: { id: 'ecust', from: 'sentence' } },
      { text: '12 plants', value: 12, unit: 'plants', measure: 'plants converted', sentence: 'Twelve plants, it said, were converted.' },
    ] }),
  makeArticle({ id: 'a-2', title: 'EV steel shipped', themes: [theme('ev-steel')], organizations: [org('baogang-electric')], publishedAt: day('2025-04-30') }),
];
// A hex version, as the ingest writes, so the link's dataset stamp is valid.
const dataset = makeDataset(articles, { datasetVersion: 'feedc0de12345678' });

describe('Summary page', () => {
  it('shows the KPIs with what they count, comparing the later half of the data with the earlier one', async () => {
    renderApp('/summary', dataset);
    const articlesTile = await screen.findByRole('region', { name: 'Articles' });
    expect(within(articlesTile).getByText('2')).toBeInTheDocument();
    expect(articlesTile).toHaveTextContent('Too few articles for a percentage (under 5 in a period): 1 in May 2025 vs 1 in Apr 2025.');
    expect(screen.getByRole('region', { name: 'Most-mentioned organization' })).toHaveTextContent('Baogang GroupNamed in 1 of 2 articles (3 mentions).');
    expect(screen.getByRole('region', { name: 'Newest article' })).toHaveTextContent('Hydrogen pilot');
    expect(screen.getByRole('region', { name: 'Fastest-growing theme' })).toHaveTextContent(/No theme has grown/);
  });

  it('honours the URL filters and filters by an organization from the top-organizations list', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/summary?themes=hydrogen-metallurgy', dataset);
    const articlesTile = await screen.findByRole('region', { name: 'Articles' });
    expect(within(articlesTile).getByText('1')).toBeInTheDocument();
    const top = screen.getByRole('region', { name: 'Top organizations' });
    await user.click(within(top).getByRole('button', { name: 'East China University of Science and Technology' }));
    expect(router.state.location.search).toBe('?themes=hydrogen-metallurgy&orgs=ecust');
  });

  it('lists key figures with who states them, or says it is not stated', async () => {
    renderApp('/summary', dataset);
    const figures = await screen.findByRole('region', { name: 'Key figures' });
    expect(within(figures).getByRole('row', { name: /35 million yuan/ })).toHaveTextContent('East China University of Science and Technology');
    expect(within(figures).getByRole('row', { name: /12 plants/ })).toHaveTextContent('Not stated');
  });
});

describe('Sharing', () => {
  it('builds a frozen link with the dataset recorded, switches to rolling, and saves a named view', async () => {
    const user = userEvent.setup();
    renderApp('/summary?themes=ev-steel', dataset);
    await user.click(await screen.findByRole('button', { name: 'Share this view' }));
    const dialog = screen.getByRole('dialog', { name: 'Share this view' });
    const link = within(dialog).getByRole('textbox', { name: /^Link/ }) as HTMLInputElement;
    expect(link.value).toMatch(/\/summary\?themes=ev-steel&from=2025-04&to=2025-05&ds=2026-01-01\.feedc0de$/);
    await user.click(within(dialog).getByRole('radio', { name: /Rolling/ }));
    expect(link.value).toMatch(/\/summary\?themes=ev-steel&last=12m&ds=/);
    await user.type(within(dialog).getByRole('textbox', { name: 'Name this view' }), 'EV watch');
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    expect(within(dialog).getByRole('link', { name: 'EV watch' })).toHaveAttribute('href', expect.stringMatching(/^\/summary\?themes=ev-steel&last=12m/));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Share this view' })).toHaveFocus();
  });

  it('says when a link was made on older data and offers what is new since', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?ds=2025-05-01.abcdef12', dataset);
    expect(await screen.findByText(/This link was made on the dataset of 2025-05-01/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Show what’s new since this link was made/ }));
    expect(router.state.location.search).toBe('?from=2025-05&sort=date');
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });
});

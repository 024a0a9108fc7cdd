import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/schema';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';
import { renderApp } from '../test-utils';

const theme = (id: string) => ({ id, score: 0.65, evidence: [] });
const org = (id: string, mentions = 1) => ({ id, mentions, matched: [id], fromPublisherTag: false });
const month = (value: string) => ({ value, precision: 'month' as const, confidence: 'estimated' as const, origin: 'manifest' as const });

const articles: Article[] = [
  makeArticle({ id: 'a-h2', title: 'Hydrogen plant opens in Baotou', themes: [theme('hydrogen-metallurgy')], organizations: [org('baogang-group', 4)], publishedAt: month('2025-05'),
    highlights: { items: ['Green hydrogen replaces coke'], method: 'source' } }),
  makeArticle({ id: 'a-ev', title: 'Coated steel for EV batteries', themes: [theme('ev-steel')], organizations: [org('baogang-electric')], publishedAt: month('2025-04'),
    figures: [{ text: '1,000+ tons', value: 1000, unit: 't', measure: 'shipments within three months', qualifier: 'more-than', sentence: '' }] }),
  makeArticle({ id: 'a-uni', title: 'University pact on hydrogen metallurgy', themes: [theme('hydrogen-metallurgy'), theme('ev-steel')], organizations: [org('ecust')], publishedAt: month('2021-11') }),
];
const dataset = makeDataset(articles);
const cards = () => screen.queryAllByRole('article').map((card) => within(card).getByRole('heading', { level: 2 }).textContent);
const search = (router: ReturnType<typeof renderApp>['router']) => router.state.location.search;

describe('Explore page', () => {
  it('shows a card per article with date precision, theme chips, figures and a safe source link', async () => {
    renderApp('/', dataset);
    expect(await screen.findAllByRole('article')).toHaveLength(3);
    const card = screen.getByRole('article', { name: /Coated steel/ });
    expect(within(card).getByText('Apr 2025 (estimated)')).toBeInTheDocument();
    expect(within(card).getByText('EV steel')).toBeInTheDocument();
    expect(within(card).getByText('1,000+ tons')).toBeInTheDocument();
  });

  it('writes theme and organization filters to the URL, with facet counts under the other filters', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/', dataset);
    await user.click(await screen.findByRole('button', { name: /^Hydrogen metallurgy/ }));
    expect(search(router)).toBe('?themes=hydrogen-metallurgy');
    expect(cards()).toEqual(['Hydrogen plant opens in Baotou', 'University pact on hydrogen metallurgy']);
    // Organization counts follow the theme filter: Baogang Electric's only article is not about hydrogen.
    expect(screen.queryByRole('checkbox', { name: /Baogang Electric/ })).not.toBeInTheDocument();
    // Roll-up: the group counts its own article only here.
    await user.click(screen.getByRole('checkbox', { name: /^Baogang Group/ }));
    expect(search(router)).toBe('?themes=hydrogen-metallurgy&orgs=baogang-group');
    expect(cards()).toEqual(['Hydrogen plant opens in Baotou']);
    await user.click(screen.getByRole('button', { name: 'Remove Theme: Hydrogen metallurgy' }));
    expect(search(router)).toBe('?orgs=baogang-group');
    expect(cards()).toEqual(['Hydrogen plant opens in Baotou', 'Coated steel for EV batteries']);
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(search(router)).toBe('');
  });

  it('reproduces a view from its URL, and clicking an organization chip filters by it', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?themes=ev-steel', dataset);
    expect(await screen.findAllByRole('article')).toHaveLength(2);
    expect(screen.getByRole('button', { name: /^EV steel/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: /Filter by East China University/ }));
    expect(search(router)).toBe('?themes=ev-steel&orgs=ecust');
    expect(cards()).toEqual(['University pact on hydrogen metallurgy']);
  });

  it('searches with typos and marks the matches', async () => {
    renderApp('/?q=hydrogn', dataset);
    await screen.findAllByRole('article');
    expect(cards()).toHaveLength(2);
    expect(document.querySelectorAll('article mark').length).toBeGreaterThan(0);
  });

  it('updates the URL from the search box after a pause', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/', dataset);
    await user.type(await screen.findByRole('searchbox', { name: 'Search' }), 'coated');
    await waitFor(() => expect(search(router)).toBe('?q=coated'));
    await waitFor(() => expect(cards()).toEqual(['Coated steel for EV batteries']));
  });

  it('explains an empty result and offers the removals that bring articles back', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?themes=ev-steel&orgs=baogang-group&rollup=false', dataset);
    expect(await screen.findByText('No article matches these filters together.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: /Remove “Theme: EV steel”/ }));
    expect(search(router)).toBe('?orgs=baogang-group&rollup=false');
    expect(cards()).toEqual(['Hydrogen plant opens in Baotou']);
  });

  it('drops unknown parts of a link and says so', async () => {
    const { router } = renderApp('/?themes=ev-steel,nope&colour=red', dataset);
    const notice = (await screen.findByText(/Part of this link was ignored/)).closest('p');
    expect(notice).toHaveTextContent(/unknown theme “nope”/);
    expect(notice).toHaveTextContent(/unknown parameter “colour”/);
    expect(search(router)).toBe('?themes=ev-steel');
  });
});

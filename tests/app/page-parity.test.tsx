import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test-utils';
import { makeParityDataset } from './page-parity-dataset';
import { referenceFor } from './page-parity-expected';
import { readArticleNav, readEventList, readExploreResults, readOrganization, readSummary, readTimelineTable } from './page-parity-read';

/**
 * One seeded dataset through the whole app (routes, providers, the worker's code): every figure a page
 * shows must be what the plain reference implementations compute from the same dataset and link.
 */
const dataset = makeParityDataset(300, 2026);
const reference = referenceFor(dataset);

// A page here opens a 300-article dataset and is then read whole, every table opened: about 2 s idle,
// up to ten times that on a loaded 2-core machine (see vite.config.ts).
const PAGE_TIMEOUT = 60_000;

describe('Explore shows what the reference computes', () => {
  it.each([
    '/',
    '/?themes=rare-earth-supply-chain,repm-motors&gran=year&events=true',
    // A parent group: with roll-up, the articles naming its subsidiaries count too.
    '/?orgs=syn-anshan-iron-and-steel&events=true',
    '/?from=2021-04&to=2022-09&gran=month&events=true',
    // The word is only in the articles' body text, which the single-file dataset's search covers.
    '/?q=milestone&sort=date',
    // A link made on more results: its page is past the last, which is shown instead.
    '/?themes=ai-digital&page=9',
    '/?themes=hydrogen-metallurgy,low-carbon-policy&orgs=baogang-group,ecust&from=2020-01&to=2024-12&q=capacity&sort=date&gran=year&events=true',
  ])('%s', async (url) => {
    const user = userEvent.setup();
    const expected = reference.results(url);
    expect(expected.total, 'a view matching nothing would check little').toBeGreaterThan(0);
    renderApp(url, dataset);

    const results = await readExploreResults();
    expect(results.total, 'result count').toBe(expected.total);
    expect(results.titles, 'first page of cards, in order').toEqual(expected.titles);
    expect(results.themeCounts, 'theme filter counts').toEqual(expected.themeCounts);
    expect(await readTimelineTable(user), 'timeline table and its notes').toEqual(reference.timeline(url));
    if (url.includes('events=true')) {
      const events = await readEventList();
      expect(events, 'events listed under the timeline').toEqual(reference.events(url, events.perPeriod));
    }
  }, PAGE_TIMEOUT);

  // The reference ranks with MiniSearch's BM25, the engine with its own scores (compact-search.ts): the
  // same articles are found, in another order, so by relevance only what does not depend on it is compared.
  it('/?q=magnet+motor, ranked by relevance', async () => {
    const url = '/?q=magnet+motor';
    const expected = reference.results(url);
    renderApp(url, dataset);
    const results = await readExploreResults();
    expect(results.total, 'result count').toBe(expected.total);
    expect(results.titles, 'first page of cards').toHaveLength(expected.titles.length);
    expect(reference.allTitles(url), 'first page of cards, among the results').toEqual(expect.arrayContaining(results.titles));
    expect(results.themeCounts, 'theme filter counts').toEqual(expected.themeCounts);
  }, PAGE_TIMEOUT);
});

describe('the article page steps through the results the reference gives', () => {
  const view = '?themes=ev-steel&orgs=baogang-group';
  it.each([
    ['inside them', `/articles/${reference.resultAt(view, 2).id}${view}`],
    // Outside the results it steps through all articles, newest first.
    ['outside them', `/articles/${reference.articleOutside(view).id}${view}`],
  ])('an article %s', async (_, url) => {
    const expected = reference.articleNav(url);
    expect(expected.previous !== null && expected.next !== null, 'an article with both neighbours checks both').toBe(true);
    renderApp(url, dataset);
    expect(await readArticleNav(), 'place and neighbours').toEqual(expected);
  }, PAGE_TIMEOUT);
});

describe('the organization page shows the profile the reference builds', () => {
  it.each([
    // A group with subsidiaries named, more articles and co-mentions than the page lists.
    '/organizations/baogang-group',
    // Roll-up off; the theme filter is kept on links but does not change the profile.
    '/organizations/syn-anshan-iron-and-steel?rollup=false&themes=ev-steel',
  ])('%s', async (url) => {
    const user = userEvent.setup();
    renderApp(url, dataset);
    const shown = await readOrganization(user);
    const expected = reference.organization(url);
    expect(expected.total, 'an organization without articles would check little').toBeGreaterThan(0);
    expect(shown.total, 'article count').toBe(expected.total);
    expect(shown.articles, 'newest articles, with the subsidiaries they count through').toEqual(expected.articles);
    expect(shown.includedBelow, 'subsidiaries rolled up').toEqual(expected.includedBelow);
    expect(shown.themeMix, 'theme mix').toEqual(expected.themeMix);
    expect(shown.coMentions, 'co-mentions').toEqual(expected.coMentions);
    expect(shown.coMentionsOf, 'co-mentioned organizations in all').toBe(expected.coMentionsOf);
    expect(shown.mentions, 'articles over time (table view) and what it leaves out').toEqual(expected.mentions);
  }, PAGE_TIMEOUT);
});

describe('the summary shows the model the reference builds', () => {
  it.each(['/summary', '/summary?themes=hydrogen-metallurgy&orgs=baogang-group&from=2022-01&to=2025-06'])('%s', async (url) => {
    const user = userEvent.setup();
    renderApp(url, dataset);
    const shown = await readSummary(user);
    const expected = reference.summary(url);
    expect(shown.total, 'Articles tile').toBe(expected.total);
    expect(shown.volume, 'volume against the previous period').toEqual(expected.volume);
    expect(shown.top, 'most-mentioned organization').toEqual(expected.top);
    expect(shown.growth, 'fastest-growing theme').toEqual(expected.growth);
    expect(shown.newest, 'newest article').toBe(expected.newest);
    expect(shown.themeShare, 'theme share table').toEqual(expected.themeShare);
    expect(shown.trends, 'theme trends table').toEqual(expected.trends);
    expect(shown.topOrganizations, 'top organizations table').toEqual(expected.topOrganizations);
    expect(shown.heatmap, 'organization × theme table').toEqual(expected.heatmap);
    expect(shown.keyFigures, 'key figures rows').toEqual(expected.keyFigures);
    expect(shown.moreFigures, 'key figures not listed').toBe(expected.moreFigures);
    expect(shown.latest, "what's new").toEqual(expected.latest);
  }, PAGE_TIMEOUT);
});

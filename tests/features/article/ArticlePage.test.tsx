import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test-utils';
import { steelDataset } from '../steel-fixture';

const open = (url: string) => renderApp(url, steelDataset());

describe('article page', () => {
  it('shows the title, the date at its precision with its confidence and why', async () => {
    open('/articles/a-hydrogen');
    const title = await screen.findByRole('heading', { level: 1 });
    expect(title).toHaveTextContent('Baogang meets ECUST on hydrogen metallurgy');
    expect(within(title).getByText('derived title')).toBeInTheDocument();
    expect(screen.getByText('May 2025').closest('p')).toHaveTextContent(
      'May 2025 — estimated: The text reports meetings on May 13 and 14 without a year.',
    );
  });

  it('explains each theme with its probability, its words, counts and a link to the cited sentence', async () => {
    open('/articles/a-ev-new?themes=ev-steel');
    const evidence = await screen.findByRole('region', { name: 'Why this article is tagged “EV steel”' });
    expect(evidence).toHaveTextContent('Probability 70%');
    expect(evidence).toHaveTextContent('EV × 2 times');
    // How a tag is made, the words a theme requires included: a tag is inferred, and the page says how.
    expect(screen.getByRole('region', { name: 'Why these themes' })).toHaveTextContent('where the article also names the words the theme requires');
    const find = within(evidence).getByRole('link', { name: /Find in source/ });
    expect(find).toHaveAttribute(
      'href',
      'https://example.com/news/ev?id=1#:~:text=Baogang%20ships%20EV%20steel,makers%20with%20Baogang%20Electric.',
    );
    expect(find).toHaveAttribute('target', '_blank');
    expect(find).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('marks theme terms and organization names in the text, as text', async () => {
    const { container } = open('/articles/a-ev-new');
    const body = await screen.findByRole('region', { name: 'Full text' });
    const marks = within(body)
      .getByText((_, element) => element?.tagName === 'P' && element.textContent?.startsWith('Baogang ships') === true)
      .querySelectorAll('mark');
    expect([...marks].map((mark) => [mark.textContent, mark.getAttribute('title')])).toEqual([
      ['Baogang', 'Organization: Baogang Group'],
      ['EV', 'Theme: EV steel'],
      ['EV', 'Theme: EV steel'],
      ['Baogang Electric', 'Organization: Baogang Electric'],
    ]);
    // "Every" is not the acronym EV.
    expect(within(body).getByText(/Every/).querySelectorAll('mark')).toHaveLength(1);
    expect(within(body).getByText(/<script>alert\(1\)<\/script>/)).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
  });

  it('lists figures and events, and links organizations to their pages with the filters kept', async () => {
    open('/articles/a-ev-new?themes=ev-steel');
    expect(await screen.findByRole('region', { name: 'Figures' })).toHaveTextContent('1,000+ tons (more than) — shipments within three months');
    expect(screen.getByRole('region', { name: 'Events' })).toHaveTextContent('2030 — target Carbon peak');
    const organizations = screen.getByRole('list', { name: 'Organizations' });
    expect(within(organizations).getByRole('link', { name: /Baogang Group/ })).toHaveAttribute('href', '/organizations/baogang-group?themes=ev-steel');
    expect(screen.getByRole('link', { name: /Read the original/ })).toHaveAttribute('href', 'https://example.com/news/ev?id=1');
  });

  it('steps through the filtered results in their order and back to them', async () => {
    const user = userEvent.setup();
    open('/articles/a-ev-old?themes=ev-steel');
    const nav = await screen.findByRole('navigation', { name: 'Results' });
    expect(nav).toHaveTextContent('Article 2 of 3 in the current results');
    expect(within(nav).getByRole('link', { name: /Back to results/ })).toHaveAttribute('href', '/?themes=ev-steel');
    expect(within(nav).getByRole('link', { name: /^Previous/ })).toHaveAttribute('href', '/articles/a-ev-new?themes=ev-steel');
    await user.click(within(nav).getByRole('link', { name: /^Next/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'A year of EV and hydrogen metallurgy at Baogang' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Results' })).toHaveTextContent('Article 3 of 3');
    expect(screen.getByText('No next article')).toBeInTheDocument();
  });

  it('says when the article is outside the current results and steps through all articles instead', async () => {
    open('/articles/a-hydrogen?themes=ev-steel');
    const nav = await screen.findByRole('navigation', { name: 'Results' });
    expect(nav).toHaveTextContent('This article is not among the 3 results of the current filters');
    expect(within(nav).getByRole('link', { name: /^Previous/ })).toHaveAttribute('href', '/articles/a-ev-new?themes=ev-steel');
    expect(within(nav).getByRole('link', { name: /^Next/ })).toHaveAttribute('href', '/articles/a-ev-old?themes=ev-steel');
  });

  it('says so when the id is unknown, with a way back', async () => {
    open('/articles/nope?themes=ev-steel');
    expect(await screen.findByText('There is no article with this id.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to results' })).toHaveAttribute('href', '/?themes=ev-steel');
  });
});

describe('article page: how organizations were found', () => {
  it('shows discovered organizations and cited media with their sentences, and who states each figure', async () => {
    const dataset = steelDataset();
    const article = dataset.articles.find((a) => a.id === 'a-ev-new')!;
    const found = {
      ...article,
      organizations: [
        ...article.organizations,
        { id: 'zenrock-group', mentions: 1, matched: ['Zenrock Group'], fromPublisherTag: false, evidence: ['Zenrock Group bought the steel.'] },
        { id: 'reuters', mentions: 1, matched: ['Reuters'], fromPublisherTag: false, evidence: ['It shipped 1,000+ tons, Reuters reported.'] },
      ],
      figures: article.figures.map((figure) => ({ ...figure, claimant: { id: 'zenrock-group', from: 'previous-sentence' as const } })),
    };
    renderApp('/articles/a-ev-new', {
      ...dataset,
      organizations: [
        ...dataset.organizations,
        { id: 'zenrock-group', name: 'Zenrock Group', aliases: [], type: 'company', discovered: { rule: '… Group' } },
        { id: 'reuters', name: 'Reuters', aliases: [], type: 'media' },
      ],
      articles: dataset.articles.map((a) => (a.id === 'a-ev-new' ? found : a)),
    });
    const discovered = await screen.findByRole('region', { name: 'Discovered' });
    expect(discovered).toHaveTextContent('Zenrock Group found by the ingest (rule: … Group), not reviewed');
    expect(discovered).toHaveTextContent('Zenrock Group bought the steel.');
    expect(screen.getByRole('region', { name: 'Sources cited' })).toHaveTextContent('ReutersIt shipped 1,000+ tons, Reuters reported.');
    expect(screen.getByRole('region', { name: 'Figures' })).toHaveTextContent('stated by Zenrock Group (named in the sentence before)');
    expect(within(screen.getByRole('list', { name: 'Organizations' })).getByRole('link', { name: /Zenrock Group discovered/ })).toBeInTheDocument();
  });
});

describe('article page: an undated article', () => {
  it('says the date is unknown and gives the lower bound its text allows, as a lower bound', async () => {
    const dataset = steelDataset();
    const undated = {
      ...dataset.articles[0]!,
      publishedAt: null,
      publishedAfter: { value: '2021-07', precision: 'month' as const, sentence: 'Founded in July 2021, the plant grew.' },
    };
    renderApp(`/articles/${undated.id}`, { ...dataset, articles: [undated, ...dataset.articles.slice(1)] });
    expect(await screen.findByText(/^Date unknown/)).toHaveTextContent(
      'Date unknown: neither the source nor a date line of the text gives one. Published after Jul 2021, the latest date its text mentions: “Founded in July 2021, the plant grew.”',
    );
  });
});

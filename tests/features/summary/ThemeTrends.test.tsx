import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/schema';
import { buildExploreIndex } from '../../reference/engine/explore-index';
import { buildTimelineData } from '../../reference/engine/build-timeline-data';
import { ThemeTrends, trendLegend } from '../../../src/features/summary/ThemeTrends';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';

const themed = (id: string, theme: string, publishedAt: Article['publishedAt']): Article =>
  makeArticle({ id, publishedAt, themes: [{ id: theme, score: 0.65, evidence: [] }] });

describe('theme trends', () => {
  it('says how many of a theme’s articles it could place, so its numbers reconcile with theme share', () => {
    const articles = [
      themed('a', 'ev-steel', { value: '2025-03-02', precision: 'day', confidence: 'confirmed', origin: 'feed' }),
      themed('b', 'ev-steel', { value: '2025-05', precision: 'month', confidence: 'confirmed', origin: 'feed' }),
      themed('c', 'hydrogen-metallurgy', null),
    ];
    const dataset = makeDataset(articles);
    const index = buildExploreIndex(dataset);
    const themes = dataset.taxonomy.themes.filter((theme) => ['ev-steel', 'hydrogen-metallurgy'].includes(theme.id));
    const data = buildTimelineData(index, [0, 1, 2], 'quarter', themes.map((theme) => theme.id));
    const totals = new Map([['ev-steel', 2], ['hydrogen-metallurgy', 1]]);
    render(<ThemeTrends data={data} themes={themes} totals={totals} />);

    const legend = within(screen.getByRole('list', { name: 'Legend' }));
    expect(legend.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Hydrogen 0 of 1', 'EV steel 2']);
    expect(trendLegend({ data, themes, totals }).map((item) => item.label)).toEqual(['Hydrogen 0 of 1', 'EV steel 2']);
    expect(screen.getByText(/1 with dates too coarse or unknown left out \("n of m": n placed of the m articles theme share counts\)/)).toBeInTheDocument();
  });
});

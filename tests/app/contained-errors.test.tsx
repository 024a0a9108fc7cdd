import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';
import { renderApp } from '../test-utils';

vi.mock('../../src/features/timeline/TimelineChart', () => ({
  default: () => {
    throw new Error('chart exploded');
  },
}));
vi.mock('../../src/features/article/ArticlePage', () => ({
  ArticlePage: () => {
    throw new Error('page exploded');
  },
}));

describe('a rendering error', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('in a chart leaves the rest of the page working', async () => {
    renderApp('/', makeDataset([makeArticle({ id: 'a-1', title: 'Still listed' })]));
    // The page renders again as its data settles, replacing nodes already found: wait until the current page shows both.
    await waitFor(() => {
      expect(screen.getByText('The timeline could not be shown.')).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'Still listed' })).toBeInTheDocument();
    });
    expect(screen.getByRole('button', { name: 'Show as table' })).toBeInTheDocument();
  });

  it('in a page shows an error panel inside the layout, never a blank screen', async () => {
    renderApp('/articles/a-1', makeDataset([makeArticle({ id: 'a-1' })]));
    expect(await screen.findByText('This page could not be shown.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Steel Radar home' })).toBeInTheDocument();
  });
});

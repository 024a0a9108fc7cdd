import { screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { steelDataset } from '../features/steel-fixture';
import { renderApp } from '../test-utils';
import { serveLargeDataset } from './fake-worker-client';

// Search on a large dataset: with the ingest's search.bin it covers the article text, without it
// (or with a broken one) titles and highlights, and the search box says which.
vi.mock('../../src/dataset/dataset-source', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  DATASET_URL: '/data/test/index.bin',
}));
vi.mock('../../src/dataset/explore-worker-client', async () => ({
  ExploreWorkerClient: (await import('./fake-worker-client')).FakeExploreWorkerClient,
}));

beforeAll(() => vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 640, height: 320 })));
afterAll(() => vi.restoreAllMocks());
// "discussed" is only in the body of "Baogang meets ECUST on hydrogen metallurgy" (and its theme evidence, which is not searched).
const BODY_ONLY = '/?q=discussed';

describe('search on a large dataset', () => {
  it('finds an article by a word of its text when the dataset ships search.bin, and says so', async () => {
    serveLargeDataset(steelDataset(), { searchFile: 'written' });
    renderApp(BODY_ONLY);
    expect(await screen.findByRole('heading', { name: '1 article' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Baogang meets ECUST on hydrogen metallurgy/ })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveAttribute('placeholder', 'Titles, highlights and text…');
  });

  it.each(['missing', 'corrupt'] as const)('builds the titles-and-highlights index when search.bin is %s, and says so', async (searchFile) => {
    serveLargeDataset(steelDataset(), { searchFile });
    renderApp(BODY_ONLY);
    expect(await screen.findByText('No article matches these filters together.')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveAttribute('placeholder', 'Titles and highlights…');
    expect(screen.queryByText('Building the search index…')).not.toBeInTheDocument();
  });
});

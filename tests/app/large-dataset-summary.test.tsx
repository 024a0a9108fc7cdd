import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../test-utils';

// The app opened on a large dataset: the summary must not fall back to the shipped dataset.
vi.mock('../../src/dataset/dataset-source', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  INDEX_URL: '/data/test/index.bin',
}));

describe('summary of a large dataset', () => {
  it('says it is not available and links to Explore with the same filters, loading no dataset', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderApp('/summary?themes=ev-steel&dataset=%2Fdata%2Ftest%2Findex.bin');
    const panel = (await screen.findByText('The summary is not available for a large dataset yet.')).closest('[role="status"]') as HTMLElement;
    expect(within(panel).getByRole('link', { name: 'Explore' })).toHaveAttribute('href', '/?themes=ev-steel&dataset=%2Fdata%2Ftest%2Findex.bin');
    expect(fetch.mock.calls.filter(([url]) => String(url).includes('dataset.json'))).toEqual([]);
    vi.unstubAllGlobals();
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { steelDataset } from '../features/steel-fixture';
import { parseCsv } from '../lib/parse-csv';
import { renderApp } from '../test-utils';
import { serveLargeDataset } from './fake-worker-client';
import type { SavedFile } from '../lib/record-downloads';
import { recordDownloads } from '../lib/record-downloads';

// Explore opened on a large dataset (`?dataset=…/index.bin`), its worker client faked at the class.
vi.mock('../../src/dataset/dataset-source', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  DATASET_URL: '/data/test/index.bin',
}));
vi.mock('../../src/dataset/explore-worker-client', async () => ({
  ExploreWorkerClient: (await import('./fake-worker-client')).FakeExploreWorkerClient,
}));

let saved: SavedFile[];
beforeEach(() => {
  saved = recordDownloads();
});
afterEach(() => vi.restoreAllMocks());

describe('export on a large dataset', () => {
  it('downloads every matching article from the worker, summaries included, and records the dataset', async () => {
    const user = userEvent.setup();
    const steel = steelDataset();
    const dataset = { ...steel, articles: steel.articles.map((article) => ({ ...article, summary: `What ${article.title} says.` })) };
    const worker = serveLargeDataset(dataset);
    renderApp('/?themes=ev-steel&dataset=%2Fdata%2Ftest%2Findex.bin');
    const total = Number((await screen.findByRole('heading', { name: /^\d+ articles?$/ })).textContent!.replace(/\D/g, ''));
    const button = screen.getByRole('button', { name: 'Download CSV' });
    const release = worker.hold('export');
    await user.click(button);
    // While the worker makes the file the button says so and keeps the keyboard focus; a second click does nothing.
    expect(screen.getByRole('button', { name: 'Preparing CSV…' })).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).toBe(button);
    await user.click(button);
    release();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    await screen.findByRole('button', { name: 'Download CSV' });
    expect(saved).toHaveLength(1);

    const [{ blob, name }] = saved as [{ blob: Blob; name: string }];
    expect(name).toMatch(new RegExp(`-${total}-articles\\.csv$`));
    const [header, ...rows] = parseCsv(new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).slice(3)));
    expect(rows).toHaveLength(total);
    const column = (field: string) => rows.map((row) => row[header!.indexOf(field)]);
    expect(column('theme_ids').every((ids) => ids!.split('; ').includes('ev-steel'))).toBe(true);
    const summaries = new Map(dataset.articles.map((article) => [article.id, article.summary]));
    expect(column('summary')).toEqual(column('id').map((id) => summaries.get(id!)));
    expect(column('summary').every((summary) => summary !== '')).toBe(true);
    expect(new Set(column('export_query'))).toEqual(new Set(['?themes=ev-steel&dataset=%2Fdata%2Ftest%2Findex.bin']));
  });

  it('says so when the worker cannot make the file, and saves nothing', async () => {
    const user = userEvent.setup();
    serveLargeDataset(steelDataset()).fail('export');
    renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Download JSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The JSON could not be made: The worker failed on export.');
    expect(saved).toEqual([]);
  });
});

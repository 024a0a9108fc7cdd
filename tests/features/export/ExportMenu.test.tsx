import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../src/domain/schema';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';
import { renderApp } from '../../test-utils';
import { parseCsv } from '../../lib/parse-csv';
import type { SavedFile } from '../../lib/record-downloads';
import { recordDownloads } from '../../lib/record-downloads';

const theme = (id: string) => ({ id, score: 0.65, evidence: [] });
// 25 EV articles, more than a page of results, and one that the filter leaves out.
const articles: Article[] = [
  ...Array.from({ length: 25 }, (_, i) =>
    makeArticle({
      id: `a-ev-${String(i).padStart(2, '0')}`,
      title: `EV steel, part ${i}`,
      themes: [theme('ev-steel')],
      publishedAt: { value: `2025-${String((i % 12) + 1).padStart(2, '0')}`, precision: 'month', confidence: 'confirmed', origin: 'feed' },
    }),
  ),
  makeArticle({ id: 'a-h2', title: 'Hydrogen only', themes: [theme('hydrogen-metallurgy')] }),
];

let saved: SavedFile[];
beforeEach(() => {
  saved = recordDownloads();
});
afterEach(() => vi.restoreAllMocks());

describe('ExportMenu on the Explore page', () => {
  it('downloads every matching article as CSV, not only the page on screen', async () => {
    const user = userEvent.setup();
    renderApp('/?themes=ev-steel&page=2', makeDataset(articles));
    expect(await screen.findByRole('heading', { name: '25 articles' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));

    expect(saved).toHaveLength(1);
    const [{ blob, name }] = saved as [{ blob: Blob; name: string }];
    expect(name).toMatch(/^steel-radar-\d{4}-\d{2}-\d{2}-25-articles\.csv$/);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    // The UTF-8 byte order mark, which Blob.text() would silently drop.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(rows).toHaveLength(25);
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
    expect(new Set(column('theme_ids'))).toEqual(new Set(['ev-steel']));
    expect(new Set(column('export_filters'))).toEqual(new Set(['Theme: EV steel']));
    // The page is not part of what the export holds.
    expect(new Set(column('export_query'))).toEqual(new Set(['?themes=ev-steel']));
    expect(new Set(column('dataset_version'))).toEqual(new Set(['test-version']));
  });

  it('downloads the same articles as JSON with the metadata first', async () => {
    const user = userEvent.setup();
    renderApp('/?themes=ev-steel', makeDataset(articles));
    await user.click(await screen.findByRole('button', { name: 'Download JSON' }));
    const [{ blob, name }] = saved as [{ blob: Blob; name: string }];
    expect(name).toMatch(/-25-articles\.json$/);
    const json = JSON.parse(await blob.text());
    expect(json.meta).toMatchObject({ datasetVersion: 'test-version', count: 25, filters: { query: '?themes=ev-steel', labels: ['Theme: EV steel'] } });
    expect(json.articles).toHaveLength(25);
  });
});

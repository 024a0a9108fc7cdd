import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/schema';
import { createDatabaseContract } from '../../src/server/db/database-contract';
import { loadDataset } from '../../src/server/db/load-dataset';
import { openDatasetFolder } from '../../src/server/db/read-dataset-folder';
import { readDatasetFolder, SHIPPED_DATASET, writeDatasetFolder } from '../fixtures/dataset-folder';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';
import { writeAwkwardFolder, writeSyntheticFolder } from './explore-fixtures';
import type { TestDatabase } from './test-database';
import { createTestDatabase } from './test-database';

async function folderArticles(dir: string): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const file of (await openDatasetFolder(dir)).bodyFiles()) articles.push(...file.articles.map(({ article }) => article));
  return articles;
}

describe('an article read back from PostgreSQL equals the one in the dataset folder', () => {
  let db: TestDatabase;
  let root: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    root = await db.scratch();
  });
  afterAll(() => db?.drop());

  // Writing and loading 400 synthetic articles, then reading each back: a few seconds, more on a busy machine.
  it('for every article of a synthetic corpus and of awkward small datasets', { timeout: 120_000 }, async () => {
    const contract = createDatabaseContract(db.pool);
    const client = await db.connect();
    // Every optional field present on one article, none on the other: absent stays absent, not null.
    const full = makeArticle({
      id: 'full',
      url: 'https://example.com/full',
      source: { path: 'feed.xml', format: 'rss', item: 3 },
      publishedAt: { value: '2025-05', precision: 'month', confidence: 'estimated', origin: 'text', note: 'from "in May"' },
      publishedAfter: { value: '2025-04-02', precision: 'day', sentence: 'On April 2 it began.' },
      modifiedAt: '2025-06-01',
      themes: [{ id: 'ev-steel', score: 0.875, evidence: [{ term: 'EV', count: 2, sentence: 'EV steel.' }] }],
      organizations: [{ id: 'x-group', mentions: 2, matched: ['X Group', 'X'], fromPublisherTag: true, evidence: ['X Group said so.'] }],
      people: [{ name: 'Li Wei', role: 'chairman', organizationId: 'x-group', sentence: 'Li Wei, chairman.' }, { name: 'Ann Bo', sentence: 'Ann Bo spoke.' }],
      places: [{ name: 'Baotou', mentions: 1, fromPublisherTag: false }],
      highlights: { items: ['One.', 'Two.'], method: 'source' },
      figures: [
        { text: '1,000+ tons', value: 1000, unit: 't', measure: 'shipments', qualifier: 'more-than', sentence: 'S.', claimant: { id: 'x-group', from: 'previous-sentence' } },
        { text: '5%', value: 5, unit: '%', measure: 'share', sentence: 'T.' },
      ],
      events: [{ kind: 'target', label: 'Net zero', date: { value: '2050', precision: 'year', confidence: 'inferred-from-text' }, sentence: 'By 2050.' }],
      body: [{ kind: 'heading', text: 'H' }, { kind: 'list-item', text: 'L', depth: 1 }],
      publisherTags: ['steel'],
    });
    const bare = makeArticle({ id: 'bare', publishedAt: null, body: [{ kind: 'paragraph', text: 'Only this.' }] });
    const datasets = [
      ['shipped', (dir: string) => writeDatasetFolder(dir, readDatasetFolder(SHIPPED_DATASET))],
      ['optional-fields', (dir: string) => writeDatasetFolder(dir, makeDataset([full, bare]))],
      ['synthetic', (dir: string) => writeSyntheticFolder(dir, 400, 11)],
      ['awkward', (dir: string) => writeAwkwardFolder(dir, 120, 5)],
    ] as const;
    for (const [name, write] of datasets) {
      const dir = join(root, name);
      await write(dir);
      const expected = await folderArticles(dir);
      expect(await loadDataset(client, dir)).toMatchObject({ loaded: expected.length, problems: [] });
      for (const article of expected) expect(await contract.article(article.id), article.id).toStrictEqual(article);
    }
    expect(await contract.article('no-such-article')).toBeNull();
  });
});

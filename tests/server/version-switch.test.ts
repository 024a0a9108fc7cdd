import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Filters } from '../../src/engine/filters';
import { EMPTY_FILTERS } from '../../src/engine/filters';
import { createDatabaseContract } from '../../src/server/db/database-contract';
import { loadDataset } from '../../src/server/db/load-dataset';
import { writeDatasetFolder } from '../fixtures/dataset-folder';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';
import type { TestDatabase } from './test-database';
import { createTestDatabase } from './test-database';

/** A version whose articles all carry one theme, so a count tells which version answered, and whether whole. */
async function versionFolder(root: string, version: string, count: number, theme: string): Promise<string> {
  const dir = join(root, version);
  const articles = Array.from({ length: count }, (_, i) => makeArticle({ id: `${version}-${i}`, themes: [{ id: theme, score: 0.75, evidence: [] }] }));
  await writeDatasetFolder(dir, makeDataset(articles, { datasetVersion: version }));
  return dir;
}

const VIEWS: Filters[] = [EMPTY_FILTERS, { ...EMPTY_FILTERS, themes: ['theme-old'] }, { ...EMPTY_FILTERS, themes: ['theme-new'] }];
const OLD = [60, 60, 0];
const NEW = [90, 0, 90];

describe('switching versions', () => {
  let db: TestDatabase;
  let loader: pg.Client;
  let root: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    loader = await db.connect();
    root = await db.scratch();
  });
  afterAll(() => db?.drop());

  it('a reader during a load sees the old version or the new, never a mix, and a snapshot taken before keeps the old', async () => {
    const contract = createDatabaseContract(db.pool);
    await loadDataset(loader, await versionFolder(root, 'old', 60, 'theme-old'));
    expect(await contract.count(VIEWS)).toEqual(OLD);

    // A reader that opened its snapshot before the load, as a long request would.
    const snapshot = await db.connect();
    await snapshot.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    expect((await snapshot.query('SELECT count(*)::int AS n FROM articles a JOIN dataset_state s ON a.dataset_version = s.current_version')).rows[0].n).toBe(60);

    // Readers run freely throughout, and once more after each batch is committed (13 batches of 7).
    let loading = true;
    const seen: number[][] = [];
    const free = (async () => {
      while (loading) seen.push(await contract.count(VIEWS));
    })();
    const afterBatches: number[][] = [];
    const report = await loadDataset(loader, await versionFolder(root, 'new', 90, 'theme-new'), {
      batchSize: 7,
      onProgress: async () => void afterBatches.push(await contract.count(VIEWS)),
    });
    loading = false;
    await free;

    expect(report).toMatchObject({ outcome: 'loaded', loaded: 90, removed: ['old'] });
    expect(afterBatches).toEqual(Array(13).fill(OLD));
    expect(seen.length).toBeGreaterThan(0);
    for (const answer of seen) expect([OLD, NEW]).toContainEqual(answer);
    expect(await contract.count(VIEWS)).toEqual(NEW);

    // The old rows are gone for everyone since…
    expect((await loader.query("SELECT count(*)::int AS n FROM articles WHERE dataset_version = 'old'")).rows[0].n).toBe(0);
    // …but the snapshot taken before the switch still reads the whole old version.
    expect((await snapshot.query('SELECT count(*)::int AS n FROM articles a JOIN dataset_state s ON a.dataset_version = s.current_version')).rows[0].n).toBe(60);
    await snapshot.query('ROLLBACK');
  });

  it('a load that stops halfway leaves the current version as it was, and the next load of it starts clean', async () => {
    const contract = createDatabaseContract(db.pool);
    const dir = await versionFolder(root, 'next', 30, 'theme-old');
    const stop = new Error('stopped after two batches');
    await expect(
      loadDataset(loader, dir, {
        batchSize: 10,
        onProgress: (loaded) => {
          if (loaded === 20) throw stop;
        },
      }),
    ).rejects.toBe(stop);
    expect(await contract.count(VIEWS)).toEqual(NEW);
    expect((await loader.query("SELECT count(*)::int AS n FROM articles WHERE dataset_version = 'next'")).rows[0].n).toBe(20);

    expect(await loadDataset(loader, dir)).toMatchObject({ outcome: 'loaded', loaded: 30, removed: ['new'] });
    expect(await contract.count(VIEWS)).toEqual([30, 30, 0]);
    const versions = await loader.query('SELECT DISTINCT dataset_version FROM articles UNION SELECT DISTINCT dataset_version FROM article_themes UNION SELECT version FROM datasets');
    expect(versions.rows).toEqual([{ dataset_version: 'next' }]);
  });

  it('refuses to run beside another load into the same database', async () => {
    const other = await db.connect();
    await other.query('SELECT pg_advisory_lock($1)', [0x5e71_0002]);
    await expect(loadDataset(loader, await versionFolder(root, 'blocked', 1, 'theme-old'))).rejects.toThrow(/Another load into this database is running/);
    await other.query('SELECT pg_advisory_unlock($1)', [0x5e71_0002]);
  });
});

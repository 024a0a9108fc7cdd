import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Filters } from '../../src/engine/filters';
import { createDatabaseContract } from '../../src/server/db/database-contract';
import { loadDataset } from '../../src/server/db/load-dataset';
import { Random } from '../../src/synthetic/prng';
import { openWorkerService, randomFilters, writeAwkwardFolder, writeSyntheticFolder } from './explore-fixtures';
import type { TestDatabase } from './test-database';
import { createTestDatabase } from './test-database';

/** Asks both sides the same filters, ten at a time as an empty view asks, and compares every count. */
async function compareCounts(db: TestDatabase, dir: string, rounds: number, seed: number): Promise<void> {
  const service = await openWorkerService(dir);
  const { themeIds, orgIds } = service.summary();
  const contract = createDatabaseContract(db.pool);
  const random = new Random(seed);
  let nonZero = 0;
  for (let round = 0; round < rounds; round += 10) {
    const list: Filters[] = Array.from({ length: 10 }, () => randomFilters(random, themeIds, orgIds));
    const expected = list.map((filters) => service.count(filters));
    const actual = await contract.count(list);
    list.forEach((filters, k) => expect(actual[k], JSON.stringify(filters)).toBe(expected[k]));
    nonZero += expected.filter((n) => n > 0).length;
  }
  // The filters must not be so narrow that both sides agree on nothing.
  expect(nonZero).toBeGreaterThan(rounds / 3);
}

describe('count from PostgreSQL equals the worker engine', () => {
  let db: TestDatabase;
  let root: string;
  let client: Awaited<ReturnType<TestDatabase['connect']>>;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = await db.connect();
    root = await db.scratch();
  });
  afterAll(() => db?.drop());

  // Writing and loading 2,000 synthetic articles takes about 10 s alone, several times that on a busy 2-core machine.
  it('on 300 random filter combinations over a seeded synthetic corpus', { timeout: 180_000 }, async () => {
    const dir = join(root, 'synthetic');
    await writeSyntheticFolder(dir, 2_000, 7);
    expect(await loadDataset(client, dir)).toMatchObject({ loaded: 2_000, problems: [] });
    await compareCounts(db, dir, 300, 7);
  });

  it('on 200 random filter combinations over awkward small datasets', { timeout: 120_000 }, async () => {
    for (const seed of [1, 2]) {
      const dir = join(root, `awkward-${seed}`);
      await writeAwkwardFolder(dir, 150, seed);
      expect(await loadDataset(client, dir)).toMatchObject({ loaded: 150, problems: [] });
      await compareCounts(db, dir, 100, 100 + seed);
    }
  });
});

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/engine/filters';
import { createDatabaseContract } from '../../src/server/db/database-contract';
import { loadDataset } from '../../src/server/db/load-dataset';
import { Random } from '../../src/synthetic/prng';
import { openWorkerService, randomFilters, writeAwkwardFolder, writeSyntheticFolder } from './explore-fixtures';
import type { TestDatabase } from './test-database';
import { createTestDatabase } from './test-database';

describe('stepping through results from PostgreSQL equals the worker engine', () => {
  let db: TestDatabase;
  let root: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    root = await db.scratch();
  });
  afterAll(() => db?.drop());

  // Writing and loading 1,500 synthetic articles and asking 300 questions of each side: seconds, more on a busy machine.
  it('for articles inside and outside the results of random views, in date order', { timeout: 180_000 }, async () => {
    const client = await db.connect();
    for (const [name, write, seed] of [['synthetic', (dir: string) => writeSyntheticFolder(dir, 1_500, 3), 3], ['awkward', (dir: string) => writeAwkwardFolder(dir, 150, 4), 4]] as const) {
      const dir = join(root, name);
      await write(dir);
      await loadDataset(client, dir);
      const service = await openWorkerService(dir);
      const { themeIds, orgIds, count } = service.summary();
      const contract = createDatabaseContract(db.pool);
      const random = new Random(seed);
      let inside = 0;
      for (let round = 0; round < 150; round += 1) {
        const filters = randomFilters(random, themeIds, orgIds);
        // Half the time an article among the results, else any article.
        const page = service.select({ filters, sort: 'date', offset: 0, limit: 50 }).cards;
        const articleId = page.length > 0 && random.chance(0.5) ? random.pick(page).id : service.index.card(random.int(0, count - 1)).id;
        const request = { articleId, filters, sort: 'date' as const };
        const expected = service.steps(request);
        expect(await contract.steps(request), JSON.stringify(request)).toEqual(expected);
        if (expected?.position !== null) inside += 1;
      }
      // Both kinds were asked: the results' own order and the all-articles fallback.
      expect(inside).toBeGreaterThan(30);
      expect(inside).toBeLessThan(150);
      expect(await contract.steps({ articleId: 'no-such-article', filters: EMPTY_FILTERS, sort: 'date' })).toBeNull();
    }
  });
});

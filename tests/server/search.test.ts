import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../../src/engine/columnar/compact-search';
import type { ExploreService } from '../../src/engine/columnar/explore-service';
import { searchFieldsOf } from '../../src/engine/columnar/search-file';
import type { Filters } from '../../src/engine/filters';
import { EMPTY_FILTERS } from '../../src/engine/filters';
import { createDatabaseContract } from '../../src/server/db/database-contract';
import { loadDataset } from '../../src/server/db/load-dataset';
import { Random } from '../../src/synthetic/prng';
import { readDatasetFolder, writeDatasetFolder } from '../fixtures/dataset-folder';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';
import { openWorkerService, randomFilters, writeSyntheticFolder } from './explore-fixtures';
import type { TestDatabase } from './test-database';
import { createTestDatabase } from './test-database';

/**
 * Full-text search is compared on its own: PostgreSQL's text search matches every word of a query as a
 * prefix of a word of the title, highlights or text, in the worker's words (src/server/db/search-terms.ts),
 * as the worker does, but has no typo tolerance,
 * which the worker adds for words of five letters and more (`hydrogn` finds `hydrogen`). So a query
 * of shorter words must count the same on both sides; any query must count what the plain reference
 * below counts (every word a prefix of one of the article's words), and never more than the worker.
 */
describe('full-text search in PostgreSQL', () => {
  let db: TestDatabase;
  let service: ExploreService;
  let wordsOf: Set<string>[];
  const count = (filters: Filters) => createDatabaseContract(db.pool).count([filters]).then(([n]) => n!);

  // Writing and loading 1,000 synthetic articles with their text: seconds alone, several times that on a busy machine.
  beforeAll(async () => {
    db = await createTestDatabase();
    const dir = join(await db.scratch(), 'dataset');
    await writeSyntheticFolder(dir, 1_000, 23);
    await loadDataset(await db.connect(), dir);
    service = await openWorkerService(dir);
    wordsOf = readDatasetFolder(dir).articles.map((article) => new Set(searchFieldsOf(article).flatMap(tokenize)));
  }, 180_000);
  afterAll(() => db?.drop());

  /** A query of 1–3 words of random articles, some cut to a prefix, in any case, between punctuation. */
  function randomQuery(random: Random, longest: number): string {
    const words = Array.from({ length: random.int(1, 3) }, () => {
      const word = random.pick([...random.pick(wordsOf)]);
      const cut = word.slice(0, random.int(1, Math.min(word.length, longest)));
      return random.chance(0.3) ? cut.toUpperCase() : cut;
    });
    return words.join(random.pick([' ', ', ', ' & ', '-', ' (']));
  }

  const reference = (q: string) => {
    const words = tokenize(q);
    return wordsOf.filter((words_) => words.every((word) => [...words_].some((w) => w.startsWith(word)))).length;
  };

  it('counts as the worker on 200 queries of words shorter than five letters, alone and with other filters', async () => {
    const random = new Random(5);
    const { themeIds, orgIds } = service.summary();
    for (let round = 0; round < 200; round++) {
      const q = randomQuery(random, 4);
      const filters = { ...(random.chance(0.5) ? randomFilters(random, themeIds, orgIds) : EMPTY_FILTERS), q };
      expect(await count(filters), JSON.stringify(filters)).toBe(service.count(filters));
    }
  });

  it('counts every word as a prefix, without typo tolerance, on 150 queries of any length', async () => {
    const random = new Random(6);
    let fewer = 0;
    for (let round = 0; round < 150; round++) {
      const q = randomQuery(random, 12);
      const found = await count({ ...EMPTY_FILTERS, q });
      expect(found, q).toBe(reference(q));
      const worker = service.count({ ...EMPTY_FILTERS, q });
      expect(found, q).toBeLessThanOrEqual(worker);
      if (found < worker) fewer++;
    }
    // Typos are what the worker finds and PostgreSQL does not; on a corpus of similar words some queries show it.
    expect(fewer).toBeGreaterThan(0);
  });

  it('matches nothing for a query of no word, as the worker', async () => {
    for (const q of ['!!!', '—', ' ,. ']) expect(await count({ ...EMPTY_FILTERS, q }), q).toBe(service.count({ ...EMPTY_FILTERS, q }));
  });
});

describe('full-text search in PostgreSQL, on chosen words', () => {
  let db: TestDatabase;
  let service: ExploreService;
  const count = (q: string) => createDatabaseContract(db.pool).count([{ ...EMPTY_FILTERS, q }]).then(([n]) => n!);

  beforeAll(async () => {
    db = await createTestDatabase();
    const dir = join(await db.scratch(), 'dataset');
    const articles = [
      makeArticle({ id: 'title', title: 'Hydrogen shaft furnace starts', body: [{ kind: 'paragraph', text: 'Plain words.' }] }),
      makeArticle({ id: 'highlight', title: 'News', highlights: { items: ['Über-efficient motors, 1.5% better for C++ drives'], method: 'source' } }),
      makeArticle({ id: 'text', title: 'News', body: [{ kind: 'paragraph', text: 'See example.com for the ÉCOLE Polytechnique study of electrical steel.' }] }),
    ];
    await writeDatasetFolder(dir, makeDataset(articles, { datasetVersion: 'words' }));
    await loadDataset(await db.connect(), dir);
    service = await openWorkerService(dir);
  });
  afterAll(() => db?.drop());

  it.each([
    ['hydrogen', 1],
    ['HYDRO shaft', 1],
    ['über', 1],
    ['UBER', 0],
    ['école polytech', 1],
    ['electrical steel', 1],
    // Words as the worker splits them: "1.5" is two words, "example.com" too, "C++" one.
    ['1 5', 1],
    ['com', 1],
    ['c++', 1],
    ['c+', 1],
    ['$1', 0],
    ['hydrogen motors', 0],
  ])('%s → %i, in titles, highlights or text, as the worker', async (q, expected) => {
    expect(await count(q)).toBe(expected);
    expect(service.count({ ...EMPTY_FILTERS, q })).toBe(expected);
  });

  it('has no typo tolerance, unlike the worker', async () => {
    expect(service.count({ ...EMPTY_FILTERS, q: 'hydrogn' })).toBe(1);
    expect(await count('hydrogn')).toBe(0);
  });
});

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExploreService } from '../../src/engine/columnar/explore-service';
import type { Filters } from '../../src/engine/filters';
import { NO_LIMITS } from '../../src/engine/columnar/organization-profile';
import { EMPTY_FILTERS } from '../../src/engine/filters';
import { createDatabaseContract } from '../../src/server/db/database-contract';
import { loadDataset } from '../../src/server/db/load-dataset';
import { writeDatasetFolder } from '../fixtures/dataset-folder';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';
import { openWorkerService } from './explore-fixtures';
import type { TestDatabase } from './test-database';
import { createTestDatabase } from './test-database';

const INJECTION = "x'); DROP TABLE articles; --";
/** Theme ids are any non-empty text in the schema: what a taxonomy could hold. */
const THEMES = [INJECTION, '$1', '%_\\', 'plain'];
const sortById = <T extends { id: string }>(cards: T[]) => [...cards].sort((a, b) => a.id.localeCompare(b.id));
const TITLES = ["Robert'); DROP TABLE articles; --", '50% of \\ "quoted" ; $$ dollar $$ :* & | !', "O'Brien's E'\\\\x41' steel"];

describe('SQL metacharacters in ids, titles and queries', () => {
  let db: TestDatabase;
  let service: ExploreService;
  const count = (list: Filters[]) => createDatabaseContract(db.pool).count(list);

  beforeAll(async () => {
    db = await createTestDatabase();
    const dir = join(await db.scratch(), 'dataset');
    const articles = TITLES.map((title, i) =>
      makeArticle({
        id: `hostile-${i}`,
        title,
        publisher: "O'Reilly; --",
        themes: [{ id: THEMES[i]!, score: 0.75, evidence: [{ term: "'", count: 1, sentence: '$$;' }] }],
        organizations: [{ id: 'baogang-group', mentions: 1, matched: ["Bao'gang"], fromPublisherTag: false }],
        body: [{ kind: 'paragraph', text: `'; DELETE FROM dataset_state; -- ${i}` }],
      }),
    );
    const base = makeDataset(articles, { datasetVersion: "v'1; --" });
    await writeDatasetFolder(dir, { ...base, taxonomy: { ...base.taxonomy, themes: THEMES.map((id) => ({ ...base.taxonomy.themes[0]!, id })) } });
    expect(await loadDataset(await db.connect(), dir)).toMatchObject({ loaded: 3, problems: [] });
    service = await openWorkerService(dir);
  });
  afterAll(() => db?.drop());

  it('stores them as written', async () => {
    const { rows } = await db.pool.query('SELECT a.title, a.publisher, t.theme_id, a.dataset_version FROM articles a JOIN article_themes t ON t.article_id = a.id ORDER BY a.position');
    expect(rows).toEqual(TITLES.map((title, i) => ({ title, publisher: "O'Reilly; --", theme_id: THEMES[i], dataset_version: "v'1; --" })));
  });

  it('filters by them and searches for them as the worker does, and harms nothing', async () => {
    const list: Filters[] = [
      ...THEMES.map((id) => ({ ...EMPTY_FILTERS, themes: [id] })),
      { ...EMPTY_FILTERS, themes: ["' OR '1'='1"] },
      { ...EMPTY_FILTERS, orgs: ["' OR '1'='1", 'baogang-group'] },
      { ...EMPTY_FILTERS, orgs: ["baogang-group'); --", 'baogang-group'], orgMatch: 'all' },
      { ...EMPTY_FILTERS, from: "2025-01'; --", to: '2025-12' },
      ...[INJECTION, "' OR 1=1 --", 'a:* | b', '\\', '!robert & x', '<-> (', '$1', '%', "e'\\\\x41'", 'dollar $$', 'delete dataset_state'].map((q) => ({ ...EMPTY_FILTERS, q })),
    ];
    const expected = list.map((filters) => service.count(filters));
    const actual = await count(list);
    list.forEach((filters, k) => expect(actual[k], JSON.stringify(filters)).toBe(expected[k]));
    // Not all nothing: the words in them are found.
    expect(expected.filter((n) => n > 0).length).toBeGreaterThanOrEqual(8);
    // A whole view too, ranked by relevance where there is a query: the same articles, in cards as the worker's.
    const contract = createDatabaseContract(db.pool);
    for (const filters of list) {
      const request = { filters, sort: 'relevance' as const, offset: 0, limit: 20 };
      const { total, cards, themeCounts, orgCounts } = await contract.select(request);
      const worker = service.select(request);
      expect({ total, cards: sortById(cards), themeCounts, orgCounts }, JSON.stringify(filters)).toEqual({ total: worker.total, cards: sortById(worker.cards), themeCounts: worker.themeCounts, orgCounts: worker.orgCounts });
    }
    // Ids of every other request: an organization's page, an article's steps, the timeline's events.
    for (const id of [INJECTION, "' OR '1'='1", '$1', 'baogang-group\'; --']) expect(await contract.organization({ organizationId: id, rollup: true, limits: NO_LIMITS }), id).toBeNull();
    expect(await contract.steps({ articleId: INJECTION, filters: EMPTY_FILTERS, sort: 'date' })).toBeNull();
    const events = { filters: { ...EMPTY_FILTERS, themes: [INJECTION] }, granularity: 'year' as const, periods: [{ start: 2025 * 12, label: "2025'); --" }], perPeriod: 3 };
    expect(await contract.events(events)).toEqual(service.events(events));
    expect((await db.pool.query('SELECT count(*)::int AS n FROM articles')).rows[0].n).toBe(3);
    expect((await db.pool.query('SELECT current_version FROM dataset_state')).rows[0].current_version).toBe("v'1; --");
  });
});

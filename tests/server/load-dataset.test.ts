import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/schema';
import { EMPTY_FILTERS } from '../../src/engine/filters';
import { createDatabaseContract } from '../../src/server/db/database-contract';
import { loadDataset } from '../../src/server/db/load-dataset';
import { SHIPPED_DATASET, readDatasetFolder, readManifest, writeDatasetFolder } from '../fixtures/dataset-folder';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';
import type { TestDatabase } from './test-database';
import { createTestDatabase } from './test-database';

const run = promisify(execFile);

/** The load CLI as `npm run db:load` runs it; resolves with its exit code and output, whatever the code. */
async function loadCli(dataset: string, url: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run('npx', ['tsx', 'src/server/db/load-cli.ts', '--dataset', dataset, '--url', url]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout + failed.stderr };
  }
}

const scalar = async (client: pg.Client, sql: string, values: unknown[] = []) => Object.values((await client.query(sql, values)).rows[0] as object)[0];

describe('loading a dataset folder', () => {
  let db: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = await db.connect();
  });
  afterAll(() => db?.drop());

  it('answers no count before a dataset is loaded, and says how to load one', async () => {
    await expect(createDatabaseContract(db.pool).count([EMPTY_FILTERS])).rejects.toThrow(/holds no dataset yet: load one with `npm run db:load/);
  });

  it('writes every article and its lists under the dataset version, and makes it current', async () => {
    const dataset = readDatasetFolder(SHIPPED_DATASET);
    const report = await loadDataset(client, SHIPPED_DATASET);
    expect(await createDatabaseContract(db.pool).count([EMPTY_FILTERS])).toEqual([5]);
    expect(report).toEqual({ datasetVersion: dataset.datasetVersion, outcome: 'loaded', announced: 5, loaded: 5, problems: [], removed: [] });
    expect(await scalar(client, 'SELECT current_version FROM dataset_state')).toBe(dataset.datasetVersion);

    const total = (list: (a: Article) => unknown[]) => dataset.articles.reduce((n, a) => n + list(a).length, 0);
    const counts = { article_themes: total((a) => a.themes), article_organizations: total((a) => a.organizations), figures: total((a) => a.figures), events: total((a) => a.events), people: total((a) => a.people) };
    for (const [table, expected] of Object.entries(counts)) {
      expect(await scalar(client, `SELECT count(*)::int FROM ${table} WHERE dataset_version = $1`, [dataset.datasetVersion]), table).toBe(expected);
    }
    expect(await scalar(client, 'SELECT count(*)::int FROM organizations')).toBe(dataset.organizations.length);

    const first = dataset.articles[0]!;
    const { rows } = await client.query('SELECT * FROM articles WHERE id = $1', [first.id]);
    expect(rows[0]).toMatchObject({ position: 0, title: first.title, publisher: first.publisher, published_value: first.publishedAt?.value ?? null, highlights: first.highlights.items, body: first.body, word_count: first.wordCount });
    const themes = await client.query('SELECT theme_id AS id, score, evidence FROM article_themes WHERE article_id = $1 ORDER BY ordinal', [first.id]);
    expect(themes.rows).toEqual(first.themes);
    // A subsidiary rolls up to its group.
    const group = dataset.organizations.find((org) => org.parentId === 'baogang-group')!;
    expect(await scalar(client, 'SELECT depth FROM organization_ancestors WHERE organization_id = $1 AND ancestor_id = $2', [group.id, 'baogang-group'])).toBe(1);
  });

  it('does nothing, and says so, when the version is already current', async () => {
    const before = await client.query('SELECT xmin::text, id FROM articles ORDER BY id');
    const switchedAt = await scalar(client, 'SELECT switched_at FROM dataset_state');
    const report = await loadDataset(client, SHIPPED_DATASET);
    expect(report).toMatchObject({ outcome: 'unchanged', loaded: 5, problems: [] });
    expect((await client.query('SELECT xmin::text, id FROM articles ORDER BY id')).rows).toEqual(before.rows);
    expect(await scalar(client, 'SELECT switched_at FROM dataset_state')).toEqual(switchedAt);
    const cli = await loadCli(SHIPPED_DATASET, db.url);
    expect(cli).toMatchObject({ code: 0 });
    expect(cli.stdout).toMatch(/already the current version \(5 articles\): nothing to do/);
  });

  it('skips a broken body file and broken articles, naming each with its path and reason, and loads the rest', { timeout: 60_000 }, async () => {
    // 1,003 articles: three body files; the second is cut off, one article of the first fails the schema
    // and one holds a character PostgreSQL cannot store in text.
    const articles = Array.from({ length: 1_003 }, (_, i) => makeArticle({ id: `a-${String(i).padStart(4, '0')}`, title: `Article ${i}` }));
    articles[7] = { ...articles[7]!, title: 'Nul \u0000 byte' };
    const dir = join(await db.scratch(), 'dataset');
    await writeDatasetFolder(dir, makeDataset(articles, { datasetVersion: 'broken-v1' }));
    const first = JSON.parse(await readFile(join(dir, 'bodies/0.json'), 'utf8')) as Article[];
    (first[3] as { wordCount: unknown }).wordCount = 'many';
    await writeFile(join(dir, 'bodies/0.json'), JSON.stringify(first));
    await writeFile(join(dir, 'bodies/1.json'), (await readFile(join(dir, 'bodies/1.json'), 'utf8')).slice(0, 500));

    const cli = await loadCli(dir, db.url);
    expect(cli.code, cli.stdout).toBe(1);
    // The version loaded before, the shipped dataset's, is the one removed.
    expect(cli.stdout).toContain(`Dataset broken-v1 is now current: 501 of 1003 articles loaded; removed version(s) ${readManifest(SHIPPED_DATASET).datasetVersion}.`);
    expect(cli.stdout).toMatch(/bodies\/0\.json \(a-0003, position 3\): fails the schema \(wordCount: /);
    expect(cli.stdout).toMatch(/bodies\/0\.json \(a-0007, position 7\): the database refused it \(.*0x00/);
    expect(cli.stdout).toMatch(/bodies\/1\.json: cannot be read \(.*\): its 500 article\(s\), from position 500, are not loaded/);
    expect(await scalar(client, 'SELECT count(*)::int FROM articles')).toBe(501);
    expect(await scalar(client, "SELECT count(*)::int FROM articles WHERE id IN ('a-0003', 'a-0007', 'a-0500', 'a-0999')")).toBe(0);
    expect(await scalar(client, "SELECT count(*)::int FROM articles WHERE id IN ('a-0002', 'a-0008', 'a-1000', 'a-1002')")).toBe(4);
  });

  // An ingest of the seed articles, then a load: seconds alone, longer on a busy machine.
  it('loads what the ingest writes in the same run with --load, and reports both', { timeout: 120_000 }, async () => {
    const out = join(await db.scratch(), 'ingested');
    const ingest = await run('npx', ['tsx', 'src/ingest/cli.ts', '--out', out, '--load'], { env: { ...process.env, DATABASE_URL: db.url } });
    const version = readManifest(out).datasetVersion;
    expect(ingest.stdout).toMatch(/Wrote .* \(5 articles, version /);
    expect(ingest.stdout).toMatch(new RegExp(`Dataset ${version} is (now current: 5 of 5 articles loaded|already the current version \\(5 articles\\))`));
    expect(await scalar(client, 'SELECT current_version FROM dataset_state')).toBe(version);
    expect(await scalar(client, 'SELECT count(*)::int FROM articles WHERE dataset_version = $1', [version])).toBe(5);
  });

  it('refuses a folder whose manifest and index disagree, before touching the database', async () => {
    const dir = join(await db.scratch(), 'dataset');
    await writeDatasetFolder(dir, makeDataset([makeArticle()], { datasetVersion: 'mismatch' }));
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { datasetVersion: string };
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, datasetVersion: 'another' }));
    const current = await scalar(client, 'SELECT current_version FROM dataset_state');
    await expect(loadDataset(client, dir)).rejects.toThrow(/belong to different datasets/);
    expect(await scalar(client, 'SELECT current_version FROM dataset_state')).toBe(current);
    expect(await scalar(client, "SELECT count(*)::int FROM datasets WHERE version IN ('mismatch', 'another')")).toBe(0);
  });
});

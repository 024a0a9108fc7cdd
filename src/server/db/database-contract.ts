import pg from 'pg';
import type { ExploreContract, IndexSummary } from '../../engine/contract';
import { scopeOf } from './filter-sql';
import { readArticle } from './read-article';
import { readArticleSteps } from './article-steps';
import type { DatasetLayout } from './dataset-layout';
import { indexSummaryOf, readDatasetLayout } from './dataset-layout';
import { readExportFile } from './read-export';
import { readExploreAnswer } from './explore-select';
import { readOrganizationProfile } from './read-organization-profile';
import { readSummary } from './read-summary';
import { readTimelineEvents } from './timeline-events';

/** No dataset has been loaded into the database yet. */
export class NoDatasetError extends Error {
  override name = 'NoDatasetError';
  constructor() {
    super('The database holds no dataset yet: load one with `npm run db:load -- --dataset <folder>`.');
  }
}

export interface DatabaseContractOptions {
  /** Longest a request's queries may run, in milliseconds; PostgreSQL cancels them past it (SQLSTATE 57014). */
  statementTimeoutMs?: number;
}

/** The dataset the database serves now. */
export interface DatasetInfo {
  datasetVersion: string;
  generatedAt: string;
  count: number;
}

/**
 * Runs `read` in one read-only snapshot with the current version: every query of a request sees the
 * same dataset, even when a load switches versions and removes the old rows meanwhile.
 */
async function readCurrent<T>(pool: pg.Pool, options: DatabaseContractOptions, read: (client: pg.PoolClient, version: string) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    if (options.statementTimeoutMs !== undefined) await client.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.round(options.statementTimeoutMs))}`);
    // Enough memory that a view's bitmap of matches stays exact: a lossy one makes PostgreSQL re-read
    // every article's search vector on its pages (a query view at 1M: 5.6 s, 2.2 s with this). No JIT:
    // compiling costs ~200 ms per query, more than these queries gain from it.
    await client.query("SET LOCAL work_mem = '32MB'; SET LOCAL jit = off");
    const state = await client.query<{ current_version: string | null }>('SELECT current_version FROM dataset_state').catch((error: unknown) => {
      // 42P01, no such table: nothing was ever loaded here (the loader makes the tables).
      throw error instanceof pg.DatabaseError && error.code === '42P01' ? new NoDatasetError() : error;
    });
    const version = state.rows[0]?.current_version;
    if (!version) throw new NoDatasetError();
    const result = await read(client, version);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    // Closed, not handed to the next request with its transaction open or its connection broken.
    client.release(error as Error);
    throw error;
  }
}

/** What the database answers so far: the contract but its `exportFile`, and which dataset it serves. */
export interface DatabaseContract extends Pick<ExploreContract, 'select' | 'count' | 'article' | 'steps' | 'events' | 'summary' | 'organization' | 'exportFile'> {
  dataset(): Promise<DatasetInfo>;
  /** What opening the dataset tells a page: its envelope, size, dictionaries and months (the worker's `open` answer). */
  index(): Promise<IndexSummary>;
}

/**
 * The contract answered from PostgreSQL: every call a page makes, with the worker's requests and
 * answers. The database must have been loaded with `db:load`.
 */
export function createDatabaseContract(pool: pg.Pool, options: DatabaseContractOptions = {}): DatabaseContract {
  // A version's layout never changes: read once per version, kept for the last one served.
  let layout: { version: string; read: Promise<DatasetLayout> } | null = null;
  const layoutOf = (client: pg.ClientBase, version: string) => {
    if (layout?.version !== version) {
      const read = readDatasetLayout(client, version);
      layout = { version, read };
      // A failed read (a timeout) is not kept: the next request reads again.
      read.catch(() => layout?.read === read && (layout = null));
    }
    return layout.read;
  };
  return {
    dataset: () =>
      readCurrent(pool, options, async (client, version) => {
        const { envelope, count } = await layoutOf(client, version);
        return { datasetVersion: version, generatedAt: envelope.generatedAt, count };
      }),
    index: () => readCurrent(pool, options, async (client, version) => indexSummaryOf(await layoutOf(client, version))),
    exportFile: (request) => readCurrent(pool, options, async (client, version) => readExportFile(client, version, (await layoutOf(client, version)).envelope, request)),
    article: (id) => readCurrent(pool, options, (client, version) => readArticle(client, version, id)),
    select: (request) => readCurrent(pool, options, async (client, version) => readExploreAnswer(client, version, await layoutOf(client, version), request)),
    summary: (request) => readCurrent(pool, options, async (client, version) => readSummary(client, version, await layoutOf(client, version), request)),
    organization: (request) => readCurrent(pool, options, async (client, version) => readOrganizationProfile(client, version, (await layoutOf(client, version)).rolledUpOrgs, request)),
    events: (request) => readCurrent(pool, options, (client, version) => readTimelineEvents(client, version, request)),
    steps: (request) => readCurrent(pool, options, (client, version) => readArticleSteps(client, version, request)),
    count: (list) =>
      readCurrent(pool, options, async (client, version) => {
        const counts: number[] = [];
        for (const filters of list) {
          const { where, values } = scopeOf(version, filters);
          const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles a WHERE ${where}`, values);
          counts.push(rows[0]!.n);
        }
        return counts;
      }),
  };
}

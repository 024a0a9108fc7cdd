import pg from 'pg';
import type { ExploreContract } from '../../engine/contract';
import { filterCondition } from './filter-sql';

/** No dataset has been loaded into the database yet. */
export class NoDatasetError extends Error {
  override name = 'NoDatasetError';
  constructor() {
    super('The database holds no dataset yet: load one with `npm run db:load -- --dataset <folder>`.');
  }
}

/**
 * Runs `read` in one read-only snapshot with the current version: every query of a request sees the
 * same dataset, even when a load switches versions and removes the old rows meanwhile.
 */
async function readCurrent<T>(pool: pg.Pool, read: (client: pg.PoolClient, version: string) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
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

/**
 * The contract answered from PostgreSQL, so far its `count`; the other calls follow (issue 15). The
 * database must have been loaded with `db:load`.
 */
export function createDatabaseContract(pool: pg.Pool): Pick<ExploreContract, 'count'> {
  return {
    count: (list) =>
      readCurrent(pool, async (client, version) => {
        const counts: number[] = [];
        for (const filters of list) {
          const values: unknown[] = [version];
          const condition = filterCondition(filters, values);
          const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles a WHERE a.dataset_version = $1 AND ${condition}`, values);
          counts.push(rows[0]!.n);
        }
        return counts;
      }),
  };
}

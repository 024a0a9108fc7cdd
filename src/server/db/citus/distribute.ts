import type pg from 'pg';
import { migrate } from '../migrate';
import { DISTRIBUTED_TABLES, layoutStatements, REFERENCE_TABLES } from './layout';

export type DistributeOutcome =
  | { outcome: 'distributed'; workers: number }
  | { outcome: 'already-distributed'; workers: number }
  | { outcome: 'no-citus' | 'no-workers'; message: string };

/**
 * Applies the Citus layout to the database (its tables made first if need be): each table becomes a
 * reference or a distributed one, in one transaction, so a failure leaves the database as it was. A
 * server without the `citus` extension, or a coordinator with no worker, is told apart from an error:
 * nothing is changed and the message says what to set up.
 */
export async function distribute(client: pg.ClientBase): Promise<DistributeOutcome> {
  const available = await client.query("SELECT 1 FROM pg_available_extensions WHERE name = 'citus'");
  if (available.rowCount === 0) {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return {
      outcome: 'no-citus',
      message: `This PostgreSQL (${rows[0]!.server_version}) has no citus extension: install Citus on the coordinator and every worker, add citus to shared_preload_libraries, restart, then run db:distribute again. Nothing was changed.`,
    };
  }
  await client.query('CREATE EXTENSION IF NOT EXISTS citus');
  const workers = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM citus_get_active_worker_nodes()')).rows[0]!.n);
  if (workers === 0) {
    return { outcome: 'no-workers', message: "This coordinator has no worker: add each with SELECT citus_add_node('host', port), then run db:distribute again. Nothing was distributed." };
  }
  await migrate(client);
  const known = new Set((await client.query<{ name: string }>('SELECT logicalrelid::regclass::text AS name FROM pg_dist_partition')).rows.map((row) => row.name));
  const all = [...REFERENCE_TABLES, ...DISTRIBUTED_TABLES.map(({ table }) => table)];
  if (all.every((table) => known.has(table))) return { outcome: 'already-distributed', workers };
  await client.query('BEGIN');
  try {
    for (const statement of layoutStatements()) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return { outcome: 'distributed', workers };
}

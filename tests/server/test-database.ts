import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  url: string;
  /** A connected client of its own; closed by `drop`. */
  connect(): Promise<pg.Client>;
  pool: pg.Pool;
  drop(): Promise<void>;
}

/** A fresh, empty database in the run's test cluster (see global-setup.ts), for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = new pg.Client({ connectionString: inject('databaseUrl') });
  await admin.connect();
  const name = `test_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  const url = new URL(inject('databaseUrl'));
  url.pathname = `/${name}`;
  const clients: pg.Client[] = [];
  const pool = new pg.Pool({ connectionString: url.href, max: 4 });
  // An idle pooled connection reports its end as an error: expected while the database is dropped, a failure otherwise.
  let dropping = false;
  pool.on('error', (error) => {
    if (!dropping) throw error;
  });
  return {
    url: url.href,
    pool,
    async connect() {
      const client = new pg.Client({ connectionString: url.href });
      await client.connect();
      clients.push(client);
      return client;
    },
    async drop() {
      dropping = true;
      await Promise.all(clients.map((client) => client.end()));
      await pool.end();
      await admin.query(`DROP DATABASE ${admin.escapeIdentifier(name)} WITH (FORCE)`);
      await admin.end();
    },
  };
}

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  url: string;
  /** A connected client of its own; closed by `drop`. */
  connect(): Promise<pg.Client>;
  pool: pg.Pool;
  /** A new temporary folder for the file's dataset folders; removed by `drop`. */
  scratch(): Promise<string>;
  drop(): Promise<void>;
}

/** A fresh, empty database in the run's test cluster (see global-setup.ts), and scratch folders, for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = new pg.Client({ connectionString: inject('databaseUrl') });
  await admin.connect();
  const name = `test_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  const url = new URL(inject('databaseUrl'));
  url.pathname = `/${name}`;
  const clients: pg.Client[] = [];
  const folders: string[] = [];
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
    async scratch() {
      const folder = await mkdtemp(join(tmpdir(), 'steel-radar-server-test-'));
      folders.push(folder);
      return folder;
    },
    async drop() {
      dropping = true;
      await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
      await Promise.all(clients.map((client) => client.end()));
      await pool.end();
      await admin.query(`DROP DATABASE ${admin.escapeIdentifier(name)} WITH (FORCE)`);
      await admin.end();
    },
  };
}

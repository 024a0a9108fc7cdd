import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTRIBUTED_TABLES, REFERENCE_TABLES } from '../../src/server/db/citus/layout';
import { migrate } from '../../src/server/db/migrate';
import type { TestDatabase } from './test-database';
import { createTestDatabase } from './test-database';

const run = promisify(execFile);
const MIGRATIONS = join(process.cwd(), 'src/server/db/migrations');

describe('the Citus layout', () => {
  let db: TestDatabase;
  beforeAll(async () => (db = await createTestDatabase()));
  afterAll(() => db?.drop());

  it('places every table the migrations make, exactly once', async () => {
    const sql = (await Promise.all((await readdir(MIGRATIONS)).map((name) => readFile(join(MIGRATIONS, name), 'utf8')))).join('\n');
    const created = [...sql.matchAll(/CREATE TABLE (\w+)/g)].map((match) => match[1]).sort();
    const placed = [...REFERENCE_TABLES, ...DISTRIBUTED_TABLES.map(({ table }) => table)].sort();
    expect(placed).toEqual(created);
  });

  it('keys every distributed table by its distribution column, as Citus requires of primary and foreign keys', async () => {
    const client = await db.connect();
    await migrate(client);
    for (const { table, column } of DISTRIBUTED_TABLES) {
      const { rows } = await client.query<{ kind: string; columns: string[] }>(
        `SELECT c.contype AS kind, array_agg(a.attname::text) AS columns
           FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
          WHERE c.conrelid = $1::regclass AND c.contype IN ('p', 'f') GROUP BY c.oid, c.contype`,
        [table],
      );
      expect(rows.some((row) => row.kind === 'p'), table).toBe(true);
      // A foreign key to another distributed table must hold the distribution column; those to reference tables need not.
      for (const row of rows.filter((row) => row.kind === 'p' || row.columns.includes('article_id'))) expect(row.columns, `${table} ${row.kind}`).toContain(column);
    }
  });

  // The CLI through npx: a few seconds on a busy machine.
  it('changes nothing and says what to set up where the citus extension is missing', { timeout: 60_000 }, async () => {
    const fresh = await createTestDatabase();
    try {
      const client = await fresh.connect();
      const citus = (await client.query("SELECT 1 FROM pg_available_extensions WHERE name = 'citus'")).rowCount! > 0;
      const result = await run('npx', ['tsx', 'src/server/db/citus/distribute-cli.ts', '--url', fresh.url]).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
      expect(result.code).toBe(2);
      // Where Citus is installed, this lone server has no worker yet: the other refusal.
      expect(result.stderr).toMatch(citus ? /has no worker/ : /has no citus extension: install Citus/);
      expect((await client.query("SELECT to_regclass('articles') AS t")).rows[0].t).toBeNull();
    } finally {
      await fresh.drop();
    }
  });
});

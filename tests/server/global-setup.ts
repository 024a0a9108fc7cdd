import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startCluster, stopCluster } from '../../src/server/db/local-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test cluster's `steel_radar` database, as its superuser: each test file makes a database of its own from it. */
    databaseUrl: string;
    clusterDir: string;
  }
}

/**
 * One throwaway cluster per test run, in a temporary folder, stopped and removed after: initdb and a
 * start take seconds on a busy machine, too long to repeat per file, and each file still works in a
 * database of its own (tests/server/test-database.ts), so files neither see nor wait for each other.
 * Durability is off: nothing here must survive a crash.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'steel-radar-pg-'));
  const stop = async () => {
    await stopCluster(dir);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const { cluster } = await startCluster(dir, { settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } });
    project.provide('databaseUrl', cluster.url);
    project.provide('clusterDir', dir);
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}

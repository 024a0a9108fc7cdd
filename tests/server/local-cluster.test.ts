import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { DATABASE, clusterStatus, startCluster, stopCluster } from '../../src/server/db/local-cluster';

describe('the project-local cluster', () => {
  // The run's cluster, started by the global setup with the same module the npm scripts use.
  const dir = inject('clusterDir');

  it('says where it runs when started again, without starting a second server', async () => {
    const running = await clusterStatus(dir);
    expect(running).not.toBeNull();
    const again = await startCluster(dir);
    expect(again).toEqual({ cluster: running, started: false });
    expect(running!.url).toBe(inject('databaseUrl'));
    expect(new URL(running!.url)).toMatchObject({ hostname: '127.0.0.1', port: String(running!.port), pathname: `/${DATABASE}` });
  });

  it('asks for its password', async () => {
    const url = new URL(inject('databaseUrl'));
    url.password = 'wrong';
    const client = new pg.Client({ connectionString: url.href });
    await expect(client.connect()).rejects.toThrow(/password authentication failed/);
  });

  it('knows a folder holding no cluster is not running, and stopping it does nothing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'steel-radar-no-cluster-'));
    expect(await clusterStatus(empty)).toBeNull();
    expect(await stopCluster(empty)).toBe(false);
    await rm(empty, { recursive: true });
  });
});

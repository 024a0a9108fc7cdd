// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureServer } from './fixture-server';
import { startFixtureServer } from './fixture-server';
import { readDatasetFolder } from '../../fixtures/dataset-folder';

const ROOT = join(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** Runs the CLI in a child process; asynchronously, so this process's fixture server can answer it. */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, ['src/ingest/cli.ts', ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('npm run ingest -- --update', () => {
  let server: FixtureServer;
  let dir: string;
  let args: string[];
  beforeAll(async () => {
    server = await startFixtureServer();
    dir = await mkdtemp(join(tmpdir(), 'radar-cli-update-'));
    await mkdir(join(dir, 'raw'));
    const sources = [
      { id: 'steel-daily', name: 'Steel Transition Daily', kind: 'wordpress-rest', url: `${server.origin}/wp-json/wp/v2/posts`, search: 'steel', language: 'en' },
      { id: 'broken', name: 'Broken Feed', kind: 'rss', url: `${server.origin}/feeds/malformed.xml` },
      { id: 'later', name: 'Later', kind: 'rss', url: `${server.origin}/feeds/green-metals.rss`, enabled: false },
    ];
    await writeFile(join(dir, 'feeds.json'), JSON.stringify({ sources }));
    args = ['--update', '--feeds', join(dir, 'feeds.json'), '--state', join(dir, 'state.json'), '--raw', join(dir, 'raw'), '--out', join(dir, 'dataset')];
  });
  afterAll(() => server.close());

  it('fetches, reports each source, ingests what it fetched and exits 1 when a source failed', async () => {
    const run = await cli(args);
    expect(run.stdout).toContain('Updated 2 of 3 source(s), 1 failed.');
    expect(run.stdout).toContain('  ok       steel-daily: 4 new, 0 updated, 0 unchanged (1 request(s))');
    expect(run.stdout).toMatch(/ {2}FAILED {3}broken: malformed XML: .*; 0 new, 0 updated, 0 unchanged \(1 request\(s\)\)/);
    expect(run.stdout).toContain('  disabled later');
    expect(run.stdout).toContain('Ingested 4 file(s), 0 failed.');
    expect(run.code).toBe(1);
    expect(readDatasetFolder(join(dir, 'dataset')).articles.map((a) => a.publisher)).toEqual(Array(4).fill('Steel Transition Daily'));
  }, 60_000);

  it('skips sources that are not due, leaves the dataset as it was and exits 0', async () => {
    const run = await cli(args);
    expect(run.stdout).toMatch(/ {2}not due {2}steel-daily: next at \S+ \(--force to fetch now\)/);
    expect(run.stdout).toContain('Unchanged:');
    expect(run.code).toBe(0);
  }, 60_000);

  it('refuses update options without --update', async () => {
    const run = await cli(['--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--force, --feeds and --state apply only with --update');
  }, 60_000);
});

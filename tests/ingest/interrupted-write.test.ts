// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderFiles, readDatasetFolder } from '../fixtures/dataset-folder';

const ROOT = join(import.meta.dirname, '../..');
const SEEDS = ['000_fa8ab69e4dd8b688.txt', '001_50f0fd16bd848828.txt', '002_5c8d53fa7e8bfccc.txt', '003_c7c6dbe900089e74.txt', '004_ff2f5edfc729615d.txt'];
type CrashAt = 'mid-write' | 'before-swap' | 'mid-swap';

function ingest(raw: string, out: string, crashAt?: CrashAt) {
  const preload = crashAt ? ['--import', './tests/ingest/crash-on-write.mjs'] : [];
  // One node process (npx and the tsx launcher would each add a parent that hides the signal).
  return spawnSync(process.execPath, ['--import', 'tsx', ...preload, 'src/ingest/cli.ts', '--raw', raw, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CRASH_AT: crashAt ?? '' },
  });
}

describe('an ingest killed while writing', () => {
  // Where the last good folder is after the kill: in place, or (killed between the swap's two renames) moved aside under the run's pid.
  it.each<[CrashAt, RegExp]>([
    ['mid-write', /^dataset$/],
    ['before-swap', /^dataset$/],
    ['mid-swap', /^dataset\.\d+\.old$/],
  ])('(%s) leaves the last good dataset whole, and the next run recovers', async (crashAt, lastGoodName) => {
    const raw = await mkdtemp(join(tmpdir(), 'radar-kill-raw-'));
    const outDir = await mkdtemp(join(tmpdir(), 'radar-kill-out-'));
    const out = join(outDir, 'dataset');
    for (const name of SEEDS.slice(0, 2)) await copyFile(join(ROOT, 'data/raw', name), join(raw, name));
    expect(ingest(raw, out).status).toBe(0);
    const lastGood = folderFiles(out);

    for (const name of SEEDS.slice(2)) await copyFile(join(ROOT, 'data/raw', name), join(raw, name));
    const killed = ingest(raw, out, crashAt);
    expect(killed.signal).toBe('SIGKILL');
    const left = (await readdir(outDir)).sort();
    // The new folder is left beside, under a name no reader takes for the dataset.
    expect(left.filter((name) => name !== 'dataset' && !name.endsWith('.old'))).toEqual([expect.stringMatching(/^dataset\.\d+\.tmp$/)]);
    const kept = left.filter((name) => lastGoodName.test(name));
    expect(kept).toHaveLength(1);
    expect(folderFiles(join(outDir, kept[0]!))).toEqual(lastGood);
    expect(readDatasetFolder(join(outDir, kept[0]!)).articles).toHaveLength(2);

    expect(ingest(raw, out).status).toBe(0);
    expect(await readdir(outDir)).toEqual(['dataset']);
    expect(readDatasetFolder(out).articles).toHaveLength(5);
  }, 90_000);
});

// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/parse-dataset';

const ROOT = join(import.meta.dirname, '../..');
const SEEDS = ['000_fa8ab69e4dd8b688.txt', '001_50f0fd16bd848828.txt', '002_5c8d53fa7e8bfccc.txt', '003_c7c6dbe900089e74.txt', '004_ff2f5edfc729615d.txt'];

function ingest(raw: string, out: string, crashAt?: 'mid-write' | 'before-rename') {
  const preload = crashAt ? ['--import', './tests/ingest/crash-on-write.mjs'] : [];
  // One node process (npx and the tsx launcher would each add a parent that hides the signal).
  return spawnSync(process.execPath, ['--import', 'tsx', ...preload, 'src/ingest/cli.ts', '--raw', raw, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CRASH_AT: crashAt ?? '' },
  });
}

describe('an ingest killed while writing', () => {
  it.each(['mid-write', 'before-rename'] as const)('(%s) leaves the last good dataset intact, and the next run recovers', async (crashAt) => {
    const raw = await mkdtemp(join(tmpdir(), 'radar-kill-raw-'));
    const outDir = await mkdtemp(join(tmpdir(), 'radar-kill-out-'));
    const out = join(outDir, 'dataset.json');
    for (const name of SEEDS.slice(0, 2)) await copyFile(join(ROOT, 'data/raw', name), join(raw, name));
    expect(ingest(raw, out).status).toBe(0);
    const lastGood = await readFile(out, 'utf8');

    for (const name of SEEDS.slice(2)) await copyFile(join(ROOT, 'data/raw', name), join(raw, name));
    const killed = ingest(raw, out, crashAt);
    expect(killed.signal).toBe('SIGKILL');
    expect(await readFile(out, 'utf8')).toBe(lastGood);
    expect(parseDataset(JSON.parse(lastGood)).dataset.articles).toHaveLength(2);
    // The scratch file is left behind under a name no reader takes for the dataset.
    const left = (await readdir(outDir)).sort();
    expect(left).toEqual(['dataset.json', expect.stringMatching(/^dataset\.json\.\d+\.tmp$/)]);

    expect(ingest(raw, out).status).toBe(0);
    expect(await readdir(outDir)).toEqual(['dataset.json']);
    expect(parseDataset(JSON.parse(await readFile(out, 'utf8'))).dataset.articles).toHaveLength(5);
  }, 90_000);
});

// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE } from '../../src/engine/columnar/article-index';
import type { DatasetContent } from '../../src/ingest/run';
import { writeDataset } from '../../src/ingest/write';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';
import { folderFiles, readDatasetFolder, readManifest } from '../fixtures/dataset-folder';

function content(version: string, articles = [makeArticle()]): DatasetContent {
  const { generatedAt: _unused, ...rest } = makeDataset(articles, { datasetVersion: version });
  return rest;
}

const JANUARY = new Date('2026-01-01T00:00:00Z');
const tempDir = () => mkdtemp(join(tmpdir(), 'radar-write-'));

/** The pid of a process that has exited: what a killed run leaves its scratch folders under. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('writeDataset', () => {
  it('writes the folder: index, search file, body files and a manifest listing them with their sizes', async () => {
    const out = join(await tempDir(), 'dataset');
    const articles = Array.from({ length: CHUNK_SIZE + 1 }, (_, i) => makeArticle({ id: `a-${String(i).padStart(4, '0')}`, title: `Steel ${i}` }));
    expect((await writeDataset(out, content('v1', articles), JANUARY)).outcome).toBe('written');
    expect(Object.keys(folderFiles(out))).toEqual(['bodies/0.json', 'bodies/1.json', 'index.bin', 'manifest.json', 'search.bin']);
    const manifest = readManifest(out);
    expect(manifest).toMatchObject({ format: 'steel-radar-dataset', formatVersion: 1, datasetVersion: 'v1', generatedAt: '2026-01-01T00:00:00.000Z', articles: CHUNK_SIZE + 1 });
    for (const file of manifest.files) expect((await stat(join(out, file.path))).size, file.path).toBe(file.bytes);
    expect(manifest.files.map((file) => file.path)).toEqual(['index.bin', 'bodies/0.json', 'bodies/1.json', 'search.bin']);
    expect(readDatasetFolder(out)).toEqual({ ...content('v1', articles), generatedAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is deterministic: the same content gives byte-identical folders, and an unchanged one is left untouched with its generatedAt', async () => {
    const [a, b] = [join(await tempDir(), 'dataset'), join(await tempDir(), 'dataset')];
    await writeDataset(a, content('v1'), JANUARY);
    await writeDataset(b, content('v1'), JANUARY);
    const first = folderFiles(a);
    expect(folderFiles(b)).toEqual(first);

    const before = (await stat(join(a, 'manifest.json'))).mtimeMs;
    expect((await writeDataset(a, content('v1'), new Date('2026-06-01T00:00:00Z'))).outcome).toBe('unchanged');
    expect(folderFiles(a)).toEqual(first);
    expect((await stat(join(a, 'manifest.json'))).mtimeMs).toBe(before);
    expect(readManifest(a).generatedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('stamps a new generatedAt, in the manifest and the index, when the content changes', async () => {
    const out = join(await tempDir(), 'dataset');
    await writeDataset(out, content('v1'), JANUARY);
    expect((await writeDataset(out, content('v2'), new Date('2026-02-01T00:00:00Z'))).outcome).toBe('written');
    expect(readManifest(out)).toMatchObject({ datasetVersion: 'v2', generatedAt: '2026-02-01T00:00:00.000Z' });
    expect(readDatasetFolder(out)).toMatchObject({ datasetVersion: 'v2', generatedAt: '2026-02-01T00:00:00.000Z' });
  });

  it.each([
    ['an article', content('v3', [makeArticle(), makeArticle({ id: 'a-bad', url: 'javascript:alert(1)' })]), /fails its schema at articles\.1\.url \(article a-bad\): .*http\(s\).*; nothing written/],
    ['the envelope', { ...content('v3'), taxonomy: { version: 2 } } as unknown as DatasetContent, /fails its schema at taxonomy\.version: .*; nothing written/],
  ])('refuses a dataset whose %s fails the schema, by path and reason, and keeps the last good folder', async (_part, broken, reason) => {
    const parent = await tempDir();
    const out = join(parent, 'dataset');
    await writeDataset(out, content('v1'), JANUARY);
    const lastGood = folderFiles(out);
    await expect(writeDataset(out, broken, new Date())).rejects.toThrow(reason);
    expect(folderFiles(out)).toEqual(lastGood);
    expect(await readdir(parent)).toEqual(['dataset']);
  });

  it('clears what killed runs left beside the folder, and leaves a running one’s scratch folder alone', async () => {
    const parent = await tempDir();
    const out = join(parent, 'dataset');
    await writeDataset(out, content('v1'), JANUARY);
    const dead = deadPid();
    const running = `dataset.${process.ppid}.tmp`;
    for (const name of [`dataset.${dead}.tmp`, `dataset.${dead}.old`, running]) {
      await mkdir(join(parent, name, 'bodies'), { recursive: true });
      await writeFile(join(parent, name, 'index.bin'), 'half');
    }
    await writeDataset(out, content('v2'), JANUARY);
    expect((await readdir(parent)).sort()).toEqual(['dataset', running]);
    expect(readManifest(out).datasetVersion).toBe('v2');
  });

  it('puts back the last good folder a run killed mid-swap left aside, then writes over it', async () => {
    const parent = await tempDir();
    const out = join(parent, 'dataset');
    await writeDataset(out, content('v1'), JANUARY);
    const aside = join(parent, `dataset.${deadPid()}.old`);
    await rename(out, aside);
    // Unchanged against the last good folder once it is back: its generatedAt is kept.
    expect((await writeDataset(out, content('v1'), new Date('2026-06-01T00:00:00Z'))).outcome).toBe('unchanged');
    expect(readManifest(out).generatedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(await readdir(parent)).toEqual(['dataset']);
  });
});

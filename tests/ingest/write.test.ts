// @vitest-environment node
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetContent } from '../../src/ingest/run';
import { writeDataset } from '../../src/ingest/write';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';

function content(version: string, articles = [makeArticle()]): DatasetContent {
  const { generatedAt: _unused, ...rest } = makeDataset(articles, { datasetVersion: version });
  return rest;
}

describe('writeDataset', () => {
  it('writes, then leaves identical content byte-for-byte untouched (generatedAt kept)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'radar-write-'));
    const file = join(dir, 'dataset.json');
    expect(await writeDataset(file, content('v1'), new Date('2026-01-01T00:00:00Z'))).toBe('written');
    const first = await readFile(file, 'utf8');
    expect(await writeDataset(file, content('v1'), new Date('2026-06-01T00:00:00Z'))).toBe('unchanged');
    expect(await readFile(file, 'utf8')).toBe(first);
    expect(JSON.parse(first).generatedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('stamps a new generatedAt when the content changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'radar-write-'));
    const file = join(dir, 'dataset.json');
    await writeDataset(file, content('v1'), new Date('2026-01-01T00:00:00Z'));
    await writeDataset(file, content('v2'), new Date('2026-02-01T00:00:00Z'));
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ datasetVersion: 'v2', generatedAt: '2026-02-01T00:00:00.000Z' });
  });

  it('refuses a dataset that fails the schema and keeps the last good file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'radar-write-'));
    const file = join(dir, 'dataset.json');
    await writeFile(file, 'last good dataset');
    const broken = content('v3', [makeArticle({ url: 'javascript:alert(1)' })]);
    await expect(writeDataset(file, broken, new Date())).rejects.toThrow(/fails its schema at articles\.0\.url/);
    expect(await readFile(file, 'utf8')).toBe('last good dataset');
    expect(await readdir(dir)).toEqual(['dataset.json']);
  });
});

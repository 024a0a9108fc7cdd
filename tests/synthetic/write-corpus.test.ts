// @vitest-environment node
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSearchFile } from '../../src/engine/columnar/search-file';
import { createSyntheticCorpus } from '../../src/synthetic/generate-corpus';
import { writeCorpus } from '../../src/synthetic/write-corpus';
import { makeDataset } from '../fixtures/make-dataset';
import { folderFiles, readDatasetFolder, readManifest } from '../fixtures/dataset-folder';

const bufferOf = (bytes: Buffer) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;

describe('writeCorpus', () => {
  const base = makeDataset();
  const corpus = createSyntheticCorpus({ count: 1_100, seed: 4, taxonomy: base.taxonomy, registry: base.organizations, organizationCount: 20 });

  it('writes the same folder in any place, dated by the generator, with search.bin over titles, highlights and text', async () => {
    const root = await mkdtemp(join(tmpdir(), 'radar-corpus-'));
    await writeCorpus(join(root, 'a'), corpus);
    await writeCorpus(join(root, 'b'), corpus);
    expect(folderFiles(join(root, 'b'))).toEqual(folderFiles(join(root, 'a')));
    expect(readManifest(join(root, 'a'))).toMatchObject({ articles: 1_100, generatedAt: corpus.envelope().generatedAt });

    const { generatedAt, datasetVersion, articles } = readDatasetFolder(join(root, 'a'));
    expect(articles).toHaveLength(corpus.count);
    const { search, scope } = decodeSearchFile(bufferOf(await readFile(join(root, 'a', 'search.bin'))), { count: corpus.count, envelope: { generatedAt, datasetVersion } });
    expect(scope).toBe('titles-highlights-text');
    // A sentence of the body only (the filler paragraph), never in a title or highlight.
    const bodyOnly = corpus.article(0).body.at(-1)!.text;
    const { title, highlights } = corpus.article(0);
    expect(`${title} ${highlights.items.join(' ')}`).not.toContain(bodyOnly);
    expect(search.search(bodyOnly).ids).toContain(0);
  });
});

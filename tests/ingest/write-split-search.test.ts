// @vitest-environment node
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArticleIndex } from '../../src/engine/columnar/decode-article-index';
import { decodeSearchFile } from '../../src/engine/columnar/search-file';
import { writeSplitDataset } from '../../src/ingest/write-split';
import { createSyntheticCorpus } from '../../src/synthetic/generate-corpus';
import { makeDataset } from '../fixtures/make-dataset';

const bufferOf = (bytes: Buffer) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;

describe('writeSplitDataset', () => {
  const base = makeDataset();
  const corpus = createSyntheticCorpus({ count: 1_100, seed: 4, taxonomy: base.taxonomy, registry: base.organizations, organizationCount: 20 });

  it('writes search.bin over titles, highlights and text, belonging to its index.bin, the same on every run', async () => {
    const root = await mkdtemp(join(tmpdir(), 'radar-split-'));
    const written = await writeSplitDataset(join(root, 'a'), corpus.envelope(), corpus.count, corpus.article);
    await writeSplitDataset(join(root, 'b'), corpus.envelope(), corpus.count, corpus.article);
    const [first, second] = await Promise.all([readFile(join(root, 'a', 'search.bin')), readFile(join(root, 'b', 'search.bin'))]);
    expect(first.equals(second)).toBe(true);
    expect(written.searchBytes).toBe(first.length);

    const index = decodeArticleIndex(bufferOf(await readFile(join(root, 'a', 'index.bin'))));
    const { search, scope } = decodeSearchFile(bufferOf(first), { count: index.header.count, envelope: index.header.envelope });
    expect(scope).toBe('titles-highlights-text');
    // A sentence of the body only (the filler paragraph), never in a title or highlight.
    const bodyOnly = corpus.article(0).body.at(-1)!.text;
    const { title, highlights } = corpus.article(0);
    expect(`${title} ${highlights.items.join(' ')}`).not.toContain(bodyOnly);
    expect(search.search(bodyOnly).ids).toContain(0);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { entriesFor, parseManifest } from '../../src/ingest/manifest';

const manifest = (files: Record<string, object>) => parseManifest({ files });

describe('entriesFor', () => {
  it('finds an entry keyed by the path under the raw folder, and by a bare name when only one file has it', () => {
    const { entries, warnings } = entriesFor(manifest({ 'news/a.txt': { publisher: 'A' }, 'b.txt': { publisher: 'B' } }), ['news/a.txt', 'sources/site/b.txt']);
    expect(Object.fromEntries([...entries].map(([path, entry]) => [path, entry.publisher]))).toEqual({ 'news/a.txt': 'A', 'sources/site/b.txt': 'B' });
    expect(warnings).toEqual([]);
  });

  it('names an entry that matches no file, and a bare name two files share', () => {
    const { entries, warnings } = entriesFor(manifest({ 'typo.txt': { publisher: 'A' }, 'c.txt': { publisher: 'C' } }), ['x/c.txt', 'y/c.txt']);
    expect(entries.size).toBe(0);
    expect(warnings.map((warning) => warning.message)).toEqual([
      'the sources manifest entry "typo.txt" matches no file in the raw folder',
      'the sources manifest entry "c.txt" names 2 files (x/c.txt, y/c.txt); key it by its path under the raw folder',
    ]);
  });

  it('prefers the full path when both are given', () => {
    const { entries } = entriesFor(manifest({ 'a.txt': { publisher: 'bare' }, 'news/a.txt': { publisher: 'path' } }), ['news/a.txt']);
    expect(entries.get('news/a.txt')?.publisher).toBe('path');
  });
});

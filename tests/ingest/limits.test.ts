// @vitest-environment node
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/run';
import { ROOT, SHIPPED_INPUTS } from '../fixtures/shipped-inputs';

const inputs = SHIPPED_INPUTS;

/** Every 20th file is a one-line article; the rest are the debris a bulk copy leaves. */
const TINY = ['', ' \n', '\0', '{', '<rss><channel>'];
const tinyContent = (i: number) => (i % 20 === 0 ? `Steel Note Number ${i}\n\nBaogang tested hydrogen metallurgy at plant ${i}.\n` : TINY[i % TINY.length]!);

describe('ingest limits', () => {
  it('reads 10,000 tiny files with one result each and bounded memory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'radar-tiny-'));
    for (let folder = 0; folder < 100; folder += 1) await mkdir(join(dir, String(folder).padStart(2, '0')));
    await Promise.all(
      Array.from({ length: 10_000 }, (_, i) => writeFile(join(dir, String(i % 100).padStart(2, '0'), `note-${String(i).padStart(5, '0')}.txt`), tinyContent(i))),
    );
    const before = process.memoryUsage().rss;
    const content = await runIngest({ rawDir: dir, inputs, maxFileBytes: 20e6 });
    expect(process.memoryUsage().rss - before).toBeLessThan(300e6);

    expect(content.report.files).toHaveLength(10_000);
    expect(content.articles).toHaveLength(500);
    const reasons = new Map<string, number>();
    for (const file of content.report.files) {
      const reason = file.reason?.replace(/\(.*/, '').trim();
      if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    expect(Object.fromEntries(reasons)).toEqual({
      'empty file': 1500,
      'no article text found in the text content': 2000,
      'binary file': 2000,
      'invalid JSON: Expected property name or \'}\' in JSON at position 1': 2000,
      'malformed XML: elements never closed: <rss>, <channel>': 2000,
    });
  }, 60_000);

  it('stops at the article limit and says which files were not read, and why', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'radar-limit-'));
    for (const name of ['000_fa8ab69e4dd8b688.txt', '001_50f0fd16bd848828.txt', '003_c7c6dbe900089e74.txt']) {
      await copyFile(join(ROOT, 'data/raw', name), join(dir, name));
    }
    await copyFile(join(ROOT, 'tests/fixtures/raw/feed.rss'), join(dir, '002-feed.rss'));
    const content = await runIngest({ rawDir: dir, inputs, maxFileBytes: 20e6, maxArticles: 3 });
    expect(content.articles).toHaveLength(3);
    expect(content.report.files.map((file) => [file.path, file.status, file.articleIds.length])).toEqual([
      ['000_fa8ab69e4dd8b688.txt', 'ingested', 1],
      ['001_50f0fd16bd848828.txt', 'ingested', 1],
      ['002-feed.rss', 'ingested', 1],
      ['003_c7c6dbe900089e74.txt', 'skipped', 0],
    ]);
    expect(content.report.files[3]?.reason).toBe('not read: the limit of 3 articles was reached (raise it with --max-articles)');
    expect(content.report.warnings).toContainEqual({
      path: '002-feed.rss',
      message: 'only the first 1 of its 2 articles were read: the limit of 3 articles was reached (raise it with --max-articles)',
    });
  }, 60_000);
});

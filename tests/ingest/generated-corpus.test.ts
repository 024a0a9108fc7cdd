// @vitest-environment node
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetContent } from '../../src/ingest/run';
import { runIngest } from '../../src/ingest/run';
import { SHIPPED_INPUTS } from '../fixtures/shipped-inputs';
import type { GeneratedCorpus } from './generated-corpus';
import { generateCorpus } from './generated-corpus';

describe('the ingest over thousands of generated raw items', () => {
  let corpus: GeneratedCorpus;
  let content: DatasetContent;
  beforeAll(async () => {
    corpus = generateCorpus(7, 60, 40);
    const dir = await mkdtemp(join(tmpdir(), 'radar-generated-'));
    for (const { path, bytes } of corpus.files) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), bytes);
    }
    content = await runIngest({ rawDir: dir, inputs: SHIPPED_INPUTS, maxFileBytes: 20e6, today: new Date('2026-12-05T12:00:00Z') });
    // About 2,600 items through the whole ingest: seconds alone, many times that on a busy machine.
  }, 300_000);

  it('writes one article per distinct item: items in minus true duplicates', () => {
    const items = corpus.articles.size + corpus.duplicates;
    expect(items).toBeGreaterThan(2_500);
    expect(content.articles).toHaveLength(corpus.articles.size);
    expect(content.report.duplicates).toHaveLength(corpus.duplicates);
    for (const duplicate of content.report.duplicates) expect(duplicate.reason).toBe('same GUID');
    expect(new Set(content.articles.map((article) => article.title))).toEqual(new Set(corpus.articles.keys()));
    expect(new Set(content.articles.map((article) => article.id)).size).toBe(content.articles.length);
  });

  it('leaves no mojibake and no markup in any text, whatever the encoding', () => {
    for (const article of content.articles) {
      const text = [article.title, ...article.body.map((block) => block.text)].join('\n');
      expect(text, article.source.path).not.toMatch(/â€|Ã©|Ã¢|�|<\/?[a-z][^>]*>|[\u0080-\u009f]/);
    }
    const japanese = content.articles.find((article) => article.source.path.startsWith('texts/euc-jp'));
    expect(japanese?.body.map((block) => block.text).join(' ')).toContain('日本製鉄は水素還元製鉄');
  });

  it('marks no wrong date confirmed: every stated day is read right, an unreadable one is unknown', () => {
    for (const article of content.articles) {
      const truth = corpus.articles.get(article.title)!;
      if (truth.day === null) expect(article.publishedAt, article.title).toBeNull();
      else expect(article.publishedAt, article.title).toMatchObject({ value: truth.day, confidence: 'confirmed' });
    }
  });

  it('turns no phone number, table row or founding date into a publication date or an event', () => {
    for (const article of content.articles) {
      for (const event of article.events) expect(Number(event.date.value.slice(0, 4)), article.title).toBeGreaterThanOrEqual(1800);
    }
    expect(content.articles.filter((article) => article.events.some((event) => event.date.value.startsWith('0172')))).toEqual([]);
  });

  it('names every failure with its file and reason, and nothing else fails', () => {
    const failed = new Map(content.report.files.filter((file) => file.status === 'failed').map((file) => [file.path, file.reason ?? '']));
    expect([...failed.keys()].sort()).toEqual([...corpus.bad.keys()].sort());
    for (const [path, pattern] of corpus.bad) expect(failed.get(path), path).toMatch(pattern);
  });
});

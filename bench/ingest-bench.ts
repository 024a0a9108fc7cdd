import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Organization, Taxonomy } from '../src/domain/schema';
import { createSyntheticCorpus } from '../src/synthetic/generate-corpus';

export interface IngestResult {
  files: number;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMb: number;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Writes `count` raw files as a crawl would leave them, from the synthetic corpus: seven in ten
 * WordPress REST posts (HTML content, GMT date, link), the rest plain text copied from a page.
 */
export function writeRawCorpus(dir: string, count: number, inputs: { taxonomy: Taxonomy; registry: Organization[] }): void {
  if (existsSync(join(dir, `${count - 1}.txt`)) || existsSync(join(dir, `${count - 1}.json`))) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const corpus = createSyntheticCorpus({ count, seed: 7, taxonomy: inputs.taxonomy, registry: inputs.registry });
  for (let i = 0; i < count; i++) {
    const article = corpus.article(i);
    const paragraphs = article.body.map((block) => block.text);
    if (i % 10 < 7) {
      const date = article.publishedAt?.precision === 'day' ? `${article.publishedAt.value}T08:00:00` : '';
      const post = { id: i, date_gmt: date, link: article.url, title: { rendered: escapeHtml(article.title) }, content: { rendered: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n') } };
      writeFileSync(join(dir, `${i}.json`), JSON.stringify(post));
    } else {
      writeFileSync(join(dir, `${i}.txt`), [article.title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
    }
  }
}

/** Runs the real ingest (read, normalize, validate, write) in its own process, for a clean peak-memory figure. */
export function benchIngest(rawDir: string, outDir: string, files: number): IngestResult {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/ingest-child.ts', rawDir, outDir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const { articles, seconds, peakRssMb } = JSON.parse(output.trim().split('\n').at(-1)!) as { articles: number; seconds: number; peakRssMb: number };
  return { files, articles, seconds, articlesPerSecond: articles / seconds, peakRssMb };
}

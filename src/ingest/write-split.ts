import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as v from 'valibot';
import type { Article } from '../domain/schema';
import { ArticleSchema, DatasetSchema } from '../domain/schema';
import type { DatasetEnvelope } from '../engine/columnar/article-index';
import { CHUNK_SIZE } from '../engine/columnar/article-index';
import { encodeArticleIndex } from '../engine/columnar/encode-article-index';
import { CompactSearchBuilder } from '../engine/columnar/compact-search';
import { SEARCH_FILE, encodeSearchFile, searchFieldsOf } from '../engine/columnar/search-file';

/**
 * Writes the layout for large datasets: `index.bin` (what filters, facets, timeline and cards need, as
 * columns), `search.bin` (the full-text index over titles, highlights and article text, which the
 * client cannot build without the bodies) and `bodies/<n>.json` (whole articles, CHUNK_SIZE per file,
 * fetched when one is opened). Articles are read one chunk at a time; the search index keeps only postings.
 * Every article is checked against the schema the app loads it with; the folder is replaced at once
 * (written beside it, then renamed), so a failed run leaves the last good one.
 */
export async function writeSplitDataset(dir: string, envelope: DatasetEnvelope, count: number, articleAt: (i: number) => Article): Promise<{ indexBytes: number; searchBytes: number; chunks: number }> {
  const checked = v.safeParse(DatasetSchema, { ...envelope, articles: [] });
  if (!checked.success) throw new Error(`the dataset envelope fails its schema: ${checked.issues[0]?.message}`);
  const temporary = `${dir}.${process.pid}.tmp`;
  await rm(temporary, { recursive: true, force: true });
  await mkdir(join(temporary, 'bodies'), { recursive: true });
  try {
    let chunks = 0;
    const search = new CompactSearchBuilder(count);
    for (let start = 0; start < count; start += CHUNK_SIZE) {
      const articles = Array.from({ length: Math.min(CHUNK_SIZE, count - start) }, (_, k) => {
        const result = v.safeParse(ArticleSchema, articleAt(start + k));
        if (!result.success) throw new Error(`article ${start + k} fails its schema at ${v.getDotPath(result.issues[0]!) ?? ''}: ${result.issues[0]!.message}`);
        search.add(start + k, searchFieldsOf(result.output));
        return result.output;
      });
      await writeFile(join(temporary, 'bodies', `${chunks++}.json`), JSON.stringify(articles));
    }
    const index = encodeArticleIndex(envelope, count, articleAt);
    await writeFile(join(temporary, 'index.bin'), index);
    const searchFile = encodeSearchFile(search.build(), envelope, 'titles-highlights-text');
    await writeFile(join(temporary, SEARCH_FILE), searchFile);
    await mkdir(dirname(dir), { recursive: true });
    // Folders cannot be swapped in one step: the old one is moved aside first, so an interruption
    // leaves either the old folder, the new one, or the old one under `.previous` — never nothing.
    const previous = `${dir}.previous`;
    await rm(previous, { recursive: true, force: true });
    await rename(dir, previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(temporary, dir);
    await rm(previous, { recursive: true, force: true });
    return { indexBytes: index.length, searchBytes: searchFile.length, chunks };
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

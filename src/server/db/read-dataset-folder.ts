import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import type { Article } from '../../domain/schema';
import { ArticleSchema } from '../../domain/schema';
import type { ArticleIndex, DatasetEnvelope } from '../../engine/columnar/article-index';
import { INDEX_FILE, MANIFEST_FILE, bodyFilePath } from '../../engine/columnar/dataset-folder';
import { decodeArticleIndex } from '../../engine/columnar/decode-article-index';

/** An article that could not be taken, where it was and why. */
export interface ArticleProblem {
  /** Relative to the folder, e.g. `bodies/3.json`. */
  path: string;
  /** Its place in the index, when known. */
  position?: number;
  articleId?: string;
  reason: string;
}

/** An article checked with the project's schema, its place in the index (newest first) and its body file. */
export interface PlacedArticle {
  article: Article;
  position: number;
  path: string;
}

export interface BodyFile {
  path: string;
  articles: PlacedArticle[];
  problems: ArticleProblem[];
}

export interface DatasetFolder {
  envelope: DatasetEnvelope;
  /** How many articles the index and the manifest announce. */
  count: number;
  /** The body files in index order, each read and checked when its turn comes, so a large dataset never sits in memory whole. */
  bodyFiles(): AsyncGenerator<BodyFile>;
}

/** The folder as a whole cannot be loaded: no manifest or index, or the two disagree. */
export class DatasetFolderError extends Error {
  override name = 'DatasetFolderError';
}

const bufferOf = (bytes: Buffer) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;

async function readManifest(dir: string): Promise<{ datasetVersion: string; articles: number }> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8'));
  } catch (error) {
    throw new DatasetFolderError(`${join(dir, MANIFEST_FILE)} cannot be read (${(error as Error).message}): is ${dir} a dataset folder?`);
  }
  const { datasetVersion, articles } = (manifest ?? {}) as { datasetVersion?: unknown; articles?: unknown };
  if (typeof datasetVersion !== 'string' || typeof articles !== 'number') throw new DatasetFolderError(`${join(dir, MANIFEST_FILE)} is not a dataset manifest`);
  return { datasetVersion, articles };
}

/**
 * Opens a dataset folder as the app does: the envelope (taxonomy, organizations, versions) from
 * `index.bin`, checked with the project's schema, and the manifest, which must agree with it. Throws
 * DatasetFolderError when the folder cannot be loaded at all; a broken body file or article is only
 * reported when `bodyFiles` reaches it.
 */
export async function openDatasetFolder(dir: string): Promise<DatasetFolder> {
  const manifest = await readManifest(dir);
  let index: ArticleIndex;
  try {
    index = decodeArticleIndex(bufferOf(await readFile(join(dir, INDEX_FILE))));
  } catch (error) {
    throw new DatasetFolderError(`${join(dir, INDEX_FILE)} cannot be read: ${(error as Error).message}`);
  }
  const { envelope, count, chunkSize } = index.header;
  if (envelope.datasetVersion !== manifest.datasetVersion || count !== manifest.articles) {
    throw new DatasetFolderError(
      `${dir}: the manifest (version ${manifest.datasetVersion}, ${manifest.articles} articles) and the index (version ${envelope.datasetVersion}, ${count} articles) belong to different datasets`,
    );
  }

  async function readBodyFile(chunk: number): Promise<BodyFile> {
    const path = bodyFilePath(chunk);
    const start = chunk * chunkSize;
    const expected = Math.min(chunkSize, count - start);
    const lost = (reason: string): BodyFile => ({ path, articles: [], problems: [{ path, reason: `${reason}: its ${expected} article(s), from position ${start}, are not loaded` }] });
    let records: unknown;
    try {
      records = JSON.parse(await readFile(join(dir, path), 'utf8'));
    } catch (error) {
      return lost(`cannot be read (${(error as Error).message})`);
    }
    if (!Array.isArray(records)) return lost('is not a list of articles');
    const articles: PlacedArticle[] = [];
    const problems: ArticleProblem[] = [];
    for (let k = 0; k < Math.max(expected, records.length); k++) {
      const position = start + k;
      const record: unknown = records[k];
      const articleId = typeof (record as { id?: unknown } | undefined)?.id === 'string' ? (record as { id: string }).id : undefined;
      const problem = (reason: string) => problems.push({ path, position, ...(articleId !== undefined && { articleId }), reason });
      if (k >= expected) {
        problem('is past the articles the index holds for this file');
        continue;
      }
      if (k >= records.length) {
        problem('is missing: the file holds fewer articles than the index');
        continue;
      }
      const parsed = v.safeParse(ArticleSchema, record);
      if (!parsed.success) {
        const where = v.getDotPath(parsed.issues[0]);
        problem(`fails the schema (${where ? `${where}: ` : ''}${parsed.issues[0].message})`);
        continue;
      }
      // A body file of another dataset would load another article under this one's place.
      if (index.indexOf(parsed.output.id) !== position) {
        problem(`is not the article the index has at position ${position}`);
        continue;
      }
      articles.push({ article: parsed.output, position, path });
    }
    return { path, articles, problems };
  }

  return {
    envelope,
    count,
    async *bodyFiles() {
      for (let chunk = 0; chunk * chunkSize < count; chunk++) yield await readBodyFile(chunk);
    },
  };
}

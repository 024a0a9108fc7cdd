import { mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as v from 'valibot';
import type { Article } from '../domain/schema';
import { ArticleSchema, DatasetSchema } from '../domain/schema';
import type { DatasetEnvelope } from '../engine/columnar/article-index';
import { MANIFEST_FILE, encodeDatasetFiles } from '../engine/columnar/dataset-folder';
import type { DatasetContent } from './run';

export type WriteOutcome = 'written' | 'unchanged';

/** `manifest.json`: what a tool needs to know of a dataset folder without decoding its index. */
export interface DatasetManifest {
  format: 'steel-radar-dataset';
  formatVersion: 1;
  datasetVersion: string;
  generatedAt: string;
  articles: number;
  /** Every other file of the folder, with its size. */
  files: { path: string; bytes: number }[];
}

/** A dataset whose articles are read one at a time, so a synthetic million never sits in memory. */
export interface StreamedContent {
  envelope: Omit<DatasetEnvelope, 'generatedAt'>;
  count: number;
  articleAt: (i: number) => Article;
}

/** The manifest of the folder, or null when there is none (a first run) or it is not one. */
async function readManifest(dir: string): Promise<DatasetManifest | null> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Partial<DatasetManifest> | null;
    return manifest?.format === 'steel-radar-dataset' ? (manifest as DatasetManifest) : null;
  } catch {
    return null;
  }
}

/**
 * Beside the folder `dataset`: `dataset.<pid>.tmp`, the new folder a run is writing, and
 * `dataset.<pid>.old`, the last good one it moved aside to put the new one in its place.
 */
const SCRATCH = /^(\d+)\.(tmp|old)$/;
const scratchPath = (dir: string, kind: 'tmp' | 'old') => `${dir}.${process.pid}.${kind}`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/**
 * Clears what runs killed mid-write left beside the folder; a run still going keeps its own. A run
 * killed between moving the last good folder aside and renaming the new one in left no folder: the
 * last good one is put back.
 */
async function recoverAbandoned(dir: string): Promise<void> {
  const prefix = `${basename(dir)}.`;
  for (const name of await readdir(dirname(dir))) {
    const scratch = name.startsWith(prefix) ? SCRATCH.exec(name.slice(prefix.length)) : null;
    if (!scratch) continue;
    const pid = Number(scratch[1]);
    if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    const path = join(dirname(dir), name);
    if (scratch[2] === 'old' && !(await exists(dir))) await rename(path, dir);
    else await rm(path, { recursive: true, force: true });
  }
}

/** The first schema failure of the envelope or of an article, as the error that stops the run. */
function checkSchema(envelope: DatasetEnvelope, count: number, articleAt: (i: number) => Article): void {
  const refuse = (where: string, message: string) => new Error(`the new dataset fails its schema at ${where}: ${message}; nothing written`);
  const checked = v.safeParse(DatasetSchema, { ...envelope, articles: [] });
  if (!checked.success) throw refuse(v.getDotPath(checked.issues[0]) ?? 'its envelope', checked.issues[0].message);
  for (let i = 0; i < count; i++) {
    const article = articleAt(i);
    const result = v.safeParse(ArticleSchema, article);
    if (result.success) continue;
    const path = v.getDotPath(result.issues[0]);
    throw refuse(`articles.${i}${path ? `.${path}` : ''} (article ${String(article.id)})`, result.issues[0].message);
  }
}

/** Flushed before the folder is renamed: otherwise a power cut could leave the new name on empty blocks. */
async function writeDurably(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function sameFiles(a: string, b: string, paths: readonly string[]): Promise<boolean> {
  for (const path of paths) {
    const [mine, theirs] = await Promise.all([readFile(join(a, path)), readFile(join(b, path)).catch(() => null)]);
    if (!theirs?.equals(mine)) return false;
  }
  return true;
}

/**
 * Puts the new folder in the old one's place. Folders cannot be swapped in one step: the last good
 * one is moved aside first, so a run killed between the two renames leaves it beside, under this
 * run's pid, where the next run puts it back.
 */
async function swapIn(temporary: string, dir: string): Promise<void> {
  const aside = scratchPath(dir, 'old');
  const moved = await rename(dir, aside).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(temporary, dir);
  } catch (error) {
    if (moved) await rename(aside, dir);
    throw error;
  }
  if (moved) await rm(aside, { recursive: true, force: true });
}

/**
 * Writes the dataset folder (see dataset-folder.ts) with its manifest. Every article is checked with the
 * schema the app reads it with before a byte is written; the folder is written beside the last good
 * one, flushed, then renamed into its place, so a crash, a kill or a failed check leaves the last good
 * dataset, and the next run clears what the killed one left. Deterministic: content equal to the
 * folder's keeps its `generatedAt`, so running twice gives byte-identical files, and an unchanged
 * dataset is not rewritten at all.
 */
export async function writeDataset(
  dir: string,
  content: DatasetContent | StreamedContent,
  now: Date,
): Promise<{ outcome: WriteOutcome; manifest: DatasetManifest }> {
  const { envelope, count, articleAt } = 'articles' in content ? streamed(content) : content;
  await mkdir(dirname(dir), { recursive: true });
  await recoverAbandoned(dir);
  const previous = await readManifest(dir);
  const generatedAt = previous?.datasetVersion === envelope.datasetVersion ? previous.generatedAt : now.toISOString();
  const dated = { ...envelope, generatedAt };
  checkSchema(dated, count, articleAt);
  const temporary = scratchPath(dir, 'tmp');
  await rm(temporary, { recursive: true, force: true });
  try {
    const files: DatasetManifest['files'] = [];
    for (const file of encodeDatasetFiles(dated, count, articleAt)) {
      await writeDurably(join(temporary, file.path), file.bytes);
      files.push({ path: file.path, bytes: file.bytes.length });
    }
    const manifest: DatasetManifest = { format: 'steel-radar-dataset', formatVersion: 1, datasetVersion: envelope.datasetVersion, generatedAt, articles: count, files };
    await writeDurably(join(temporary, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
    if (previous && (await sameFiles(temporary, dir, [MANIFEST_FILE, ...files.map((file) => file.path)]))) return { outcome: 'unchanged', manifest };
    await swapIn(temporary, dir);
    return { outcome: 'written', manifest };
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

const streamed = ({ articles, ...envelope }: DatasetContent): StreamedContent => ({ envelope, count: articles.length, articleAt: (i) => articles[i]! });

import { mkdir, open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as v from 'valibot';
import type { Dataset } from '../domain/schema';
import { DatasetSchema } from '../domain/schema';
import type { DatasetContent } from './run';

export type WriteOutcome = 'written' | 'unchanged';

async function previousVersion(file: string): Promise<{ datasetVersion: string; generatedAt: string } | null> {
  try {
    const json = JSON.parse(await readFile(file, 'utf8')) as Partial<Dataset>;
    return json.datasetVersion && json.generatedAt
      ? { datasetVersion: json.datasetVersion, generatedAt: json.generatedAt }
      : null;
  } catch {
    return null;
  }
}

const TEMPORARY_SUFFIX = '.tmp';

/** `dataset.json.<pid>.tmp`: the writer's scratch file beside the dataset, never read as one. */
const temporaryPath = (file: string, pid: number) => `${file}.${pid}${TEMPORARY_SUFFIX}`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Scratch files left by runs that were killed mid-write; a run still going keeps its own. */
async function removeAbandonedTemporaries(file: string): Promise<void> {
  const prefix = `${basename(file)}.`;
  for (const name of await readdir(dirname(file))) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMPORARY_SUFFIX)) continue;
    const pid = Number(name.slice(prefix.length, -TEMPORARY_SUFFIX.length));
    if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid)) await rm(join(dirname(file), name), { force: true });
  }
}

/**
 * Validates the dataset with the schema the app loads it with, then replaces the file atomically
 * (write beside it, flush to disk, then rename): a crash, a kill or a failed validation at any
 * point leaves the last good dataset in place, and the next run clears the scratch file it left.
 * Content equal to the file's keeps its `generatedAt`, so running twice gives byte-identical files.
 */
export async function writeDataset(file: string, content: DatasetContent, now: Date): Promise<WriteOutcome> {
  const previous = await previousVersion(file);
  const generatedAt =
    previous?.datasetVersion === content.datasetVersion ? previous.generatedAt : now.toISOString();
  const dataset = { ...content, generatedAt };
  const checked = v.safeParse(DatasetSchema, dataset);
  if (!checked.success) {
    const issue = checked.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    throw new Error(`the new dataset fails its schema${where ? ` at ${where}` : ''}: ${issue?.message}; nothing written`);
  }
  const text = `${JSON.stringify(dataset, null, 1)}\n`;
  if (previous?.datasetVersion === content.datasetVersion && (await readFile(file, 'utf8')) === text) {
    return 'unchanged';
  }
  await mkdir(dirname(file), { recursive: true });
  await removeAbandonedTemporaries(file);
  const temporary = temporaryPath(file, process.pid);
  try {
    // Flushed before the rename: otherwise a power cut could leave the new name on empty blocks.
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
  return 'written';
}

import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
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

/**
 * Validates the dataset with the schema the app loads it with, then replaces the file atomically
 * (write beside it, then rename): a crash or a failed validation leaves the last good dataset in place.
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
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
  return 'written';
}

import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type StoreOutcome = 'new' | 'updated' | 'unchanged';

/**
 * Replaces `file` in one step (write beside it, then rename): a crash leaves the old file or the new
 * one, never half of either. The temporary name starts with a dot because the ingest skips hidden
 * files, so a leftover from a crash is never read as an article.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Writes only when the bytes differ from the file's, so an unchanged article keeps its file and mtime. */
export async function writeIfChanged(file: string, data: Uint8Array): Promise<StoreOutcome> {
  const previous = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (previous !== null && previous.equals(data)) return 'unchanged';
  await writeFileAtomic(file, data);
  return previous === null ? 'new' : 'updated';
}

import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every raw file under `root`, as sorted forward-slash paths relative to it (hidden files skipped). */
export async function listRawFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

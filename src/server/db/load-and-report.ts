import pg from 'pg';
import type { LoadReport } from './load-dataset';
import { loadDataset, reclaimRemovedVersions } from './load-dataset';
import { databaseUrl } from './project-cluster';

function printReport(report: LoadReport): void {
  const { datasetVersion, outcome, announced, loaded, problems, removed } = report;
  if (outcome === 'unchanged') console.log(`Dataset ${datasetVersion} is already the current version (${loaded} articles): nothing to do.`);
  else if (outcome === 'nothing-loaded') console.log(`Dataset ${datasetVersion}: none of its ${announced} articles could be loaded; the current version is unchanged.`);
  else console.log(`Dataset ${datasetVersion} is now current: ${loaded} of ${announced} articles loaded${removed.length ? `; removed version(s) ${removed.join(', ')}` : ''}.`);
  if (problems.length) console.log(`Not loaded (${problems.length}):`);
  for (const { path, position, articleId, reason } of problems) {
    const which = [articleId, position === undefined ? undefined : `position ${position}`].filter(Boolean).join(', ');
    console.log(`  ${path}${which ? ` (${which})` : ''}: ${reason}`);
  }
}

/**
 * Loads a dataset folder into the database at `url` (else DATABASE_URL, else the project's own), prints
 * what happened, and returns the exit status: 0 every article loaded (or the version was current
 * already), 1 some were not, 2 none. `db:load` and the ingest's `--load` both run it.
 */
export async function loadAndReport(dir: string, url?: string): Promise<number> {
  const client = new pg.Client({ connectionString: await databaseUrl(url) });
  await client.connect();
  try {
    // Progress on a terminal only: a log gets the report.
    const onProgress = process.stderr.isTTY ? (loaded: number, announced: number) => void process.stderr.write(`\r${loaded} of ${announced} articles written`) : undefined;
    const report = await loadDataset(client, dir, { onProgress });
    if (onProgress) process.stderr.write('\n');
    printReport(report);
    if (report.removed.length) await reclaimRemovedVersions(client);
    if (report.outcome === 'nothing-loaded') return 2;
    return report.problems.length ? 1 : 0;
  } finally {
    await client.end();
  }
}

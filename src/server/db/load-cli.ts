import { parseArgs } from 'node:util';
import pg from 'pg';
import type { LoadReport } from './load-dataset';
import { loadDataset } from './load-dataset';
import { databaseUrl } from './project-cluster';

const HELP = `Usage: npm run db:load -- --dataset DIR [--url URL]

Loads a dataset folder (index.bin, bodies/, manifest.json) into PostgreSQL and makes it the version
readers see. Articles are checked with the project's schema and written in batches, one transaction
each, beside the current version; the current version is then switched in one transaction and the
rows of other versions removed. Loading the current version again does nothing.

Options:
  --dataset DIR   the dataset folder (e.g. public/data/dataset)
  --url URL       the database (default DATABASE_URL, else the one \`npm run db:start\` runs)
  --help          show this help

Exit status: 0 every article loaded (or the version was already current); 1 some articles were
not (each is named with its reason; the rest were loaded and are current); 2 nothing loaded.`;

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

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dataset: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.dataset) throw new Error('--dataset DIR is required (see --help)');
  const client = new pg.Client({ connectionString: await databaseUrl(values.url) });
  await client.connect();
  try {
    // Progress on a terminal only: a log gets the report.
    const onProgress = process.stderr.isTTY ? (loaded: number, announced: number) => void process.stderr.write(`\r${loaded} of ${announced} articles written`) : undefined;
    const report = await loadDataset(client, values.dataset, { onProgress });
    if (onProgress) process.stderr.write('\n');
    printReport(report);
    if (report.outcome === 'nothing-loaded') return 2;
    return report.problems.length ? 1 : 0;
  } finally {
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(2);
  },
);

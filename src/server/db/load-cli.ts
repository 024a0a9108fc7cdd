import { parseArgs } from 'node:util';
import { loadAndReport } from './load-and-report';

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

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dataset: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.dataset) throw new Error('--dataset DIR is required (see --help)');
  return loadAndReport(values.dataset, values.url);
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(2);
  },
);

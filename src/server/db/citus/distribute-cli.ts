import { parseArgs } from 'node:util';
import pg from 'pg';
import { databaseUrl } from '../project-cluster';
import { distribute } from './distribute';

const HELP = `Usage: npm run db:distribute -- [--url URL]

Spreads the schema over a Citus cluster: articles and every per-article table distributed by article
id and co-located, the dataset versions and the organization registry as reference tables on every
worker. Run it on the coordinator, once its workers are added (SELECT citus_add_node(...)); running it
again does nothing. Where the citus extension is not installed it changes nothing and says so.

Options:
  --url URL   the coordinator (default DATABASE_URL, else the one \`npm run db:start\` runs)

Exit status: 0 distributed (or already); 2 no citus extension or no worker, or an error.`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { url: { type: 'string' }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const client = new pg.Client({ connectionString: await databaseUrl(values.url) });
  await client.connect();
  try {
    const result = await distribute(client);
    if ('message' in result) {
      console.error(result.message);
      return 2;
    }
    const workers = `${result.workers} worker${result.workers === 1 ? '' : 's'}`;
    console.log(result.outcome === 'distributed' ? `Distributed over ${workers}.` : `Already distributed over ${workers}: nothing to do.`);
    return 0;
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

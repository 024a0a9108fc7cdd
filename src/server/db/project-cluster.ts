import { fileURLToPath } from 'node:url';
import { clusterStatus } from './local-cluster';

/** The development cluster's folder, `.db/` at the project's root (git-ignored). */
export const PROJECT_CLUSTER_DIR = fileURLToPath(new URL('../../../.db', import.meta.url));

/** The database to use: `--url`, else DATABASE_URL, else the development cluster when it runs. */
export async function databaseUrl(given: string | undefined): Promise<string> {
  const url = given ?? process.env.DATABASE_URL ?? (await clusterStatus(PROJECT_CLUSTER_DIR))?.url;
  if (!url) throw new Error('No database: start the development one with `npm run db:start`, or pass --url (or set DATABASE_URL).');
  return url;
}

import { parseArgs } from 'node:util';
import pg from 'pg';
import { createDatabaseContract } from '../db/database-contract';
import { databaseUrl } from '../db/project-cluster';
import { watchedTokenFile } from './access-tokens';
import { DEFAULT_LIMITS } from './api-app';
import { startApiServer } from './start-server';
import { DEFAULT_TOKEN_FILE } from './token-file';

const HELP = `Usage: npm run api -- [--port N] [--host H] [--origin URL] [--tokens FILE | --open] [--url URL] [--dashboard DIR]

Serves the dataset loaded into PostgreSQL (npm run db:load) over HTTP, read-only, under /api/v1/.
Every request needs a token made with \`npm run api:token -- add NAME\`, unless --open.
\`npm run team\` builds the dashboard for the API and serves both, on one origin.

Options:
  --port N       the port (default 8787; 0 picks a free one)
  --host H       the address to listen on (default 127.0.0.1)
  --origin URL   the dashboard's origin, the only one whose pages may call the API (e.g. https://radar.example.com)
  --tokens FILE  the token file (default .api/tokens.json)
  --open         no tokens: for one person's machine, so only with a loopback --host
  --url URL      the database (default DATABASE_URL, else the one \`npm run db:start\` runs)
  --dashboard DIR  also serve the dashboard built for this API (\`npm run build:team\` writes dist-team/)
Limits: ${DEFAULT_LIMITS.bodyBytes / 1024} KB per request body, ${DEFAULT_LIMITS.requestMs / 1000} s per request, ${DEFAULT_LIMITS.rate.perMinute} requests a minute per token (bursts of ${DEFAULT_LIMITS.rate.burst}).`;

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' }, host: { type: 'string', default: '127.0.0.1' }, origin: { type: 'string' },
      tokens: { type: 'string' }, open: { type: 'boolean', default: false }, url: { type: 'string' }, dashboard: { type: 'string' }, help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.open && !LOOPBACK.has(values.host)) throw new Error('--open serves the dataset to anyone who can reach it: only with a loopback --host.');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port ${values.port} is not a port.`);
  const pool = new pg.Pool({ connectionString: await databaseUrl(values.url), max: 8 });
  const contract = createDatabaseContract(pool, { statementTimeoutMs: DEFAULT_LIMITS.requestMs });
  const api = await startApiServer({
    contract,
    tokens: values.open ? null : watchedTokenFile(values.tokens ?? DEFAULT_TOKEN_FILE),
    dashboardOrigin: values.origin ?? null,
    limits: DEFAULT_LIMITS,
    now: () => performance.now(),
    log: (line) => console.log(`${new Date().toISOString()} ${line}`),
    dashboard: values.dashboard ?? null,
  }, values.host, port);
  // The dataset's layout is read once per version: read now, not on a colleague's first click. With no
  // dataset loaded yet this fails quietly; the first request then says so.
  await contract.index().catch(() => {});
  if (values.dashboard) console.log(`Steel Radar dashboard at ${api.url}/, from ${values.dashboard}.`);
  console.log(`Steel Radar API at ${api.url}/api/v1/ (${values.open ? 'open, no tokens' : `tokens from ${values.tokens ?? DEFAULT_TOKEN_FILE}`}). Ctrl-C stops it.`);
  const stop = () => void api.close().then(() => pool.end()).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(2);
});

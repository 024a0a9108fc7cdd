/**
 * A PostgreSQL cluster of the project's own, in a folder (`.db/` for development, a temporary one for
 * tests), made and run with the server's own initdb and pg_ctl: never a system-wide cluster, never
 * Debian's pg_ctlcluster. It listens on 127.0.0.1 at a port the OS picks and on a socket inside the
 * folder, and asks for a password kept in the folder, so other users of a shared machine cannot walk in.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** The database a cluster's URL names: made on first start, beside the maintenance database `postgres`. */
export const DATABASE = 'steel_radar';
const SUPERUSER = 'postgres';

export interface RunningCluster {
  /** The server's process id, as its `postmaster.pid` says. */
  pid: number;
  port: number;
  /** `postgresql://postgres:…@127.0.0.1:<port>/steel_radar` */
  url: string;
}

export interface ClusterOptions {
  /** Extra server settings written at initdb, e.g. `fsync: 'off'` for a throwaway test cluster. */
  settings?: Record<string, string>;
}

const paths = (dir: string) => {
  const root = resolve(dir);
  return { root, data: join(root, 'data'), socket: join(root, 'socket'), password: join(root, 'password'), log: join(root, 'server.log') };
};

/** The newest installed server's binaries: PG_BIN, else Debian's /usr/lib/postgresql/<version>/bin. */
export function serverBinDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).filter((name) => /^\d+$/.test(name) && existsSync(join(debian, name, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error("PostgreSQL's initdb was not found: install Debian's postgresql package (apt-get install postgresql), or set PG_BIN to the folder holding initdb and pg_ctl.");
  return join(debian, newest, 'bin');
}

const isRoot = () => process.getuid?.() === 0;

/**
 * Runs a server binary; as root, as the `postgres` user, since PostgreSQL refuses to run as root.
 * Resolves with the exit code, so callers can read pg_ctl's status codes.
 */
async function runServerTool(tool: string, args: string[]): Promise<{ code: number; output: string }> {
  const binary = join(serverBinDir(), tool);
  const [command, argv] = isRoot() ? ['runuser', ['-u', SUPERUSER, '--', binary, ...args]] : [binary, args];
  try {
    const { stdout, stderr } = await run(command, argv, { cwd: '/' });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string; message: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` || failed.message };
  }
}

/** A port nobody listens on now, as the kernel picks it. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port was assigned'))));
    });
  });
}

async function initCluster(dir: string, options: ClusterOptions): Promise<void> {
  const p = paths(dir);
  await mkdir(p.socket, { recursive: true });
  await writeFile(p.password, randomBytes(18).toString('base64url'), { mode: 0o600 });
  // The server runs as `postgres` when we are root: it must own the folder it writes in.
  if (isRoot()) await run('chown', ['-R', `${SUPERUSER}:${SUPERUSER}`, p.root]);
  // C.UTF-8 so text search lower-cases every script, not only ASCII, with the C locale's byte order.
  const init = await runServerTool('initdb', ['-D', p.data, '-U', SUPERUSER, '--auth=scram-sha-256', `--pwfile=${p.password}`, '--encoding=UTF8', '--locale=C.UTF-8']);
  if (init.code !== 0) throw new Error(`initdb failed in ${p.data}:\n${init.output}`);
  const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: p.socket, ...options.settings };
  const lines = Object.entries(settings).map(([key, value]) => `${key} = '${value.replace(/'/g, "''")}'`);
  await appendFile(join(p.data, 'postgresql.conf'), `\n# Set by Steel Radar's local-cluster.ts\n${lines.join('\n')}\n`);
}

/** The running server's process and port, from the `postmaster.pid` it writes, or null when it is not running. */
export async function clusterStatus(dir: string): Promise<RunningCluster | null> {
  const p = paths(dir);
  if (!existsSync(join(p.data, 'PG_VERSION'))) return null;
  // pg_ctl status: 0 running, 3 not running.
  if ((await runServerTool('pg_ctl', ['status', '-D', p.data])).code !== 0) return null;
  const lines = (await readFile(join(p.data, 'postmaster.pid'), 'utf8')).split('\n');
  const password = (await readFile(p.password, 'utf8')).trim();
  const port = Number(lines[3]);
  return { pid: Number(lines[0]), port, url: `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}` };
}

/**
 * Starts the cluster in `dir`, making it on first use; when it already runs, says where. The port is
 * picked anew at each start (the one it had may be taken since): `clusterStatus` gives the current URL.
 */
export async function startCluster(dir: string, options: ClusterOptions = {}): Promise<{ cluster: RunningCluster; started: boolean }> {
  const running = await clusterStatus(dir);
  if (running) return { cluster: running, started: false };
  const p = paths(dir);
  if (!existsSync(join(p.data, 'PG_VERSION'))) await initCluster(dir, options);
  let output = '';
  // A port found free can be taken before the server binds it: another is tried then.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const start = await runServerTool('pg_ctl', ['start', '-D', p.data, '-l', p.log, '-w', '-t', '120', '-o', `-p ${port}`]);
    if (start.code === 0) {
      const cluster = await clusterStatus(dir);
      if (!cluster) break;
      await ensureDatabase(cluster.url);
      return { cluster, started: true };
    }
    output = start.output;
  }
  const log = existsSync(p.log) ? (await readFile(p.log, 'utf8')).split('\n').slice(-15).join('\n') : '';
  throw new Error(`PostgreSQL did not start in ${p.data}:\n${output}\n${log}`);
}

/** Stops the cluster in `dir` (pg_ctl's fast shutdown: sessions are ended, nothing is lost); false when it was not running. */
export async function stopCluster(dir: string): Promise<boolean> {
  if (!(await clusterStatus(dir))) return false;
  const stop = await runServerTool('pg_ctl', ['stop', '-D', paths(dir).data, '-m', 'fast', '-w', '-t', '120']);
  if (stop.code !== 0) throw new Error(`pg_ctl stop failed:\n${stop.output}`);
  return true;
}

/** Makes the URL's database when it is missing (a cluster's first start). */
async function ensureDatabase(url: string): Promise<void> {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.href });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    // CREATE DATABASE takes no parameters; the name is our constant, quoted as an identifier.
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE)}`);
  } finally {
    await client.end();
  }
}


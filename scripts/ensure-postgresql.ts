// Finds PostgreSQL's server binaries, which the server tests run a cluster of their own with; installs
// Debian's package when it can. Never lets the server tests be skipped: no server means a clear failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { serverBinDir } from '../src/server/db/local-cluster';

const found = () => {
  try {
    return serverBinDir();
  } catch {
    return null;
  }
};

const present = found();
if (present) {
  console.log(`Server tests will use PostgreSQL from ${present}`);
  process.exit(0);
}
if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
  console.error(
    "No PostgreSQL server found (looked at PG_BIN, /usr/lib/postgresql/<version>/bin).\n" +
      'Install it with:  sudo apt-get update && sudo apt-get install -y postgresql\n' +
      'or point PG_BIN at the folder holding initdb and pg_ctl, then run the tests again.',
  );
  process.exit(1);
}

console.log("No PostgreSQL server found: installing Debian's postgresql package (apt-get)...");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const apt = (...args: string[]) => execFileSync('apt-get', args, { stdio: 'inherit', env });
apt('update');
apt('install', '-y', '--no-install-recommends', 'postgresql-common');
// The package would also make and start a system-wide "main" cluster, which nothing here uses.
mkdirSync('/etc/postgresql-common/createcluster.d', { recursive: true });
writeFileSync('/etc/postgresql-common/createcluster.d/steel-radar.conf', 'create_main_cluster = false\n');
apt('install', '-y', '--no-install-recommends', 'postgresql');
const installed = found();
if (!installed) {
  console.error('apt-get finished but initdb is still missing; install PostgreSQL by hand.');
  process.exit(1);
}
console.log(`Installed PostgreSQL in ${installed}`);

import { clusterStatus, startCluster, stopCluster } from './local-cluster';
import { PROJECT_CLUSTER_DIR } from './project-cluster';

const HELP = `Usage: npm run db:start | db:stop | db:url

The project's own PostgreSQL for development, in .db/ (made on first start with the server's initdb,
run with pg_ctl as the postgres user when run as root; never a system-wide cluster). It listens on
127.0.0.1 at a port the OS picks at each start, and on a socket inside .db/.

  start   start it (making it first if needed); when it runs already, say where
  stop    stop it (pg_ctl stop)
  url     print its connection URL; exit 1 when it is not running`;

async function main(command: string | undefined): Promise<number> {
  if (command === 'start') {
    const { cluster, started } = await startCluster(PROJECT_CLUSTER_DIR);
    console.log(`${started ? 'Started' : 'Already running:'} PostgreSQL (pid ${cluster.pid}) in ${PROJECT_CLUSTER_DIR} at ${cluster.url}`);
    return 0;
  }
  if (command === 'stop') {
    console.log((await stopCluster(PROJECT_CLUSTER_DIR)) ? `Stopped PostgreSQL in ${PROJECT_CLUSTER_DIR}.` : `PostgreSQL in ${PROJECT_CLUSTER_DIR} was not running.`);
    return 0;
  }
  if (command === 'url') {
    const cluster = await clusterStatus(PROJECT_CLUSTER_DIR);
    if (!cluster) {
      console.error('The development database is not running: `npm run db:start`.');
      return 1;
    }
    console.log(cluster.url);
    return 0;
  }
  console.log(HELP);
  return command === undefined || command === '--help' ? 0 : 2;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(2);
  },
);

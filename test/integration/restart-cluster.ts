import { startEmbeddedCluster } from '../support/embedded-postgres';

/**
 * A PostgreSQL cluster of the test's own (../support/embedded-postgres.ts) that the test may stop
 * and start: never the machine's shared one, nor the run's embedded one.
 */
export async function startPrivateCluster() {
  const cluster = await startEmbeddedCluster('prm-restart-');
  return {
    url: cluster.url('postgres'),
    /** Fast shutdown (SIGINT): sessions are ended, as in a routine restart. */
    stop: () => cluster.stop(),
    start: () => cluster.start(),
    remove: () => cluster.remove(),
  };
}

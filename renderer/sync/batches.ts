import { MAX_PULL_LIMIT, MAX_PUSH_ROWS } from '../../shared/sync/protocol';

/**
 * The largest pages the store serves: a first sync writes fewer, larger IndexedDB transactions
 * (docs/benchmarks.md measures the difference).
 */
export const PULL_BATCH = MAX_PULL_LIMIT;

/** A whole outbox after a flight in one request: the store judges a push in one transaction. */
export const PUSH_BATCH = MAX_PUSH_ROWS;

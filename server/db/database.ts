export type SqlParams = readonly unknown[];

/** Anything SQL can be sent to: the database itself or an open transaction. */
export type Queryable = {
  query<Row extends object>(sql: string, params?: SqlParams): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
};

/**
 * The central store's PostgreSQL, whichever engine runs it: a server reached through
 * DATABASE_URL, or PGlite embedded in a data folder. Same SQL, same migrations.
 */
export type Database = Queryable & {
  engine: 'postgres' | 'pglite';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<Result>(work: (tx: Queryable) => Promise<Result>): Promise<Result>;
  /** Subscribes to NOTIFY on a channel; resolves once listening. Returns the unsubscribe. */
  listen(channel: string, handlers: ListenHandlers): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

export type ListenHandlers = {
  onNotify: (payload: string) => void;
  /**
   * Listening again after the connection was lost: NOTIFYs sent in between are gone, so whoever
   * follows the channel must catch up by other means.
   */
  onReconnect: () => void;
};

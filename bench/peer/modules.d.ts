/** express-pouchdb ships no types: the one call the peer makes. */
declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  type ExpressPouchDBOptions = {
    mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom';
    /** Keep CouchDB's configuration in memory instead of writing config.json. */
    inMemoryConfig?: boolean;
  };

  /** An Express application: a Node request listener. */
  /** `PouchDB`: a PouchDB constructor (with its plugins and defaults applied). */
  export default function expressPouchDB(
    PouchDB: unknown,
    options?: ExpressPouchDBOptions,
  ): (request: IncomingMessage, response: ServerResponse) => void;
}

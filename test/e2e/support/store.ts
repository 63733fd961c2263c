import { openDatabase } from '../../../server/db/open';
import { documentStore } from '../../../server/sync/document-store';
import {
  activitiesCollection,
  partnersCollection,
  requestsCollection,
  decisionsCollection,
  usersCollection,
  type Activity,
  type Decision,
  type User,
  type Partner,
  type Request,
} from '../../../shared/schema';
import { e2eDatabaseUrl } from './e2e-database';

/** Reads and changes data at the central store, as the store itself or another system would. */
export async function withStore<Result>(
  work: (stores: {
    partners: ReturnType<typeof documentStore<Partner>>;
    requests: ReturnType<typeof documentStore<Request>>;
    decisions: ReturnType<typeof documentStore<Decision>>;
    users: ReturnType<typeof documentStore<User>>;
    activities: ReturnType<typeof documentStore<Activity>>;
  }) => Promise<Result>,
  schema?: string,
): Promise<Result> {
  const database = await openDatabase({ engine: 'postgres', url: e2eDatabaseUrl(schema) });
  try {
    return await work({
      partners: documentStore<Partner>(database, partnersCollection),
      requests: documentStore<Request>(database, requestsCollection),
      decisions: documentStore<Decision>(database, decisionsCollection),
      users: documentStore<User>(database, usersCollection),
      activities: documentStore<Activity>(database, activitiesCollection),
    });
  } finally {
    await database.close();
  }
}

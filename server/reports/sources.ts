import {
  contactsCollection,
  dealsCollection,
  fundsCollection,
  partnersCollection,
  programsCollection,
  requestsCollection,
  territoriesCollection,
  usersCollection,
  type Contact,
  type Deal,
  type Fund,
  type Partner,
  type Program,
  type Request,
  type Territory,
  type User,
} from '../../shared/schema';

/** What a report is built from, as the CLI reads it from the store or its database. */
export type CliSources = {
  territories: Territory[];
  partners: Partner[];
  programs: Program[];
  deals: Deal[];
  requests: Request[];
  funds: Fund[];
  contacts: Contact[];
  users: User[];
};

/** The collections a report reads, by the key it has in the sources. */
export const sourceCollections = {
  territories: territoriesCollection,
  partners: partnersCollection,
  programs: programsCollection,
  deals: dealsCollection,
  requests: requestsCollection,
  funds: fundsCollection,
  contacts: contactsCollection,
  users: usersCollection,
} as const;

export type SourceKey = keyof typeof sourceCollections;
export const sourceKeys = Object.keys(sourceCollections) as SourceKey[];

/** The store could not be read (unreachable, refused the token): exit code 1. */
export class ReportSourceError extends Error {}

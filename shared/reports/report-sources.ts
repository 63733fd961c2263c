import type { Contact, Deal, Fund, Partner, Program, Request, Territory, User } from '../schema';

/** The local (or store) records a report is built from: the shared schema's documents. */
export type ReportSources = {
  territories: readonly Territory[];
  partners: readonly Partner[];
  programs: readonly Program[];
  deals: readonly Deal[];
  requests: readonly Request[];
  funds: readonly Fund[];
  contacts: readonly Contact[];
  users: readonly User[];
};

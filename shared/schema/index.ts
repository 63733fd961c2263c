import type { Static } from 'typebox';
import { activitiesCollection } from './activity';
import { contactsCollection } from './contact';
import { dealsCollection } from './deal';
import { decisionsCollection } from './decision';
import { fundsCollection } from './fund';
import { partnersCollection } from './partner';
import { performanceCollection } from './performance';
import { productsCollection } from './product';
import { programsCollection } from './program';
import { requestsCollection } from './request';
import { territoriesCollection } from './territory';
import { usersCollection } from './user';

export * from './activity';
export * from './collection';
export * from './contact';
export * from './deal';
export * from './decision';
export * from './fund';
export * from './partner';
export * from './performance';
export * from './primitives';
export * from './product';
export * from './program';
export * from './request';
export * from './territory';
export * from './user';
export * from './vocabulary';
export * from './workflow';

/**
 * Every collection a client replicates, in one list the server and the renderer both read.
 * RxDB's open-source edition keeps at most 13 collections open in one realm: stay at 12 or fewer
 * (docs/data-model.md says which entities share a collection and why).
 */
export const replicatedCollections = [
  territoriesCollection,
  usersCollection,
  programsCollection,
  productsCollection,
  partnersCollection,
  contactsCollection,
  dealsCollection,
  requestsCollection,
  decisionsCollection,
  fundsCollection,
  performanceCollection,
  activitiesCollection,
] as const;

export const MAX_CLIENT_COLLECTIONS = 12;

export type ReplicatedCollection = (typeof replicatedCollections)[number];
export type ReplicatedCollectionName = ReplicatedCollection['name'];

/** The document type of a replicated collection, by name. */
export type CollectionDocument<Name extends ReplicatedCollectionName> = Static<
  Extract<ReplicatedCollection, { name: Name }>['schema']
>;

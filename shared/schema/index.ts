import { partnersCollection } from './partner';

export * from './collection';
export * from './partner';
export * from './primitives';

/** Every collection a client replicates, in one list the server and the renderer both read. */
export const replicatedCollections = [partnersCollection] as const;

export type ReplicatedCollectionName = (typeof replicatedCollections)[number]['name'];

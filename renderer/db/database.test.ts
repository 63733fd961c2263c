import { createRxDatabase } from 'rxdb';
import Type from 'typebox';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import {
  ActivitySchema,
  activitiesCollection,
  MAX_CLIENT_COLLECTIONS,
  PartnerSchema,
  partnersCollection,
  replicatedCollections,
  RequestSchema,
  requestsCollection,
  type Activity,
  type Request,
} from '../../shared/schema';
import { aRequest } from '../../test/support/scenario';
import { partnerV0, partnersCollectionV0 } from '../../test/fixtures/partner-v0';
import { collectionCreator, openCamDatabase } from './database';

describe('the local database', () => {
  it(`keeps to ${MAX_CLIENT_COLLECTIONS} collections, under RxDB's open-source limit of 13`, () => {
    expect(replicatedCollections.length).toBeLessThanOrEqual(MAX_CLIENT_COLLECTIONS);
  });

  it('opens every replicated collection from its shared definition', async () => {
    const database = await openCamDatabase('open-all', getRxStorageMemory());
    try {
      expect(Object.keys(database.collections).sort()).toEqual(
        replicatedCollections.map((collection) => collection.name).sort(),
      );
    } finally {
      await database.remove();
    }
  });

  it('migrates partners stored by schema version 0 to the current version', async () => {
    const storage = getRxStorageMemory();
    const old = await createRxDatabase({
      name: 'migrate-partners',
      storage: wrappedValidateAjvStorage({ storage }),
    });
    await old.addCollections({ partners: collectionCreator(partnersCollectionV0) });
    await old.collections['partners']?.insert(partnerV0);
    await old.close();

    const database = await openCamDatabase('migrate-partners', storage);
    try {
      const migrated = await database.partners.findOne(partnerV0.id).exec();
      const partner = migrated?.toJSON();
      expect(partnersCollection.version).toBe(2);
      expect(partner).toMatchObject({
        ...partnerV0,
        region: '',
        parentId: null,
        locations: [{ city: 'Bogotá', country: 'CO', headquarters: true }],
        agreements: [],
      });
      expect(Compile(PartnerSchema).Check(partner)).toBe(true);
    } finally {
      await database.remove();
    }
  });

  it('keeps every activity stored with the earlier indexes, accepted as the store sent it', async () => {
    const storage = getRxStorageMemory();
    const old = await createRxDatabase({
      name: 'migrate-indexes',
      storage: wrappedValidateAjvStorage({ storage }),
    });
    // Version 0 of every collection indexed the territory and `updatedAt` too; activities before
    // version 2 had no outcome, since only the store wrote them.
    const { upgrades: _none, ...current } = activitiesCollection;
    const { writtenAt: _written, outcome: _outcome, ...before } = ActivitySchema.properties;
    const activitiesV0 = {
      ...current,
      schema: Type.Object(before, { additionalProperties: false }),
      version: 0,
      indexes: ['partnerId', 'territoryId', 'at', 'updatedAt'] as const,
    };
    await old.addCollections({ activities: collectionCreator(activitiesV0) });
    const activity: Omit<Activity, 'writtenAt' | 'outcome'> = {
      id: 'activity-1',
      partnerId: 'partner-0007',
      territoryId: 'territory-iberia-latam',
      kind: 'call',
      subjectType: 'partner',
      subjectId: 'partner-0007',
      actorId: 'user-cam-ana',
      at: '2026-11-02T09:30:00.000Z',
      text: 'Quarterly business review booked',
      updatedAt: '2026-11-02T09:31:00.000Z',
    };
    await old.collections['activities']?.insert(activity);
    await old.close();

    const database = await openCamDatabase('migrate-indexes', storage);
    try {
      const migrated = database.activities.findOne({ selector: { partnerId: 'partner-0007' } });
      const upgraded = (await migrated.exec())?.toJSON();
      expect(upgraded).toEqual({
        ...activity,
        writtenAt: null,
        outcome: { status: 'accepted', reason: null, recordedAt: activity.at },
      } satisfies Activity);
      expect(Compile(ActivitySchema).Check(upgraded)).toBe(true);
    } finally {
      await database.remove();
    }
  });

  it('gives every request stored at version 3 no rep, a SPIFF claim included', async () => {
    const storage = getRxStorageMemory();
    const old = await createRxDatabase({
      name: 'migrate-requests-v3',
      storage: wrappedValidateAjvStorage({ storage }),
    });
    // Version 3 was the current shape without `payee`.
    const { upgrades = {}, ...current } = requestsCollection;
    const { 4: _v4, ...upToV3 } = upgrades;
    const { payee: _payee, ...before } = RequestSchema.properties;
    const requestsV3 = {
      ...current,
      schema: Type.Object(before, { additionalProperties: false }),
      version: 3,
      upgrades: upToV3,
    };
    await old.addCollections({ requests: collectionCreator(requestsV3) });
    const { payee: _dropped, ...claim } = aRequest({
      id: 'request-spiff-v3',
      type: 'spiff_claim',
      subjectId: 'program-spiff-1',
      discountPercent: null,
    });
    await old.collections['requests']?.insert(claim);
    await old.close();

    const database = await openCamDatabase('migrate-requests-v3', storage);
    try {
      const upgraded = (await database.requests.findOne(claim.id).exec())?.toJSON();
      expect(requestsCollection.version).toBe(4);
      expect(upgraded).toEqual({ ...claim, payee: null } satisfies Request);
      expect(Compile(RequestSchema).Check(upgraded)).toBe(true);
    } finally {
      await database.remove();
    }
  });
});

import { createRxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import {
  MAX_CLIENT_COLLECTIONS,
  PartnerSchema,
  partnersCollection,
  replicatedCollections,
} from '../../shared/schema';
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
      expect(partnersCollection.version).toBe(1);
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
});

import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aPartner } from '../../../../test/support/partners';
import { openCamDatabase, type CamDatabase } from '../../../db/database';
import { readPartnerNames } from './partner-names';

let database: CamDatabase;
let opened = 0;
beforeEach(async () => {
  opened += 1;
  database = await openCamDatabase(`partner-names-${String(opened)}`, getRxStorageMemory());
});
afterEach(async () => {
  await database.remove();
});

/** Every name handed over so far, and a way to wait for the next hand-over. */
function collected() {
  const names = new Map<string, string>();
  let arrived: () => void = () => undefined;
  return {
    names,
    onNames: (found: ReadonlyMap<string, string>) => {
      for (const [id, name] of found) names.set(id, name);
      arrived();
    },
    next: () =>
      new Promise<void>((resolve) => {
        arrived = resolve;
      }),
  };
}

describe('partner names for the inbox', () => {
  it('names the partners already stored', async () => {
    await database.partners.insert(aPartner({ id: 'partner-1', name: 'Northwind' }));
    const got = collected();
    const next = got.next();
    const stop = readPartnerNames(database.partners, ['partner-1'], got.onNames);
    await next;
    expect(got.names).toEqual(new Map([['partner-1', 'Northwind']]));
    stop();
  });

  it('names a partner that is stored only after it was asked for (a first sync still downloading)', async () => {
    await database.partners.insert(aPartner({ id: 'partner-1', name: 'Northwind' }));
    const got = collected();
    let next = got.next();
    const stop = readPartnerNames(database.partners, ['partner-1', 'partner-2'], got.onNames);
    await next;
    expect(got.names).toEqual(new Map([['partner-1', 'Northwind']]));
    next = got.next();
    await database.partners.insert(aPartner({ id: 'partner-2', name: 'Ebro Networks' }));
    await next;
    expect(got.names.get('partner-2')).toBe('Ebro Networks');
    stop();
  });

  it('hands over nothing once stopped', async () => {
    const got = collected();
    const stop = readPartnerNames(database.partners, ['partner-3'], got.onNames);
    stop();
    await database.partners.insert(aPartner({ id: 'partner-3', name: 'Late Partner' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(got.names.size).toBe(0);
  });
});

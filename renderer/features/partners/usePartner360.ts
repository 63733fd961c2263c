import { useMemo } from 'react';
import { combineLatest, map, of, switchMap } from 'rxjs';
import type {
  Activity,
  Contact,
  Fund,
  Partner,
  Performance,
  Request,
} from '../../../shared/schema';
import { useCamSession } from '../../app/CamContext';
import { useObservable } from '../../app/useObservable';

/** A related partner as the hierarchy shows it. */
export type RelatedPartner = Pick<Partner, 'id' | 'name' | 'city' | 'country' | 'tier'>;

export type Partner360 = {
  partner: Partner;
  parent: RelatedPartner | null;
  children: RelatedPartner[];
  contacts: Contact[];
  requests: Request[];
  funds: Fund[];
  performance: Performance[];
  activities: Activity[];
};

type PlainDocument = { toJSON(): unknown };

const plain = <Doc>(documents: PlainDocument[]) =>
  documents.map((document) => document.toJSON() as Doc);

const related = (partner: Partner): RelatedPartner => ({
  id: partner.id,
  name: partner.name,
  city: partner.city,
  country: partner.country,
  tier: partner.tier,
});

/**
 * Everything the local database holds about one partner, live, each collection read by its
 * partner index. Deals come through `useDealRows(partnerId)`, as table rows. `null`: the
 * partner is not (or no longer) in the local database.
 */
export function usePartner360(partnerId: string): Partner360 | null | undefined {
  const { database } = useCamSession();
  const view$ = useMemo(() => {
    const byPartner = { selector: { partnerId } };
    const partner$ = database.partners
      .findOne(partnerId)
      .$.pipe(map((document) => (document ? (document.toJSON() as Partner) : null)));
    const parent$ = partner$.pipe(
      map((partner) => partner?.parentId ?? null),
      switchMap((parentId) =>
        parentId
          ? database.partners
              .findOne(parentId)
              .$.pipe(map((document) => (document ? related(document.toJSON() as Partner) : null)))
          : of(null),
      ),
    );
    return combineLatest({
      partner: partner$,
      parent: parent$,
      children: database.partners
        .find({ selector: { parentId: partnerId }, sort: [{ name: 'asc' }] })
        .$.pipe(map((documents) => plain<Partner>(documents).map(related))),
      contacts: database.contacts.find(byPartner).$.pipe(map(plain<Contact>)),
      requests: database.requests.find(byPartner).$.pipe(map(plain<Request>)),
      funds: database.funds.find(byPartner).$.pipe(map(plain<Fund>)),
      performance: database.performance
        .find({ ...byPartner, sort: [{ year: 'asc' }] })
        .$.pipe(map(plain<Performance>)),
      activities: database.activities.find(byPartner).$.pipe(map(plain<Activity>)),
    }).pipe(
      map(({ partner, ...rest }): Partner360 | null => (partner ? { partner, ...rest } : null)),
    );
  }, [database, partnerId]);
  return useObservable<Partner360 | null | undefined>(view$, undefined);
}

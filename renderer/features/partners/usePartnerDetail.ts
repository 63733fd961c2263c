import { useMemo } from 'react';
import { combineLatest, map } from 'rxjs';
import { openRequestStatuses } from '../../../shared/rules/request-status';
import type { Contact, Deal, Fund, Performance, Request } from '../../../shared/schema';
import { useCamSession } from '../../app/CamContext';
import { useObservable } from '../../app/useObservable';

export type PartnerDetail = {
  contacts: Contact[];
  deals: Deal[];
  requests: Request[];
  funds: Fund[];
  performance: Performance[];
};

/** Everything the local database holds about one partner, live. */
export function usePartnerDetail(partnerId: string): PartnerDetail | undefined {
  const { database } = useCamSession();
  const detail$ = useMemo(() => {
    const byPartner = { selector: { partnerId } };
    const plain = <Doc>(documents: { toJSON(): unknown }[]) =>
      documents.map((document) => document.toJSON() as Doc);
    return combineLatest({
      contacts: database.contacts.find(byPartner).$.pipe(map(plain<Contact>)),
      deals: database.deals.find(byPartner).$.pipe(map(plain<Deal>)),
      requests: database.requests
        .find({ selector: { partnerId, status: { $in: [...openRequestStatuses] } } })
        .$.pipe(map(plain<Request>)),
      funds: database.funds.find(byPartner).$.pipe(map(plain<Fund>)),
      performance: database.performance
        .find({ ...byPartner, sort: [{ year: 'asc' }] })
        .$.pipe(map(plain<Performance>)),
    });
  }, [database, partnerId]);
  return useObservable<PartnerDetail | undefined>(detail$, undefined);
}

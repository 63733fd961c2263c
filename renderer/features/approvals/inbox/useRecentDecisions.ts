import { useMemo } from 'react';
import { combineLatest, map, of, switchMap } from 'rxjs';
import type { Decision, Request } from '../../../../shared/schema';
import { useCamSession } from '../../../app/CamContext';
import { useObservable } from '../../../app/useObservable';

export type RecentDecisions = {
  /** My latest decisions, newest first. */
  decisions: Decision[];
  /** What each was about (the type, partner and amount its title is composed from). */
  requests: ReadonlyMap<string, Pick<Request, 'type' | 'partnerId' | 'amount'>>;
  /** Who made the decision that took effect first, by its id, for the superseded ones. */
  winners: ReadonlyMap<string, string>;
};

const SHOWN = 30;

/**
 * My latest decisions and what became of them. Reads my decisions only (indexed by
 * `decidedBy`: the same query as the sync engine's outbox and the inbox's, run once for the
 * three), then by primary key just the requests they were about and the decisions that
 * superseded them, with their deciders' names.
 */
export function useRecentDecisions(): RecentDecisions | undefined {
  const { database, userId } = useCamSession();
  const recent$ = useMemo(
    () =>
      database.decisions.find({ selector: { decidedBy: userId } }).$.pipe(
        // Sorted by the documents' own field, then only the shown ones copied out.
        map((documents) =>
          [...documents]
            .sort((a, b) => (a.decidedAt < b.decidedAt ? 1 : a.decidedAt > b.decidedAt ? -1 : 0))
            .slice(0, SHOWN)
            .map((document) => document.toJSON() as Decision),
        ),
        switchMap((decisions) => {
          const winnerIds = decisions.flatMap((decision) =>
            decision.outcome?.supersededBy ? [decision.outcome.supersededBy] : [],
          );
          return combineLatest({
            requests: database.requests.findByIds(decisions.map((decision) => decision.requestId))
              .$,
            winners: winnerIds.length
              ? database.decisions.findByIds(winnerIds).$.pipe(
                  switchMap((found) => {
                    const deciderOf = new Map(
                      [...found.values()].map((winner) => [winner.id, winner.decidedBy]),
                    );
                    return database.users
                      .findByIds([...new Set(deciderOf.values())])
                      .$.pipe(
                        map(
                          (users) =>
                            new Map(
                              [...deciderOf].map(([id, decider]) => [
                                id,
                                users.get(decider)?.name ?? decider,
                              ]),
                            ),
                        ),
                      );
                  }),
                )
              : of(new Map<string, string>()),
          }).pipe(
            map(({ requests, winners }) => ({
              decisions,
              winners,
              requests: new Map(
                [...requests.values()].map((request) => [
                  request.id,
                  { type: request.type, partnerId: request.partnerId, amount: request.amount },
                ]),
              ),
            })),
          );
        }),
      ),
    [database, userId],
  );
  return useObservable<RecentDecisions | undefined>(recent$, undefined);
}

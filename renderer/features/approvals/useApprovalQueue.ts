import { useMemo } from 'react';
import { combineLatest, map, switchMap } from 'rxjs';
import { statusesAwaitingDecision } from '../../../shared/rules/request-status';
import type { Decision, Partner, Request, User } from '../../../shared/schema';
import { useCamSession } from '../../app/CamContext';
import { useObservable } from '../../app/useObservable';

export type ApprovalQueue = {
  /** Requests whose current step waits for my role in my territories, soonest due first. */
  waiting: Request[];
  /** My decisions, newest first. */
  decisions: Decision[];
  /** Everyone's decisions by id, to name who decided first when mine was superseded. */
  decidersById: Map<string, string>;
  partnerNames: Map<string, string>;
  /** Titles of the requests my decisions were about, open or not. */
  requestTitles: Map<string, string>;
  userNames: Map<string, string>;
};

export function useApprovalQueue(): ApprovalQueue | undefined {
  const { database, userId } = useCamSession();
  const queue$ = useMemo(() => {
    const plain = <Doc>(documents: { toJSON(): unknown }[]) =>
      documents.map((document) => document.toJSON() as Doc);
    const myDecisions$ = database.decisions
      .find({ selector: { decidedBy: userId } })
      .$.pipe(
        map((documents) =>
          plain<Decision>(documents).sort((a, b) => b.decidedAt.localeCompare(a.decidedAt)),
        ),
      );
    const requestTitles$ = myDecisions$.pipe(
      switchMap(
        (decisions) =>
          database.requests.find({
            selector: {
              id: { $in: [...new Set(decisions.map((decision) => decision.requestId))] },
            },
          }).$,
      ),
      map((requests) => new Map(requests.map((request) => [request.id, request.title]))),
    );
    return combineLatest({
      me: database.users.findOne(userId).$,
      myDecisions: myDecisions$,
      requestTitles: requestTitles$,
      requests: database.requests
        .find({
          selector: { status: { $in: [...statusesAwaitingDecision] } },
          sort: [{ dueAt: 'asc' }],
        })
        .$.pipe(map(plain<Request>)),
      decisions: database.decisions.find().$.pipe(map(plain<Decision>)),
      partners: database.partners.find().$.pipe(map(plain<Partner>)),
      users: database.users.find().$.pipe(map(plain<User>)),
    }).pipe(
      map(({ me, myDecisions, requestTitles, requests, decisions, partners, users }) => {
        const role = me?.role;
        return {
          waiting: requests.filter((request) => {
            const step = request.steps[request.currentStep];
            return step !== undefined && step.role === role;
          }),
          decisions: myDecisions,
          requestTitles,
          decidersById: new Map(decisions.map((decision) => [decision.id, decision.decidedBy])),
          partnerNames: new Map(partners.map((partner) => [partner.id, partner.name])),
          userNames: new Map(users.map((user) => [user.id, user.name])),
        };
      }),
    );
  }, [database, userId]);
  return useObservable<ApprovalQueue | undefined>(queue$, undefined);
}

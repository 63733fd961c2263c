import type { AuthorityRule, Decision, Program, Request } from '../../shared/schema';
import type { PushRow, WireDocument } from '../../shared/sync/protocol';
import type { Database, Queryable } from '../db/database';
import { announceChange, lockChangeFeed, type DocumentStore } from '../sync/document-store';
import { judgeDecision, type Decider, type DiscountAuthority } from './judge-decision';

/** The common matrix (domain.md), used until a discount authority program is published. */
export const defaultDiscountAuthority: DiscountAuthority = {
  cam: 10,
  regional_manager: 20,
  director: 30,
  finance: 100,
  deal_desk: 30,
};

/** Where a decision that names no request in the decider's scope is filed. */
export const UNSCOPED_TERRITORY = 'unscoped';

type Stores = { decisions: DocumentStore<Decision>; requests: DocumentStore<Request> };

/**
 * Decisions are commands: each pushed decision is judged and stored in its own transaction, with
 * exactly one outcome, and pushing it again changes nothing. A rejected one never blocks the ones
 * queued behind it. Answers the stored state of every pushed decision (RxDB takes it as the
 * master state, so the client sees the outcome at once).
 */
export function decisionService(database: Database, { decisions, requests }: Stores) {
  async function submitOne(
    claimed: WireDocument<Decision>,
    decider: Decider,
    now: Date,
  ): Promise<WireDocument<Decision>> {
    return database.transaction(async (tx) => {
      await lockChangeFeed(tx);
      const existing = await decisions.get(claimed.id, tx);
      if (existing) return { ...existing, _deleted: false };

      const { _deleted: deleted, ...decision } = claimed;
      const request = await requests.get(decision.requestId, tx, true);
      const judgement = deleted
        ? {
            outcome: {
              status: 'rejected' as const,
              reason: 'A decision cannot be deleted; record a new one instead.',
              supersededBy: null,
              recordedAt: now.toISOString(),
            },
          }
        : judgeDecision(decision, request, decider, await discountAuthority(tx), now);
      const visibleRequest = request && decider.territoryIds.includes(request.territoryId);
      const stored = await decisions.writeWithin(
        tx,
        {
          ...decision,
          decidedBy: decider.userId,
          territoryId: visibleRequest ? request.territoryId : UNSCOPED_TERRITORY,
          outcome: judgement.outcome,
        },
        now,
      );
      await announceChange(tx, 'decisions');
      if (judgement.request) {
        await requests.writeWithin(tx, judgement.request, now);
        await announceChange(tx, 'requests');
      }
      return { ...stored, _deleted: false };
    });
  }

  return {
    async submit(
      rows: PushRow<Decision>[],
      decider: Decider,
      now: () => Date = () => new Date(),
    ): Promise<WireDocument<Decision>[]> {
      const answers: WireDocument<Decision>[] = [];
      for (const row of rows) answers.push(await submitOne(row.newDocumentState, decider, now()));
      return answers;
    },
  };
}

export type DecisionService = ReturnType<typeof decisionService>;

async function discountAuthority(tx: Queryable): Promise<DiscountAuthority> {
  const [row] = await tx.query<{ doc: Program }>(
    `SELECT doc FROM programs
     WHERE NOT deleted AND doc->>'kind' = 'discount_authority'
     ORDER BY doc->>'validFrom' DESC LIMIT 1`,
  );
  if (!row) return defaultDiscountAuthority;
  return Object.fromEntries(
    row.doc.authority.map((rule: AuthorityRule) => [rule.role, rule.maxDiscountPercent]),
  );
}

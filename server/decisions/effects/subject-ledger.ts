import {
  dealsCollection,
  fundsCollection,
  partnersCollection,
  type Deal,
  type Fund,
  type Partner,
  type Program,
  type Request,
} from '../../../shared/schema';
import { payeeKey } from '../../../shared/rules/spiff-payee';
import type { Database, Queryable } from '../../db/database';
import { announceChange, documentStore, type DocumentStore } from '../../sync/document-store';
import type { SubjectChange, Subjects } from './subject-effect';

export type SubjectStores = {
  deals: DocumentStore<Deal>;
  funds: DocumentStore<Fund>;
  partners: DocumentStore<Partner>;
};

export function subjectStoresOf(database: Database): SubjectStores {
  return {
    deals: documentStore<Deal>(database, dealsCollection),
    funds: documentStore<Fund>(database, fundsCollection),
    partners: documentStore<Partner>(database, partnersCollection),
  };
}

/**
 * The subjects of the given requests, read (and locked) in the decisions' transaction before
 * any is judged, so a judgement can refuse what its subject cannot take.
 */
export async function loadSubjects(
  tx: Queryable,
  stores: SubjectStores,
  requests: Iterable<Request>,
  at: Date,
): Promise<Subjects> {
  const ids = { deals: new Set<string>(), funds: new Set<string>(), partners: new Set<string>() };
  const claimed = { preapprovals: new Set<string>(), programs: new Set<string>() };
  const spiffPartners = new Set<string>();
  const spiffPayees = new Set<string>();
  for (const request of requests) {
    if (request.type === 'deal_registration' || request.type === 'special_pricing') {
      ids.deals.add(request.subjectId);
    } else if (request.type === 'mdf_preapproval') ids.funds.add(request.subjectId);
    else if (request.type === 'partner_onboarding') ids.partners.add(request.subjectId);
    else if (request.type === 'mdf_claim' && request.relatedRequestId !== null) {
      claimed.preapprovals.add(request.relatedRequestId);
    } else if (request.type === 'spiff_claim') {
      claimed.programs.add(request.subjectId);
      spiffPartners.add(request.partnerId);
      if (request.payee) spiffPayees.add(payeeKey(request.payee));
    }
  }
  const load = async <Doc extends { updatedAt: string }>(
    store: DocumentStore<Doc>,
    wanted: Set<string>,
  ) => (wanted.size === 0 ? new Map<string, Doc>() : store.getMany([...wanted], tx, true));
  return {
    deals: await load(stores.deals, ids.deals),
    funds: await load(stores.funds, ids.funds),
    partners: await load(stores.partners, ids.partners),
    tierProgram: ids.partners.size === 0 ? undefined : await tierProgramAt(tx, at),
    ...(await claimSubjects(
      tx,
      claimed.preapprovals,
      claimed.programs,
      spiffPartners,
      spiffPayees,
    )),
  };
}

/**
 * What claims are judged against: the quoted pre-approvals and every MDF claim against them;
 * the SPIFF programs, the claiming partners' and reps' other claims on them (a rep by
 * `payeeKey`, under whichever partner) and the partners' won deals.
 */
async function claimSubjects(
  tx: Queryable,
  preapprovalIds: Set<string>,
  programIds: Set<string>,
  partnerIds: Set<string>,
  payeeKeys: Set<string>,
): Promise<Pick<Subjects, 'preapprovals' | 'claims' | 'spiffPrograms' | 'wonDeals'>> {
  const docs = async <Doc>(sql: string, params: unknown[]) =>
    (await tx.query<{ doc: Doc }>(sql, params)).map((row) => row.doc);
  const byId = <Doc extends { id: string }>(list: Doc[]) =>
    new Map(list.map((doc) => [doc.id, doc]));
  const preapprovals = [...preapprovalIds];
  const programs = [...programIds];
  const partners = [...partnerIds];
  const mdfClaims =
    preapprovals.length === 0
      ? []
      : await docs<Request>(
          `SELECT doc FROM requests WHERE NOT deleted AND doc->>'relatedRequestId' = ANY($1)
           AND doc->>'type' = 'mdf_claim'`,
          [preapprovals],
        );
  const spiffClaims =
    programs.length === 0
      ? []
      : await docs<Request>(
          `SELECT doc FROM requests WHERE NOT deleted AND doc->>'type' = 'spiff_claim'
           AND doc->>'subjectId' = ANY($1) AND doc->>'partnerId' = ANY($2)`,
          [programs, partners],
        );
  // payeeKey in SQL: a stored email is ASCII without spaces (the schema), so lower() is it.
  // Migration 016 indexes it.
  const repClaims =
    programs.length === 0 || payeeKeys.size === 0
      ? []
      : await docs<Request>(
          `SELECT doc FROM requests WHERE NOT deleted AND doc->>'type' = 'spiff_claim'
           AND lower(doc->'payee'->>'email') = ANY($1) AND doc->>'subjectId' = ANY($2)`,
          [[...payeeKeys], programs],
        );
  return {
    preapprovals: byId(
      preapprovals.length === 0
        ? []
        : await docs<Request>(`SELECT doc FROM requests WHERE NOT deleted AND id = ANY($1)`, [
            preapprovals,
          ]),
    ),
    claims: byId([...mdfClaims, ...spiffClaims, ...repClaims]),
    spiffPrograms: byId(
      programs.length === 0
        ? []
        : await docs<Program>(`SELECT doc FROM programs WHERE NOT deleted AND id = ANY($1)`, [
            programs,
          ]),
    ),
    wonDeals:
      partners.length === 0
        ? []
        : await docs<Deal>(
            `SELECT doc FROM deals WHERE NOT deleted AND doc->>'partnerId' = ANY($1)
             AND doc->>'stage' = 'closed_won'`,
            [partners],
          ),
  };
}

/** The tier program in force at `at`: the latest that started by then. */
async function tierProgramAt(tx: Queryable, at: Date): Promise<Program | undefined> {
  const [row] = await tx.query<{ doc: Program }>(
    `SELECT doc FROM programs
     WHERE NOT deleted AND doc->>'kind' = 'tier_program' AND doc->>'validFrom' <= $1
     ORDER BY doc->>'validFrom' DESC LIMIT 1`,
    [at.toISOString().slice(0, 10)],
  );
  return row?.doc;
}

/** The store's next special-pricing authorisation number (migration 007's sequence). */
export async function nextAuthorizationNumber(tx: Queryable): Promise<number> {
  const [row] = await tx.query<{ number: string }>(
    `SELECT nextval('special_pricing_authorization_seq')::text AS number`,
  );
  const number = Number(row?.number);
  if (!Number.isSafeInteger(number)) throw new Error('The authorisation sequence gave no number');
  return number;
}

/**
 * The subjects as the transaction's decisions leave them: each change is seen by the decisions
 * judged after it (two pre-approvals on one fund draw on one balance), and written once, in the
 * same transaction, announced on the change feed like decisions and requests.
 */
export function subjectLedger(subjects: Subjects) {
  const changed = {
    deals: new Map<string, Deal>(),
    funds: new Map<string, Fund>(),
    partners: new Map<string, Partner>(),
  };
  return {
    subjects,
    /** A request as a decision left it: later claims in the transaction count a claim's grant. */
    decided(request: Request) {
      if (request.type === 'mdf_claim' || request.type === 'spiff_claim') {
        subjects.claims?.set(request.id, request);
      } else if (subjects.preapprovals?.has(request.id)) {
        subjects.preapprovals.set(request.id, request);
      }
    },
    record(change: SubjectChange) {
      switch (change.collection) {
        case 'deals':
          subjects.deals.set(change.document.id, change.document);
          changed.deals.set(change.document.id, change.document);
          break;
        case 'funds':
          subjects.funds.set(change.document.id, change.document);
          changed.funds.set(change.document.id, change.document);
          break;
        case 'partners':
          subjects.partners.set(change.document.id, change.document);
          changed.partners.set(change.document.id, change.document);
          break;
      }
    },
    /** Writes what changed; the transaction must hold the change-feed lock. */
    async write(tx: Queryable, stores: SubjectStores, at: Date) {
      const write = async <Doc extends { updatedAt: string }>(
        store: DocumentStore<Doc>,
        documents: Map<string, Doc>,
      ) => {
        if (documents.size === 0) return;
        await store.writeManyWithin(tx, [...documents.values()], at);
        await announceChange(tx, store.collection.name);
      };
      await write(stores.deals, changed.deals);
      await write(stores.funds, changed.funds);
      await write(stores.partners, changed.partners);
    },
  };
}

export type SubjectLedger = ReturnType<typeof subjectLedger>;

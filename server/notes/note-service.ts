import type { Activity, Partner } from '../../shared/schema';
import type { PushRow, WireDocument } from '../../shared/sync/protocol';
import type { Database } from '../db/database';
import type { Decider } from '../decisions/judge-decision';
import { withStorableText } from '../decisions/storable';
import { announceChange, lockChangeFeed, type DocumentStore } from '../sync/document-store';
import { judgeNote, noteRefusals, refusedNote } from './judge-note';

type Stores = {
  activities: DocumentStore<Activity>;
  partners: DocumentStore<Partner>;
};

/**
 * Notes are commands, as decisions are (decision-service.ts): each pushed note is judged and
 * stored with exactly one outcome, and pushing it again changes nothing. A push is judged in one
 * transaction under the change-feed lock; a refused note is an outcome, never an error, so it
 * never blocks the notes queued behind it. Answers the stored state of every pushed note (RxDB
 * takes it as the master state, so the CAM sees the outcome at once).
 */
export function noteService(database: Database, { activities, partners }: Stores) {
  return {
    async submit(
      rows: PushRow<Activity>[],
      caller: Decider,
      now: () => Date = () => new Date(),
    ): Promise<WireDocument<Activity>[]> {
      if (rows.length === 0) return [];
      const claims = rows.map((row) => row.newDocumentState);
      return database.transaction(async (tx) => {
        await lockChangeFeed(tx);
        const at = now();
        const known = await activities.getMany(
          claims.map((claim) => claim.id),
          tx,
        );
        const partnersById = await partners.getMany(
          claims.map((claim) => claim.partnerId),
          tx,
        );
        const judged: Activity[] = [];
        // A claim on an id another activity holds: answered, never stored or disclosed.
        const taken = new Map<string, Activity>();
        for (const claim of claims) {
          const stored = known.get(claim.id);
          if (stored && !(stored.kind === 'note' && stored.actorId === caller.userId)) {
            taken.set(claim.id, idTaken(claim, caller, at));
            continue;
          }
          if (stored) continue;
          const note = judgeNote(claim, partnersById.get(claim.partnerId), caller, at);
          known.set(note.id, note);
          judged.push(note);
        }
        const written = await activities.writeManyWithin(tx, judged, at);
        for (const note of written) known.set(note.id, note);
        if (written.length > 0) await announceChange(tx, 'activities');
        return claims.map((claim) => ({
          ...(taken.get(claim.id) ?? known.get(claim.id) ?? claim),
          _deleted: false,
        }));
      });
    },
  };
}

export type NoteService = ReturnType<typeof noteService>;

function idTaken(claim: WireDocument<Activity>, caller: Decider, at: Date): Activity {
  const { _deleted: _ignored, ...note } = withStorableText(claim);
  return refusedNote({ ...note, actorId: caller.userId }, noteRefusals.idTaken(claim.id), at);
}

import { useEffect, useState } from 'react';
import { useCamSession } from '../../../app/CamContext';
import type { InboxEntry } from './inbox-entry';

type Known = { entries: readonly InboxEntry[]; conflicting: ReadonlySet<string> };

/**
 * Ids of the listed deal registrations whose deal conflicts with another registration or a
 * direct opportunity (`conflictsWith` on the deal). Deals are read by primary key, and only
 * while the conflict filter is on; null until known for the current list.
 */
export function useConflictingRequests(
  entries: readonly InboxEntry[],
  enabled: boolean,
): ReadonlySet<string> | null {
  const { database } = useCamSession();
  const [known, setKnown] = useState<Known>();
  useEffect(() => {
    if (!enabled) return;
    const registrations = entries.filter((entry) => entry.type === 'deal_registration');
    let cancelled = false;
    void database.deals
      .findByIds(registrations.map((entry) => entry.subjectId))
      .exec()
      .then((deals) => {
        if (cancelled) return;
        const conflicting = registrations
          .filter((entry) => (deals.get(entry.subjectId)?.conflictsWith.length ?? 0) > 0)
          .map((entry) => entry.id);
        setKnown({ entries, conflicting: new Set(conflicting) });
      });
    return () => {
      cancelled = true;
    };
  }, [database, entries, enabled]);
  return enabled && known?.entries === entries ? known.conflicting : null;
}

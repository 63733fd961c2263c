import { useEffect, useRef, useState } from 'react';
import { useCamSession } from '../../../app/CamContext';

/**
 * Partner names for the partners asked for (the visible rows', or every listed partner's once
 * the CAM searches or filters), read by primary key and kept as plain strings: no live copy of
 * the partners collection. Names already asked for are not read again.
 */
export function usePartnerNames(partnerIds: readonly string[]): ReadonlyMap<string, string> {
  const { database } = useCamSession();
  const asked = useRef(new Set<string>());
  const [names, setNames] = useState<ReadonlyMap<string, string>>(() => new Map());
  const wanted = [...new Set(partnerIds)].join(',');

  useEffect(() => {
    const missing = wanted.split(',').filter((id) => id !== '' && !asked.current.has(id));
    if (missing.length === 0) return;
    for (const id of missing) asked.current.add(id);
    void database.partners
      .findByIds(missing)
      .exec()
      .then((found) => {
        setNames((before) => {
          const after = new Map(before);
          for (const [id, partner] of found) after.set(id, partner.name);
          return after;
        });
      });
  }, [database, wanted]);
  return names;
}

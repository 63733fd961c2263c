import { useEffect, useRef, useState } from 'react';
import { useCamSession } from '../../../app/CamContext';
import { readPartnerNames } from './partner-names';

/**
 * Partner names for the partners asked for (the visible rows', or every listed partner's once
 * the CAM searches or filters), read by primary key and kept as plain strings: no live copy of
 * the partners collection. Names already asked for are not asked for again; one not stored yet
 * is named when it arrives (./partner-names.ts).
 */
export function usePartnerNames(partnerIds: readonly string[]): ReadonlyMap<string, string> {
  const { database } = useCamSession();
  const asked = useRef(new Set<string>());
  // The reads still waiting for a partner, ended with the component (at most one per partner).
  const reads = useRef<(() => void)[]>([]);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(() => new Map());
  const wanted = [...new Set(partnerIds)].join(',');

  useEffect(
    () => () => {
      for (const stop of reads.current) stop();
      reads.current = [];
    },
    [],
  );
  useEffect(() => {
    const missing = wanted.split(',').filter((id) => id !== '' && !asked.current.has(id));
    if (missing.length === 0) return;
    for (const id of missing) asked.current.add(id);
    reads.current.push(
      readPartnerNames(database.partners, missing, (found) => {
        setNames((before) => new Map([...before, ...found]));
      }),
    );
  }, [database, wanted]);
  return names;
}

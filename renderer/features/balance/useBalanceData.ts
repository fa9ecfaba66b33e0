import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { computeCoverage, type CoverageSummary } from '../../../shared/coverage/coverage';
import { listCells } from '../../db/repositories/cells';
import { listOfficials } from '../../db/repositories/officials';
import { listOrgs } from '../../db/repositories/orgs';
import { listRegistrations } from '../../db/repositories/registrations';
import { useDb } from '../../db/useDb';
import type { LiveRecords } from './balance-rows';

export interface BalanceData extends LiveRecords {
  /** The year's coverage now, counted as the dashboard counts it. */
  coverage: CoverageSummary;
}

/** The records kept live: each row's status and the coverage follow every accept and undo. */
export function useBalanceData(year: number, crowdingThreshold: number): BalanceData | undefined {
  const db = useDb();
  const orgs = useLiveQuery(() => listOrgs(db), [db]);
  const cells = useLiveQuery(() => listCells(db), [db]);
  const officials = useLiveQuery(() => listOfficials(db), [db]);
  const registrations = useLiveQuery(() => listRegistrations(db), [db]);
  return useMemo(() => {
    if (!orgs || !cells || !officials || !registrations) return undefined;
    return {
      coverage: computeCoverage({ orgs, cells, registrations }, year, crowdingThreshold),
      orgById: new Map(orgs.map((o) => [o.id, o])),
      cellById: new Map(cells.map((c) => [c.id, c])),
      officialById: new Map(officials.map((o) => [o.id, o])),
      registrationById: new Map(registrations.map((r) => [r.id, r])),
      registrations,
    };
  }, [orgs, cells, officials, registrations, year, crowdingThreshold]);
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { computeCoverage, DEFAULT_CROWDING_THRESHOLD, type CoverageSummary } from '../../../shared/coverage/coverage';
import { listRegistrationsForYear } from '../../db/repositories/registrations';
import { useDb } from '../../db/useDb';

export interface CoverageData {
  coverage: CoverageSummary;
  totalOfficials: number;
}

/** Crowded = this many registered people or more (the coordination rule's "nhiều"). */
export const CROWDING_THRESHOLD = DEFAULT_CROWDING_THRESHOLD;

/**
 * The year's coverage, kept live. The live queries hand back new arrays only when the
 * data changes, so the aggregation runs once per change, not on every render.
 */
export function useCoverageData(year: number): CoverageData | undefined {
  const db = useDb();
  const orgs = useLiveQuery(() => db.orgs.toArray(), [db]);
  const cells = useLiveQuery(() => db.cells.toArray(), [db]);
  const registrations = useLiveQuery(() => listRegistrationsForYear(db, year), [db, year]);
  const totalOfficials = useLiveQuery(() => db.officials.count(), [db]);
  const coverage = useMemo(
    () =>
      orgs && cells && registrations
        ? computeCoverage({ orgs, cells, registrations }, year, CROWDING_THRESHOLD)
        : undefined,
    [orgs, cells, registrations, year],
  );
  if (!coverage || totalOfficials === undefined) return undefined;
  return { coverage, totalOfficials };
}

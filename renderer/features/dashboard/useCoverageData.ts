import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { computeCoverage, type CoverageSummary } from '../../../shared/coverage/coverage';
import { listRegistrationsForYear } from '../../db/repositories/registrations';
import { useDb } from '../../db/useDb';

export interface CoverageData {
  coverage: CoverageSummary;
  totalOfficials: number;
}

/**
 * The year's coverage, kept live. Crowded = `crowdingThreshold` registered people or more,
 * from the rules in settings, so the dashboard and "Tổng hợp" call the same cells crowded. The live queries hand back new arrays only when the
 * data changes, so the aggregation runs once per change, not on every render.
 */
export function useCoverageData(year: number, crowdingThreshold: number): CoverageData | undefined {
  const db = useDb();
  const orgs = useLiveQuery(() => db.orgs.toArray(), [db]);
  const cells = useLiveQuery(() => db.cells.toArray(), [db]);
  const registrations = useLiveQuery(() => listRegistrationsForYear(db, year), [db, year]);
  const totalOfficials = useLiveQuery(() => db.officials.count(), [db]);
  const coverage = useMemo(
    () =>
      orgs && cells && registrations
        ? computeCoverage({ orgs, cells, registrations }, year, crowdingThreshold)
        : undefined,
    [orgs, cells, registrations, year, crowdingThreshold],
  );
  if (!coverage || totalOfficials === undefined) return undefined;
  return { coverage, totalOfficials };
}

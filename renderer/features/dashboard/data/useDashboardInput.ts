import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { DashboardInput } from '../../../../shared/dashboard/types';
import type { Settings } from '../../../../shared/domain/types';
import { listCells } from '../../../db/repositories/cells';
import { listMeetings } from '../../../db/repositories/meetings';
import { listOfficials } from '../../../db/repositories/officials';
import { listOrgs } from '../../../db/repositories/orgs';
import { listRecommendations } from '../../../db/repositories/recommendations';
import { listRegistrations } from '../../../db/repositories/registrations';
import { useDb } from '../../../db/useDb';

/**
 * Every table the dashboard counts, kept live. It waits for all of them: counts from
 * half-loaded data would show gaps that are not there. The live queries hand back new
 * arrays only when a table changes, so a new input (and one recount) follows each change.
 */
export function useDashboardInput(settings: Settings): DashboardInput | undefined {
  const db = useDb();
  const orgs = useLiveQuery(() => listOrgs(db), [db]);
  const cells = useLiveQuery(() => listCells(db), [db]);
  const officials = useLiveQuery(() => listOfficials(db), [db]);
  const registrations = useLiveQuery(() => listRegistrations(db), [db]);
  const meetings = useLiveQuery(() => listMeetings(db), [db]);
  const recommendations = useLiveQuery(() => listRecommendations(db), [db]);
  const { termStartYear, termEndYear, rules } = settings;
  return useMemo(() => {
    if (!orgs || !cells || !officials || !registrations || !meetings || !recommendations) return undefined;
    return { orgs, cells, officials, registrations, meetings, recommendations, term: { startYear: termStartYear, endYear: termEndYear }, rules };
  }, [orgs, cells, officials, registrations, meetings, recommendations, termStartYear, termEndYear, rules]);
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDb } from '../../db/useDb';
import { buildMeetingsPanelData, type MeetingsPanelData } from './meetings-panel-data';

/** The panel's numbers, kept live; undefined until every table has loaded. */
export function useMeetingsPanelData(year: number, today: string): MeetingsPanelData | undefined {
  const db = useDb();
  const meetings = useLiveQuery(() => db.meetings.toArray(), [db]);
  const registrations = useLiveQuery(() => db.registrations.toArray(), [db]);
  const officials = useLiveQuery(() => db.officials.toArray(), [db]);
  const cells = useLiveQuery(() => db.cells.toArray(), [db]);
  const orgs = useLiveQuery(() => db.orgs.toArray(), [db]);
  const recommendations = useLiveQuery(() => db.recommendations.toArray(), [db]);
  return useMemo(
    () =>
      meetings && registrations && officials && cells && orgs && recommendations
        ? buildMeetingsPanelData({ meetings, registrations, officials, cells, orgs, recommendations }, year, today)
        : undefined,
    [meetings, registrations, officials, cells, orgs, recommendations, year, today],
  );
}

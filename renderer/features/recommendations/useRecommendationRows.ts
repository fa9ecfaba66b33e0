import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDb } from '../../db/useDb';
import { buildRecommendationRows, type RecommendationRow } from './recommendation-rows';

/** Every recommendation joined with its meeting, kept live; undefined while any table loads. */
export function useRecommendationRows(today: string): RecommendationRow[] | undefined {
  const db = useDb();
  const recommendations = useLiveQuery(() => db.recommendations.toArray(), [db]);
  const meetings = useLiveQuery(() => db.meetings.toArray(), [db]);
  const registrations = useLiveQuery(() => db.registrations.toArray(), [db]);
  const officials = useLiveQuery(() => db.officials.toArray(), [db]);
  const cells = useLiveQuery(() => db.cells.toArray(), [db]);
  const orgs = useLiveQuery(() => db.orgs.toArray(), [db]);
  return useMemo(
    () =>
      // A row missing its meeting's official or cell would look like bad data: wait for every table.
      recommendations && meetings && registrations && officials && cells && orgs
        ? buildRecommendationRows({ recommendations, meetings, registrations, officials, cells, orgs }, today)
        : undefined,
    [recommendations, meetings, registrations, officials, cells, orgs, today],
  );
}

/**
 * The records behind a number on the dashboard: a click on a card or a bar asks for these,
 * and each list has exactly as many rows as the number clicked (the same counting, the
 * same scope). Cells come from the aggregate the page already shows; meetings and
 * recommendations from the prepared data, which the aggregate keeps only as counts.
 */
import { isOpen, isOverdue } from '../meetings/recommendation-flow';
import { bucketOf } from './coverage-bars';
import { meetingsInScope } from './meetings-in-scope';
import type { PreparedDashboard, PreparedMeeting } from './prepare';
import type { DashboardAggregate, DashboardCell, DashboardQuery, DrillFilter, MeetingDrillRow, RecommendationDrillRow } from './types';

type CellFilter = Extract<DrillFilter, { kind: 'cells' }>;
type MeetingFilter = Extract<DrillFilter, { kind: 'meetings' }>;
type RecommendationFilter = Extract<DrillFilter, { kind: 'recommendations' }>;

function matchesCoverage(cell: DashboardCell, coverage: CellFilter['coverage']): boolean {
  const covered = cell.registrants.length > 0;
  switch (coverage) {
    case undefined:
      return true;
    case 'covered':
      return covered;
    case 'coveredNotCrowded':
      return covered && !cell.crowded;
    case 'uncovered':
      return !covered;
    case 'crowded':
      return cell.crowded;
  }
}

/** The aggregate's cells that the filter picks, in the aggregate's order (organization, then cell). */
export function drillCells(agg: DashboardAggregate, filter: CellFilter): DashboardCell[] {
  return agg.cells.filter(
    (cell) =>
      matchesCoverage(cell, filter.coverage) &&
      (filter.type === undefined || cell.orgType === filter.type) &&
      (filter.orgId === undefined || cell.orgId === filter.orgId) &&
      (filter.bucket === undefined || bucketOf(cell.registrants.length) === filter.bucket),
  );
}

function pickedMeetings(prepared: PreparedDashboard, query: DashboardQuery, filter: MeetingFilter): PreparedMeeting[] {
  return meetingsInScope(prepared, query).filter(
    (m) =>
      (filter.year === undefined || m.year === filter.year) &&
      (filter.quarter === undefined || m.quarter === filter.quarter) &&
      (filter.status !== 'held' || m.meeting.status === 'held'),
  );
}

function where(prepared: PreparedDashboard, m: PreparedMeeting): { cellName: string; orgName: string; officialName: string | null } {
  const { cell, org } = prepared.cells[m.cellIndex]!;
  return { cellName: cell.name, orgName: org.name, officialName: m.official?.name ?? null };
}

/** The query's meetings the filter picks, by date and start time. */
export function drillMeetings(prepared: PreparedDashboard, query: DashboardQuery, filter: MeetingFilter): MeetingDrillRow[] {
  return pickedMeetings(prepared, query, filter).map((m) => ({ meeting: m.meeting, ...where(prepared, m) }));
}

function matchesStatus(rec: RecommendationDrillRow['recommendation'], status: RecommendationFilter['status'], today: string): boolean {
  switch (status) {
    case undefined:
      return true;
    case 'open':
      return isOpen(rec);
    case 'overdue':
      return isOverdue(rec, today);
    default:
      return rec.status === status;
  }
}

/** Recommendations raised at the query's meetings that the filter picks, by meeting date (then as recorded). */
export function drillRecommendations(
  prepared: PreparedDashboard,
  query: DashboardQuery,
  filter: RecommendationFilter,
): RecommendationDrillRow[] {
  const rows: RecommendationDrillRow[] = [];
  for (const m of meetingsInScope(prepared, query)) {
    for (const recommendation of m.recommendations) {
      if (!matchesStatus(recommendation, filter.status, query.today)) continue;
      rows.push({ recommendation, meetingDate: m.meeting.date, ...where(prepared, m), overdue: isOverdue(recommendation, query.today) });
    }
  }
  return rows;
}

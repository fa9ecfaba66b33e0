/**
 * Everything the dashboard shows for one period and scope, from the prepared data: run in
 * the worker on every period or scope change, so it only counts (no sorting by name: the
 * prepared cells are already in Vietnamese order). Counting follows the synthesis (see
 * scope-cells.ts), so "Tổng quan" and "Tổng hợp" agree.
 */
import { countCells, distributionBars, orgBars, share, typeBars } from './coverage-bars';
import { meetingCounts, recommendationCounts } from './meeting-bars';
import { meetingsInScope } from './meetings-in-scope';
import { scopeCells } from './scope-cells';
import type { PreparedDashboard } from './prepare';
import type { DashboardAggregate, DashboardKpi, DashboardQuery } from './types';

export function aggregateDashboard(prepared: PreparedDashboard, query: DashboardQuery): DashboardAggregate {
  const { range, cells, registrations, officialsRegistered } = scopeCells(prepared, query);
  const runs = prepared.orgRuns.filter((run) => run.start >= range.start && run.end <= range.end);
  const meetings = meetingsInScope(prepared, query);
  const meetingTotals = meetingCounts(query.period, meetings);
  const recs = recommendationCounts(meetings, query.today);
  const counts = countCells(cells);
  const officialsTotal = prepared.officialById.size;
  const kpi: DashboardKpi = {
    cells: counts.cells,
    covered: counts.covered,
    uncovered: counts.uncovered,
    crowded: counts.crowded,
    coveredShare: share(counts.covered, counts.cells),
    registrations,
    officialsRegistered,
    officialsTotal,
    officialsWithout: officialsTotal - officialsRegistered,
    meetingsPlanned: meetingTotals.planned,
    meetingsHeld: meetingTotals.held,
    recommendationsTotal: recs.total,
    recommendationsOpen: recs.open,
    recommendationsOverdue: recs.overdue,
  };
  return {
    query,
    kpi,
    byType: typeBars(cells),
    byOrg: orgBars(runs, cells, range.start),
    distribution: distributionBars(cells),
    meetingsByQuarter: meetingTotals.byQuarter,
    recommendationsByStatus: recs.byStatus,
    cells,
  };
}

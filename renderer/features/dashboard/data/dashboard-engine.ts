/**
 * The dashboard's counting, kept in one place for the worker and for tests: the data is
 * prepared once per change (lookups, cells sorted in Vietnamese order), then each period
 * or scope the clerk picks is counted from the prepared data.
 */
import { aggregateDashboard } from '../../../../shared/dashboard/aggregate';
import { drillCells, drillMeetings, drillRecommendations } from '../../../../shared/dashboard/drill';
import { prepareDashboard, type PreparedDashboard } from '../../../../shared/dashboard/prepare';
import type { DashboardAggregate, DashboardInput, DashboardQuery, DrillFilter } from '../../../../shared/dashboard/types';
import type { DrillRows } from './drill-rows';

export interface DashboardEngine {
  /** Replaces the data; `version` names it so answers about older data can be told apart. */
  setData(input: DashboardInput, version: number): void;
  /**
   * The counts for a query. Without `withCells` the answer's `cells` is empty: the matrix is
   * the only view that lists every cell, and copying 15,000 of them out of the worker on each
   * period change costs more than the count itself.
   */
  aggregate(query: DashboardQuery, withCells?: boolean): DashboardAggregate;
  drill(query: DashboardQuery, filter: DrillFilter): DrillRows;
}

export function createDashboardEngine(): DashboardEngine {
  let prepared: PreparedDashboard | null = null;
  // The last answer, for the drill-down that follows a click on it (same query: no recount).
  let last: DashboardAggregate | null = null;

  const ready = (): PreparedDashboard => {
    if (!prepared) throw new Error('Dashboard data not loaded');
    return prepared;
  };
  const count = (query: DashboardQuery): DashboardAggregate => {
    if (last && sameQuery(last.query, query)) return last;
    last = aggregateDashboard(ready(), query);
    return last;
  };

  return {
    setData(input) {
      prepared = prepareDashboard(input);
      last = null;
    },
    aggregate(query, withCells = false) {
      const counted = count(query);
      return withCells ? counted : { ...counted, cells: [] };
    },
    drill(query, filter) {
      switch (filter.kind) {
        case 'cells':
          return { kind: 'cells', rows: drillCells(count(query), filter) };
        case 'meetings':
          return { kind: 'meetings', rows: drillMeetings(ready(), query, filter) };
        case 'recommendations':
          return { kind: 'recommendations', rows: drillRecommendations(ready(), query, filter) };
      }
    },
  };
}

function sameQuery(a: DashboardQuery, b: DashboardQuery): boolean {
  return a.orgId === b.orgId && a.today === b.today && JSON.stringify(a.period) === JSON.stringify(b.period);
}

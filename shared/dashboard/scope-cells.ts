/**
 * The cells of a query's scope with who is registered there in its period: the counting of
 * shared/coverage and shared/synthesis (countsInScope), over the prepared per-cell lists.
 *
 * Crowded is what synthesize() reports (crowdedCellIds(violations(...))): in some calendar
 * year of the period (a quarter is checked as its year, a term year by year) the cell has
 * at least the rules' threshold of distinct registrants. The dashboard adds one condition:
 * the cell is covered in the period. For a year or a term that changes nothing (a crowded
 * year's registrants count in it); for a quarter it leaves out cells crowded in the year
 * with nobody coming that quarter, which a stacked bar would have to show as both
 * uncovered and crowded.
 */
import type { Registration } from '../domain/types';
import { countsInScope, scopeYears } from '../synthesis/scope';
import type { PreparedDashboard } from './prepare';
import type { CellRegistrant, DashboardCell, DashboardQuery } from './types';

/** The cells of a scope: a run of PreparedDashboard.cells, [start, end). */
export interface CellRange {
  start: number;
  end: number;
}

/** All cells for the whole committee; one organization's run; nothing for an unknown organization. */
export function scopeCellRange(prepared: PreparedDashboard, orgId: string | null): CellRange {
  if (orgId === null) return { start: 0, end: prepared.cells.length };
  const run = prepared.orgRunById.get(orgId);
  return run ? { start: run.start, end: run.end } : { start: 0, end: 0 };
}

export interface ScopeCells {
  range: CellRange;
  /** prepared.cells[range.start…range.end) with the period's registrants. */
  cells: DashboardCell[];
  /** Số lượt: registrations counted in the period at these cells. */
  registrations: number;
  /** Số người: distinct existing officials among the registrants. */
  officialsRegistered: number;
}

export function scopeCells(prepared: PreparedDashboard, query: Pick<DashboardQuery, 'period' | 'orgId'>): ScopeCells {
  const range = scopeCellRange(prepared, query.orgId);
  const counts: (r: Registration) => boolean = countsInScope(query.period);
  const years = scopeYears(query.period);
  const { officialRank, registrantById } = prepared;
  const last = officialRank.size;
  // By name (deleted officials last), then id.
  const byName = (a: CellRegistrant, b: CellRegistrant) =>
    (officialRank.get(a.officialId) ?? last) - (officialRank.get(b.officialId) ?? last) ||
    (a.officialId < b.officialId ? -1 : a.officialId > b.officialId ? 1 : 0);
  const officials = new Set<string>();
  let registrations = 0;
  const cells: DashboardCell[] = [];
  for (let i = range.start; i < range.end; i++) {
    const registrants: CellRegistrant[] = [];
    for (const r of prepared.registrationsByCell[i]!) {
      if (!counts(r)) continue;
      registrations++;
      const registrant = registrantById.get(r.officialId)!;
      if (registrants.includes(registrant)) continue;
      registrants.push(registrant);
      if (registrant.name !== null) officials.add(registrant.officialId);
    }
    if (registrants.length > 1) registrants.sort(byName);
    const crowdedYears = prepared.crowdedYears[i]!;
    const { cell, org } = prepared.cells[i]!;
    cells.push({
      cellId: cell.id,
      cellName: cell.name,
      orgId: org.id,
      orgName: org.name,
      orgType: org.type,
      memberCount: cell.memberCount,
      registrants,
      crowded: registrants.length > 0 && crowdedYears.length > 0 && crowdedYears.some((y) => years.includes(y)),
    });
  }
  return { range, cells, registrations, officialsRegistered: officials.size };
}

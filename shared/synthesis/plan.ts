/**
 * The consolidated plan for a scope: who attends which cell and when, seen from the cell
 * and from the official. Counting is shared/coverage's, so a cell this module calls covered
 * is covered on the dashboard and in the reports too.
 */
import { indexCoverage, sortByOrgThenCell, type CellRow, type CoverageIndex } from '../coverage/coverage';
import type { GrassrootsOrg, Official, PartyCell, Registration } from '../domain/types';
import { sortVi } from '../text/collation';
import { countsInScope, type SynthesisData, type SynthesisScope } from './scope';

/** One registration, with the records it points to; `official` is absent if it was deleted. */
export interface PlanEntry {
  registration: Registration;
  official: Official | undefined;
  cell: PartyCell;
  org: GrassrootsOrg;
}

export interface CellPlan extends CellRow {
  /** Số người: distinct officials registered in the scope. */
  registrants: number;
  /** Số lượt: registrations in the scope. */
  registrations: number;
  /** By official name. */
  entries: PlanEntry[];
}

export interface OfficialPlan {
  official: Official;
  /** Số chi bộ: distinct cells registered for in the scope. */
  cells: number;
  /** Số lượt. */
  registrations: number;
  /** By organization, then cell. */
  entries: PlanEntry[];
}

/** The scope's coverage index, with its cells in report order (sorting 15,000 cells is the slow part: once). */
export interface ScopeIndex extends CoverageIndex {
  /** index.cells by organization then cell name. */
  ordered: CellRow[];
  /** Position of each cell in `ordered`. */
  rank: Map<string, number>;
}

export function scopeIndex(data: SynthesisData, scope: SynthesisScope): ScopeIndex {
  const index = indexCoverage(data, countsInScope(scope));
  const ordered = sortByOrgThenCell(index.cells);
  return { ...index, ordered, rank: new Map(ordered.map(({ cell }, i) => [cell.id, i])) };
}

/** Officials by name in Vietnamese order; same names by id, so the order never shuffles. */
export function sortOfficials(officials: readonly Official[]): Official[] {
  return sortVi(
    [...officials].sort((a, b) => compareIds(a.id, b.id)),
    (o) => o.name,
  );
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every cell whose organization exists, by organization then cell name; entries by official name. */
export function cellPlans(data: SynthesisData, scope: SynthesisScope, index = scopeIndex(data, scope)): CellPlan[] {
  const sorted = sortOfficials(data.officials);
  const officials = new Map(sorted.map((o) => [o.id, o]));
  // Deleted officials last.
  const rank = new Map(sorted.map((o, i) => [o.id, i]));
  const byName = (a: Registration, b: Registration) =>
    (rank.get(a.officialId) ?? sorted.length) - (rank.get(b.officialId) ?? sorted.length) || compareIds(a.id, b.id);
  return index.ordered.map(({ cell, org }): CellPlan => {
    const registrations = index.registrationsByCell.get(cell.id) ?? [];
    return {
      cell,
      org,
      registrants: index.officialsByCell.get(cell.id)?.size ?? 0,
      registrations: registrations.length,
      entries: [...registrations]
        .sort(byName)
        .map((registration) => ({ registration, official: officials.get(registration.officialId), cell, org })),
    };
  });
}

/** Every official, by name, with entries by organization then cell; no entries if nothing is in the scope. */
export function officialPlans(data: SynthesisData, scope: SynthesisScope, index = scopeIndex(data, scope)): OfficialPlan[] {
  const sorted = sortOfficials(data.officials);
  const officials = new Map(sorted.map((o) => [o.id, o]));
  const entriesByOfficial = new Map<string, PlanEntry[]>();
  // Walking the ordered cells puts each official's entries in cell order.
  for (const { cell, org } of index.ordered) {
    for (const registration of index.registrationsByCell.get(cell.id) ?? []) {
      const official = officials.get(registration.officialId);
      if (!official) continue;
      const entry = { registration, official, cell, org };
      const list = entriesByOfficial.get(official.id);
      if (list) list.push(entry);
      else entriesByOfficial.set(official.id, [entry]);
    }
  }
  return sorted.map((official) => {
    const entries = entriesByOfficial.get(official.id) ?? [];
    return { official, cells: new Set(entries.map((e) => e.cell.id)).size, registrations: entries.length, entries };
  });
}

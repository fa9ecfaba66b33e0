/**
 * Who covers which cell in a year. Reports keep số lượt (registrations), số người
 * (distinct officials) and số chi bộ (distinct cells) apart, so this module counts each
 * on its own and never derives one from another.
 *
 * A cell counts only when its organization exists, and a registration only when its cell
 * counts: records orphaned by an interrupted import must not crash a report or make its
 * totals disagree with its per-type rows.
 */
import { ORG_TYPES, type OrgType } from '../domain/org-types';
import type { GrassrootsOrg, PartyCell, Registration } from '../domain/types';
import { compareNormalizedVi } from '../text/collation';
import { normalizeText } from '../text/normalize';

export interface CoverageInput {
  orgs: GrassrootsOrg[];
  cells: PartyCell[];
  registrations: Registration[];
}

export interface TypeCoverage {
  type: OrgType;
  cells: number;
  covered: number;
  uncovered: number;
  crowded: number;
}

export interface CoverageSummary {
  year: number;
  totalCells: number;
  coveredCells: number;
  uncoveredCells: number;
  crowdedCells: number;
  /** Số lượt: registrations touching the year. */
  registrations: number;
  /** Số người: distinct officials with at least one registration in the year. */
  officialsRegistered: number;
  /** Every org type that has at least one cell, in ORG_TYPES order. */
  byType: TypeCoverage[];
  /** Distinct officials per cell; cells nobody registered for are absent. */
  registrantsByCell: ReadonlyMap<string, number>;
}

export const DEFAULT_CROWDING_THRESHOLD = 3;

/**
 * What a set of registrations says about the cells: the same counting for a year, a quarter
 * or a term, so every view that says "covered" means the same thing. `counts` picks the
 * registrations that belong to the span.
 */
export interface CoverageIndex {
  /** Cells whose organization exists. */
  cells: CellRow[];
  /** Counted registrations per cell, in input order; cells nobody registered for are absent. */
  registrationsByCell: Map<string, Registration[]>;
  /** Distinct officials per cell; cells nobody registered for are absent. */
  officialsByCell: Map<string, Set<string>>;
  /** Số lượt: counted registrations whose cell counts. */
  registrations: number;
  /** Số người: distinct officials among them. */
  officials: Set<string>;
}

export function indexCoverage(input: CoverageInput, counts: (registration: Registration) => boolean): CoverageIndex {
  const orgById = new Map(input.orgs.map((o) => [o.id, o]));
  const cells: CellRow[] = [];
  const cellIds = new Set<string>();
  for (const cell of input.cells) {
    const org = orgById.get(cell.orgId);
    if (!org) continue;
    cells.push({ cell, org });
    cellIds.add(cell.id);
  }
  const registrationsByCell = new Map<string, Registration[]>();
  const officialsByCell = new Map<string, Set<string>>();
  const officials = new Set<string>();
  let registrations = 0;
  for (const r of input.registrations) {
    if (!cellIds.has(r.cellId) || !counts(r)) continue;
    registrations++;
    officials.add(r.officialId);
    let list = registrationsByCell.get(r.cellId);
    if (!list) registrationsByCell.set(r.cellId, (list = []));
    list.push(r);
    let set = officialsByCell.get(r.cellId);
    if (!set) officialsByCell.set(r.cellId, (set = new Set()));
    set.add(r.officialId);
  }
  return { cells, registrationsByCell, officialsByCell, registrations, officials };
}

/** A registration counts for a year when its period touches the year (terms included). */
export function touchesYear(year: number): (registration: Registration) => boolean {
  return (r) => r.years.includes(year);
}

/** Counts for one group of cells (an organization, a type…) within the indexed span. */
export interface GroupCoverage {
  cells: number;
  covered: number;
  uncovered: number;
  crowded: number;
  /** Số lượt at the group's cells. */
  registrations: number;
  /** Số người: distinct officials at the group's cells (not a sum over cells). */
  officials: Set<string>;
}

/**
 * Coverage per group of cells. `isCrowded` is the caller's: within one span it is a count
 * threshold; across a term it is whatever the rules say about each year.
 */
export function coverageBy<K>(
  index: CoverageIndex,
  keyOf: (row: CellRow) => K,
  isCrowded: (cellId: string, registrants: number) => boolean,
): Map<K, GroupCoverage> {
  const groups = new Map<K, GroupCoverage>();
  for (const row of index.cells) {
    const key = keyOf(row);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { cells: 0, covered: 0, uncovered: 0, crowded: 0, registrations: 0, officials: new Set() }));
    const officials = index.officialsByCell.get(row.cell.id);
    const n = officials?.size ?? 0;
    g.cells++;
    if (n > 0) g.covered++;
    else g.uncovered++;
    if (isCrowded(row.cell.id, n)) g.crowded++;
    g.registrations += index.registrationsByCell.get(row.cell.id)?.length ?? 0;
    for (const id of officials ?? []) g.officials.add(id);
  }
  return groups;
}

/** The counts of CoverageSummary for whatever span the index was built on. */
export function summarizeCoverage(
  index: CoverageIndex,
  crowdingThreshold: number = DEFAULT_CROWDING_THRESHOLD,
): Omit<CoverageSummary, 'year'> {
  const registrantsByCell = new Map<string, number>();
  for (const [cellId, set] of index.officialsByCell) registrantsByCell.set(cellId, set.size);
  const groups = coverageBy(index, ({ org }) => org.type, (_cellId, n) => n >= crowdingThreshold);
  const byType = ORG_TYPES.flatMap((type): TypeCoverage[] => {
    const g = groups.get(type);
    return g ? [{ type, cells: g.cells, covered: g.covered, uncovered: g.uncovered, crowded: g.crowded }] : [];
  });
  const covered = byType.reduce((n, t) => n + t.covered, 0);
  return {
    totalCells: index.cells.length,
    coveredCells: covered,
    uncoveredCells: index.cells.length - covered,
    crowdedCells: byType.reduce((n, t) => n + t.crowded, 0),
    registrations: index.registrations,
    officialsRegistered: index.officials.size,
    byType,
    registrantsByCell,
  };
}

export function computeCoverage(
  input: CoverageInput,
  year: number,
  crowdingThreshold: number = DEFAULT_CROWDING_THRESHOLD,
): CoverageSummary {
  return { year, ...summarizeCoverage(indexCoverage(input, touchesYear(year)), crowdingThreshold) };
}

export interface CellRow {
  cell: PartyCell;
  org: GrassrootsOrg;
}

/** Cells nobody registered for in the year, by organization name then cell name (Vietnamese order). */
export function uncoveredCells(input: CoverageInput, year: number): CellRow[] {
  const index = indexCoverage(input, touchesYear(year));
  return sortByOrgThenCell(index.cells.filter(({ cell }) => !index.officialsByCell.has(cell.id)));
}

/** By organization name, then cell name, in Vietnamese order; the order reports list cells in. */
export function sortByOrgThenCell<R extends CellRow>(rows: readonly R[]): R[] {
  // Sort the ~1,500 organizations and then each one's few cells, rather than 15,000 rows
  // at once: collation is the expensive part.
  const byOrg = new Map<GrassrootsOrg, R[]>();
  for (const row of rows) {
    const list = byOrg.get(row.org);
    if (list) list.push(row);
    else byOrg.set(row.org, [row]);
  }
  const orgs = [...byOrg.keys()].map((org) => ({ org, key: normalizeText(org.name) }));
  // Ties fall back to ids so two same-named organizations never interleave their cells.
  orgs.sort((a, b) => compareNormalizedVi(a.key, b.key) || (a.org.id < b.org.id ? -1 : a.org.id > b.org.id ? 1 : 0));
  return orgs.flatMap(({ org }) =>
    (byOrg.get(org) ?? [])
      .map((row) => ({ row, key: normalizeText(row.cell.name) }))
      .sort((a, b) => compareNormalizedVi(a.key, b.key))
      .map(({ row }) => row),
  );
}

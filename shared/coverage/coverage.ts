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

interface YearIndex {
  orgById: Map<string, GrassrootsOrg>;
  /** Cells whose organization exists. */
  cells: { cell: PartyCell; org: GrassrootsOrg }[];
  officialsByCell: Map<string, Set<string>>;
  registrations: number;
  officials: Set<string>;
}

function indexYear(input: CoverageInput, year: number): YearIndex {
  const orgById = new Map(input.orgs.map((o) => [o.id, o]));
  const cells: YearIndex['cells'] = [];
  const cellIds = new Set<string>();
  for (const cell of input.cells) {
    const org = orgById.get(cell.orgId);
    if (!org) continue;
    cells.push({ cell, org });
    cellIds.add(cell.id);
  }
  const officialsByCell = new Map<string, Set<string>>();
  const officials = new Set<string>();
  let registrations = 0;
  for (const r of input.registrations) {
    if (!r.years.includes(year) || !cellIds.has(r.cellId)) continue;
    registrations++;
    officials.add(r.officialId);
    let set = officialsByCell.get(r.cellId);
    if (!set) officialsByCell.set(r.cellId, (set = new Set()));
    set.add(r.officialId);
  }
  return { orgById, cells, officialsByCell, registrations, officials };
}

export function computeCoverage(
  input: CoverageInput,
  year: number,
  crowdingThreshold: number = DEFAULT_CROWDING_THRESHOLD,
): CoverageSummary {
  const index = indexYear(input, year);
  const registrantsByCell = new Map<string, number>();
  for (const [cellId, set] of index.officialsByCell) registrantsByCell.set(cellId, set.size);

  const byTypeMap = new Map<OrgType, TypeCoverage>();
  let covered = 0;
  let crowded = 0;
  for (const { cell, org } of index.cells) {
    let t = byTypeMap.get(org.type);
    if (!t) byTypeMap.set(org.type, (t = { type: org.type, cells: 0, covered: 0, uncovered: 0, crowded: 0 }));
    const n = registrantsByCell.get(cell.id) ?? 0;
    t.cells++;
    if (n > 0) {
      t.covered++;
      covered++;
    } else t.uncovered++;
    if (n >= crowdingThreshold) {
      t.crowded++;
      crowded++;
    }
  }
  return {
    year,
    totalCells: index.cells.length,
    coveredCells: covered,
    uncoveredCells: index.cells.length - covered,
    crowdedCells: crowded,
    registrations: index.registrations,
    officialsRegistered: index.officials.size,
    byType: ORG_TYPES.flatMap((type) => byTypeMap.get(type) ?? []),
    registrantsByCell,
  };
}

export interface CellRow {
  cell: PartyCell;
  org: GrassrootsOrg;
}

/** Cells nobody registered for in the year, by organization name then cell name (Vietnamese order). */
export function uncoveredCells(input: CoverageInput, year: number): CellRow[] {
  const index = indexYear(input, year);
  // Sort the ~1,500 organizations and then each one's few cells, rather than 15,000 rows
  // at once: collation is the expensive part.
  const byOrg = new Map<GrassrootsOrg, PartyCell[]>();
  for (const { cell, org } of index.cells) {
    if (index.officialsByCell.has(cell.id)) continue;
    const list = byOrg.get(org);
    if (list) list.push(cell);
    else byOrg.set(org, [cell]);
  }
  const orgs = [...byOrg.keys()].map((org) => ({ org, key: normalizeText(org.name) }));
  // Ties fall back to ids so two same-named organizations never interleave their cells.
  orgs.sort((a, b) => compareNormalizedVi(a.key, b.key) || (a.org.id < b.org.id ? -1 : a.org.id > b.org.id ? 1 : 0));
  return orgs.flatMap(({ org }) =>
    (byOrg.get(org) ?? [])
      .map((cell) => ({ cell, key: normalizeText(cell.name) }))
      .sort((a, b) => compareNormalizedVi(a.key, b.key))
      .map(({ cell }) => ({ cell, org })),
  );
}

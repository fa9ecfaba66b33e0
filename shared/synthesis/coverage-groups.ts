/**
 * Covered and uncovered cells per grassroots organization and per type, for a scope.
 * Covered means someone registered within the scope (shared/coverage's counting); crowded
 * means the violations found the cell crowded, so the tables and the panel agree.
 */
import { coverageBy, type CoverageIndex, type GroupCoverage } from '../coverage/coverage';
import { ORG_TYPES, type OrgType } from '../domain/org-types';
import type { GrassrootsOrg } from '../domain/types';
import { sortVi } from '../text/collation';

export interface GroupCounts {
  cells: number;
  covered: number;
  uncovered: number;
  crowded: number;
  /** Số người: distinct officials at the group's cells in the scope. */
  registrants: number;
  /** Số lượt. */
  registrations: number;
}

export interface OrgCoverage extends GroupCounts {
  org: GrassrootsOrg;
}

export interface TypeCoverageRow extends GroupCounts {
  type: OrgType;
  /** Grassroots organizations of the type, with or without cells. */
  orgs: number;
}

const EMPTY: GroupCounts = { cells: 0, covered: 0, uncovered: 0, crowded: 0, registrants: 0, registrations: 0 };

function counts(group: GroupCoverage | undefined): GroupCounts {
  if (!group) return EMPTY;
  const { officials, ...rest } = group;
  return { ...rest, registrants: officials.size };
}

/** Every organization, cells or not (an organization without cells is worth seeing), by name. */
export function orgCoverage(orgs: readonly GrassrootsOrg[], index: CoverageIndex, crowded: ReadonlySet<string>): OrgCoverage[] {
  const groups = coverageBy(index, ({ org }) => org.id, (cellId) => crowded.has(cellId));
  const byId = [...orgs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sortVi(byId, (org) => org.name).map((org) => ({ org, ...counts(groups.get(org.id)) }));
}

/** Every type that has an organization, in ORG_TYPES order. */
export function typeCoverage(orgs: readonly GrassrootsOrg[], index: CoverageIndex, crowded: ReadonlySet<string>): TypeCoverageRow[] {
  const groups = coverageBy(index, ({ org }) => org.type, (cellId) => crowded.has(cellId));
  const orgCount = new Map<OrgType, number>();
  for (const org of orgs) orgCount.set(org.type, (orgCount.get(org.type) ?? 0) + 1);
  return ORG_TYPES.flatMap((type) => {
    const n = orgCount.get(type);
    return n ? [{ type, orgs: n, ...counts(groups.get(type)) }] : [];
  });
}

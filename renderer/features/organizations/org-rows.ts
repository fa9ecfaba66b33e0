import type { OrgType } from '../../../shared/domain/org-types';
import type { GrassrootsOrg, OrgKind, PartyCell } from '../../../shared/domain/types';

export interface OrgRow {
  id: string;
  name: string;
  type: OrgType;
  kind: OrgKind;
  cellCount: number;
  memberCount: number;
  org: GrassrootsOrg;
}

export interface CellRow {
  id: string;
  name: string;
  orgName: string;
  type: OrgType;
  /** A chi bộ cơ sở's only cell: it lives and dies with its organization. */
  isOwnCell: boolean;
  memberCount: number;
  registrants: number;
  cell: PartyCell;
}

/** Organization rows with their cell and member totals, from one pass over the cells. */
export function buildOrgRows(orgs: readonly GrassrootsOrg[], cells: readonly PartyCell[]): OrgRow[] {
  const totals = new Map<string, { cells: number; members: number }>();
  for (const cell of cells) {
    const total = totals.get(cell.orgId) ?? { cells: 0, members: 0 };
    total.cells += 1;
    total.members += cell.memberCount;
    totals.set(cell.orgId, total);
  }
  return orgs.map((org) => {
    const total = totals.get(org.id);
    return {
      id: org.id,
      name: org.name,
      type: org.type,
      kind: org.kind,
      cellCount: total?.cells ?? 0,
      memberCount: total?.members ?? 0,
      org,
    };
  });
}

/** Cell rows joined with their organization and the number of people registered for them. */
export function buildCellRows(
  orgs: readonly GrassrootsOrg[],
  cells: readonly PartyCell[],
  registrantsByCell: ReadonlyMap<string, number>,
): CellRow[] {
  const orgById = new Map(orgs.map((org) => [org.id, org]));
  return cells.flatMap((cell) => {
    const org = orgById.get(cell.orgId);
    // A cell whose organization is gone is an orphan the repositories never leave behind.
    if (!org) return [];
    return [
      {
        id: cell.id,
        name: cell.name,
        orgName: org.name,
        type: org.type,
        isOwnCell: org.kind === 'chi_bo_co_so',
        memberCount: cell.memberCount,
        registrants: registrantsByCell.get(cell.id) ?? 0,
        cell,
      },
    ];
  });
}

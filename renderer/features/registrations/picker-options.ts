import type { GrassrootsOrg, Official, PartyCell } from '../../../shared/domain/types';
import { compareVi } from '../../../shared/text/collation';

export interface CellOption {
  id: string;
  /** "Chi bộ thôn 1 — Đảng bộ xã Hoa Thành"; a chi bộ cơ sở is named once. */
  label: string;
  cellName: string;
  orgName: string;
}

export function cellOptions(cells: readonly PartyCell[], orgs: readonly GrassrootsOrg[]): CellOption[] {
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  return cells
    .flatMap((cell) => {
      const org = orgById.get(cell.orgId);
      if (!org) return [];
      const label = org.kind === 'chi_bo_co_so' ? cell.name : `${cell.name} — ${org.name}`;
      return [{ id: cell.id, label, cellName: cell.name, orgName: org.name }];
    })
    .sort((a, b) => compareVi(a.orgName, b.orgName) || compareVi(a.cellName, b.cellName));
}

export function officialOptions(officials: readonly Official[]): Official[] {
  return [...officials].sort((a, b) => compareVi(a.name, b.name));
}

/** Name and position, so two officials with the same name can be told apart. */
export function officialLabel(official: Official): string {
  return official.position ? `${official.name} (${official.position})` : official.name;
}

import type { DashboardCell } from '../../../../../shared/dashboard/types';
import type { OrgType } from '../../../../../shared/domain/org-types';

/** A dashboard cell; `names` are its registrants (null: a deleted official). */
export function dashCell(
  cellId: string,
  cellName: string,
  org: { id: string; name: string; type?: OrgType },
  names: readonly (string | null)[] = [],
  crowded = false,
): DashboardCell {
  return {
    cellId,
    cellName,
    orgId: org.id,
    orgName: org.name,
    orgType: org.type ?? 'xa',
    memberCount: 20,
    registrants: names.map((name, i) => ({ officialId: `${cellId}-p${i}`, name })),
    crowded,
  };
}

export const XA_HUNG = { id: 'o-hung', name: 'Đảng bộ xã Hưng Đạo', type: 'xa' } as const;
export const PHUONG = { id: 'o-phuong', name: 'Đảng bộ phường Bến Thủy', type: 'phuong' } as const;
export const TRUONG = { id: 'o-truong', name: 'Chi bộ Trường THPT Phan Đăng Lưu', type: 'don_vi_su_nghiep' } as const;

/** Three organizations: one with a gap, one fully covered with a crowded cell, one uncovered. */
export function smallDistrict(): DashboardCell[] {
  return [
    dashCell('c-hung-1', 'Chi bộ xóm 1', XA_HUNG, ['Nguyễn Văn An', 'Trần Thị Bình']),
    dashCell('c-hung-2', 'Chi bộ xóm 2', XA_HUNG),
    dashCell('c-phuong-1', 'Chi bộ khối 1', PHUONG, ['Lê Văn Cường', null, 'Phạm Thị Dung'], true),
    dashCell('c-phuong-2', 'Chi bộ khối 2', PHUONG, ['Hoàng Văn Em']),
    dashCell('c-truong', 'Chi bộ Trường THPT Phan Đăng Lưu', TRUONG),
  ];
}

/** Province scale: `orgs` organizations of `perOrg` cells; cell c has c % 4 registrants (so 0, 4, 8 are gaps). */
export function provinceCells(orgs = 1_500, perOrg = 10): DashboardCell[] {
  const cells: DashboardCell[] = [];
  for (let o = 0; o < orgs; o++) {
    const org = { id: `o-${o}`, name: `Đảng bộ xã Số ${o}` };
    for (let c = 0; c < perOrg; c++) {
      const names = Array.from({ length: c % 4 }, (_, i) => `Cán bộ ${o}-${c}-${i}`);
      cells.push(dashCell(`c-${o}-${c}`, `Chi bộ ${o}-${c}`, org, names));
    }
  }
  return cells;
}

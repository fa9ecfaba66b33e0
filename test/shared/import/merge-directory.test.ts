import { describe, expect, it } from 'vitest';
import { applyOrgType, assembleDirectory } from '../../../shared/import/assemble-directory';
import { mergeDirectoryWithExisting } from '../../../shared/import/merge-directory';
import type { GrassrootsOrg, PartyCell } from '../../../shared/domain/types';
import { rows } from './assemble-fixtures';

const orgs: GrassrootsOrg[] = [
  { id: 'o-xa', name: 'Đảng bộ xã Hoa Thành', type: 'xa', kind: 'dang_bo_co_so' },
  { id: 'o-truong', name: 'Chi bộ Trường THPT Yên Thành 2', type: 'don_vi_su_nghiep', kind: 'chi_bo_co_so' },
  { id: 'o-dn', name: 'Chi bộ Công ty Cổ phần Sông Lam', type: 'dn_ngoai_nha_nuoc', kind: 'chi_bo_co_so' },
];
const cells: PartyCell[] = [
  { id: 'c-1', orgId: 'o-xa', name: 'Chi bộ thôn 1', memberCount: 30 },
  { id: 'c-truong', orgId: 'o-truong', name: 'Chi bộ Trường THPT Yên Thành 2', memberCount: 33 },
  { id: 'c-dn', orgId: 'o-dn', name: 'Chi bộ Công ty Cổ phần Sông Lam', memberCount: 9 },
];

describe('mergeDirectoryWithExisting', () => {
  const plan = assembleDirectory(
    rows([
      { org: 'ĐB xã Hoa Thành', cell: 'Thôn 01', members: '30' },
      { org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 2', members: '25' },
      { org: 'Chi bộ Trường THPT Yên Thành 2', cell: '', members: '33' },
      { org: 'Chi bộ Công ty Cổ phần Sông Lam', cell: 'Chi bộ Phân xưởng 1', members: '5' },
      { org: 'Đảng bộ xã Mới Thành', cell: 'Chi bộ xóm 1', members: '12' },
      { org: 'Chi bộ Hợp tác xã Đồng Tiến', cell: '', members: '7' },
    ]),
  );
  const merged = mergeDirectoryWithExisting(plan, { orgs, cells });

  it('adds only what the database does not have, new cells joining the known organization', () => {
    expect(merged.orgs.map((o) => o.name)).toEqual(['Đảng bộ xã Mới Thành', 'Chi bộ Hợp tác xã Đồng Tiến']);
    expect(merged.cells.map((c) => [c.orgId, c.name])).toEqual([
      ['o-xa', 'Chi bộ thôn 2'],
      [merged.orgs[0]?.id, 'Chi bộ xóm 1'],
      [merged.orgs[1]?.id, 'Chi bộ Hợp tác xã Đồng Tiến'],
    ]);
  });

  it('says which rows were already there, and refuses cells under a chi bộ cơ sở', () => {
    expect(merged.rows.map((r) => r.status)).toEqual(['duplicate', 'ok', 'duplicate', 'error', 'ok', 'needsDecision']);
    expect(merged.rows[0]).toMatchObject({ orgId: 'o-xa', cellId: 'c-1' });
    expect(merged.rows[0]?.issues[0]?.reason).toBe('“Chi bộ thôn 1” của “Đảng bộ xã Hoa Thành” đã có trong danh mục; dòng này không thêm mới.');
    expect(merged.rows[2]).toMatchObject({ orgId: 'o-truong', cellId: 'c-truong' });
    expect(merged.rows[3]?.issues.at(-1)?.reason).toMatch(/^“Chi bộ Công ty Cổ phần Sông Lam” là chi bộ cơ sở trong danh mục/);
    expect(merged).toMatchObject({ duplicatesMerged: 2, needsDecision: 1 });
    expect(merged.errors).toHaveLength(1);
  });

  it('does not ask for the type of an organization the database knows', () => {
    const unknownType = assembleDirectory(rows([{ org: 'Chi bộ Công ty Cổ phần Sông Lam', cell: '', members: '9' }]));
    expect(unknownType.needsDecision).toBe(1);
    const settled = mergeDirectoryWithExisting(unknownType, { orgs, cells });
    expect(settled).toMatchObject({ orgs: [], cells: [], needsDecision: 0, typeDecisions: [] });
    expect(settled.rows[0]?.status).toBe('duplicate');
  });

  it('leaves a plan alone when nothing is known, and the clerk can still pick types after', () => {
    const fresh = mergeDirectoryWithExisting(plan, { orgs: [], cells: [] });
    expect(fresh).toBe(plan);
    const decision = merged.typeDecisions[0];
    expect(decision?.orgName).toBe('Chi bộ Hợp tác xã Đồng Tiến');
    const chosen = applyOrgType(merged, decision?.orgId ?? '', 'dn_ngoai_nha_nuoc');
    expect(chosen.rows[5]?.status).toBe('ok');
    expect(chosen.orgs[1]?.type).toBe('dn_ngoai_nha_nuoc');
  });
});

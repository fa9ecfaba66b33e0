import { describe, expect, it } from 'vitest';
import { applyOrgType, assembleDirectory } from '../../../shared/import/assemble-directory';
import { orgTypeFromName, parseOrgType } from '../../../shared/import/org-type-parse';
import { rows } from './assemble-fixtures';

describe('parseOrgType', () => {
  it.each([
    ['Xã', 'xa'],
    ['xa', 'xa'],
    ['PHƯỜNG', 'phuong'],
    ['Thị trấn', 'thi_tran'],
    ['TT', 'thi_tran'],
    ['Cơ quan', 'co_quan'],
    ['Cơ quan hành chính', 'co_quan'],
    ['Đơn vị sự nghiệp công lập', 'don_vi_su_nghiep'],
    ['Doanh nghiệp nhà nước', 'dn_nha_nuoc'],
    ['DN nhà nước', 'dn_nha_nuoc'],
    ['DNNN', 'dn_nha_nuoc'],
    ['Doanh nghiệp ngoài nhà nước', 'dn_ngoai_nha_nuoc'],
    ['Doanh nghiệp tư nhân', 'dn_ngoai_nha_nuoc'],
    ['Quân đội', 'quan_doi'],
    ['Quân sự', 'quan_doi'],
    ['Công an', 'cong_an'],
    ['Khác', 'khac'],
    ['co_quan', 'co_quan'],
    ['Doanh nghiệp nhà nước'.normalize('NFD'), 'dn_nha_nuoc'],
  ])('%s → %s', (text, type) => expect(parseOrgType(text)).toBe(type));

  it.each(['', 'Hợp tác xã', 'Loại 2'])('%j → unknown', (text) => expect(parseOrgType(text)).toBeNull());

  it('reads only communes, wards and towns from a name', () => {
    expect(orgTypeFromName('Đảng bộ xã Hoa Thành')).toBe('xa');
    expect(orgTypeFromName('ĐB phường Đông Thành')).toBe('phuong');
    expect(orgTypeFromName('Đảng bộ thị trấn Yên Thành')).toBe('thi_tran');
    expect(orgTypeFromName('Đảng bộ Công an huyện')).toBeNull();
  });
});

describe('assembleDirectory: organization column on every row', () => {
  const plan = assembleDirectory(
    rows([
      { org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 1', orgType: 'Xã', members: '30' },
      { org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 2', orgType: 'Xã', members: '25' },
      { org: 'ĐB xã Hoa Thành', cell: 'Chi bộ Trường THCS', orgType: '', members: '12' },
      { org: 'Chi bộ Trường THPT Yên Thành 2', cell: '', orgType: 'Đơn vị sự nghiệp', members: '33' },
      { org: 'Đảng bộ Công an huyện', cell: 'Chi bộ Đội An ninh', orgType: 'Công an', members: '15' },
    ]),
  );

  it('builds organizations and cells, a chi bộ cơ sở being its own cell', () => {
    expect(plan.orgs).toEqual([
      { id: 'import-org-1', name: 'Đảng bộ xã Hoa Thành', type: 'xa', kind: 'dang_bo_co_so' },
      { id: 'import-org-2', name: 'Chi bộ Trường THPT Yên Thành 2', type: 'don_vi_su_nghiep', kind: 'chi_bo_co_so' },
      { id: 'import-org-3', name: 'Đảng bộ Công an huyện', type: 'cong_an', kind: 'dang_bo_co_so' },
    ]);
    expect(plan.cells.map((c) => [c.orgId, c.name, c.memberCount])).toEqual([
      ['import-org-1', 'Chi bộ thôn 1', 30],
      ['import-org-1', 'Chi bộ thôn 2', 25],
      ['import-org-1', 'Chi bộ Trường THCS', 12],
      ['import-org-2', 'Chi bộ Trường THPT Yên Thành 2', 33],
      ['import-org-3', 'Chi bộ Đội An ninh', 15],
    ]);
    expect(plan.rows.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(plan.rows[3]).toMatchObject({ orgId: 'import-org-2', cellId: 'import-cell-4' });
    expect(plan).toMatchObject({ duplicatesMerged: 0, errors: [], needsDecision: 0, typeDecisions: [] });
  });

  it('uses the ids it is given', () => {
    let n = 0;
    const own = assembleDirectory(rows([{ org: 'Đảng bộ xã Hoa Thành', cell: 'Thôn 1', members: '3' }]), { newId: (kind) => `${kind}#${++n}` });
    expect(own.orgs[0]?.id).toBe('org#1');
    expect(own.cells[0]).toMatchObject({ id: 'cell#2', orgId: 'org#1' });
  });
});

describe('assembleDirectory: cells under a bold organization row', () => {
  it('takes the group as the organization when there is a cell column', () => {
    const plan = assembleDirectory(
      rows([
        [{ org: '', cell: 'Chi bộ thôn 1', members: '30' }, { group: 'Đảng bộ xã Hợp Thành' }],
        [{ org: '', cell: 'Chi bộ xóm 3', members: '22' }, { group: 'Đảng bộ xã Hợp Thành' }],
        { org: 'Chi bộ Chi nhánh Điện lực', cell: '', orgType: 'DN nhà nước', members: '9' },
      ]),
    );
    expect(plan.orgs.map((o) => [o.name, o.type, o.kind])).toEqual([
      ['Đảng bộ xã Hợp Thành', 'xa', 'dang_bo_co_so'],
      ['Chi bộ Chi nhánh Điện lực', 'dn_nha_nuoc', 'chi_bo_co_so'],
    ]);
    expect(plan.cells).toHaveLength(3);
  });

  it('reads one name column: names under a different bold row are its cells', () => {
    const plan = assembleDirectory(
      rows([
        [{ org: 'Đảng bộ Công an huyện', orgType: 'Công an', members: '26' }, { group: 'Đảng bộ Công an huyện' }],
        [{ org: 'Chi bộ Đội An ninh', members: '15' }, { group: 'Đảng bộ Công an huyện' }],
        [{ org: 'Chi bộ Đội Cảnh sát giao thông', members: '11' }, { group: 'Đảng bộ Công an huyện' }],
        { org: 'Chi bộ Quỹ Tín dụng nhân dân', orgType: 'Khác', members: '7' },
      ]),
    );
    expect(plan.orgs.map((o) => [o.name, o.type, o.kind])).toEqual([
      ['Đảng bộ Công an huyện', 'cong_an', 'dang_bo_co_so'],
      ['Chi bộ Quỹ Tín dụng nhân dân', 'khac', 'chi_bo_co_so'],
    ]);
    expect(plan.cells.map((c) => c.name)).toEqual(['Chi bộ Đội An ninh', 'Chi bộ Đội Cảnh sát giao thông', 'Chi bộ Quỹ Tín dụng nhân dân']);
    expect(plan.rows[0]).toMatchObject({ status: 'ok', orgId: 'import-org-1', issues: [] });
  });

  it('reports a đảng bộ total that differs from the sum of its cells', () => {
    const plan = assembleDirectory(
      rows([
        { org: 'Đảng bộ Công an huyện', cell: '', orgType: 'Công an', members: '30' },
        { org: 'Đảng bộ Công an huyện', cell: 'Chi bộ Đội An ninh', members: '15' },
        { org: 'Đảng bộ Công an huyện', cell: 'Chi bộ Đội Cảnh sát giao thông', members: '11' },
      ]),
    );
    expect(plan.rows[0]?.status).toBe('ok');
    expect(plan.rows[0]?.issues.map((i) => i.reason)).toEqual([
      'Tổng số đảng viên của “Đảng bộ Công an huyện” ghi 30 nhưng cộng các chi bộ được 26; kiểm tra lại số liệu (đã nhập theo từng chi bộ).',
    ]);
  });
});

describe('assembleDirectory: problems', () => {
  it('asks for a type it cannot read, and applies the answer', () => {
    const plan = assembleDirectory(
      rows([
        { org: 'Đảng bộ Công ty Cổ phần May', cell: 'Chi bộ Phân xưởng 1', orgType: 'Hợp tác', members: '10' },
        { org: 'Đảng bộ Bệnh viện Đa khoa huyện', cell: 'Chi bộ Khoa Nội', orgType: '', members: '8' },
        { org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 1', orgType: '', members: '30' },
      ]),
    );
    expect(plan.needsDecision).toBe(2);
    expect(plan.rows.map((r) => r.status)).toEqual(['needsDecision', 'needsDecision', 'ok']);
    expect(plan.rows[0]?.issues[0]?.reason).toBe(
      'Không rõ loại hình của “Đảng bộ Công ty Cổ phần May” (ghi “Hợp tác”, không phải loại hình đã biết); chọn một trong các loại hình: Xã, Phường, Thị trấn, Cơ quan hành chính, Đơn vị sự nghiệp, Doanh nghiệp nhà nước, Doanh nghiệp ngoài nhà nước, Quân đội, Công an, Khác.',
    );
    expect(plan.rows[1]?.issues[0]?.reason).toContain('(chưa ghi loại hình)');
    expect(plan.typeDecisions.map((d) => [d.orgName, d.written])).toEqual([
      ['Đảng bộ Công ty Cổ phần May', 'Hợp tác'],
      ['Đảng bộ Bệnh viện Đa khoa huyện', ''],
    ]);
    const decided = applyOrgType(plan, plan.typeDecisions[0]?.orgId ?? '', 'dn_ngoai_nha_nuoc');
    expect(decided.orgs[0]?.type).toBe('dn_ngoai_nha_nuoc');
    expect(decided.rows[0]).toMatchObject({ status: 'ok', issues: [] });
    expect(decided.needsDecision).toBe(1);
    expect(plan.orgs[0]?.type).toBe('khac'); // the old plan is untouched
    expect(applyOrgType(decided, 'nobody', 'xa')).toBe(decided);
  });

  it('merges a cell listed twice and says which row it kept', () => {
    const plan = assembleDirectory(
      rows([
        { org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 1', members: '30' },
        { org: 'Đảng bộ xã Hoa Thành', cell: 'CB Thôn 01', members: '31' },
        { org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 1', members: '30' },
      ]),
    );
    expect(plan.cells).toHaveLength(1);
    expect(plan.duplicatesMerged).toBe(2);
    expect(plan.rows.map((r) => r.status)).toEqual(['ok', 'duplicate', 'duplicate']);
    expect(plan.rows[1]?.issues[0]?.reason).toBe(
      '“CB Thôn 01 (Đảng bộ xã Hoa Thành)” đã có ở dòng 5 (Sheet1); dòng này không nhập thêm. Số đảng viên hai dòng khác nhau (30 và 31); giữ số ở dòng 5 (Sheet1), kiểm tra lại.',
    );
    expect(plan.rows[2]?.issues[0]?.reason).toBe('“Chi bộ thôn 1 (Đảng bộ xã Hoa Thành)” đã có ở dòng 5 (Sheet1); dòng này không nhập thêm.');
  });

  it('refuses rows it cannot place or count, and imports the rest', () => {
    const plan = assembleDirectory(
      rows([
        { org: '', cell: 'Chi bộ thôn 9', members: '20' },
        { org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 2', members: 'hai mươi' },
        { org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 3', members: '-4' },
        { org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 4', members: '' },
        { org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 5', members: '1.234' },
        { org: 'Tổng cộng', cell: '', members: '90' },
      ]),
    );
    expect(plan.rows.map((r) => r.status)).toEqual(['error', 'error', 'error', 'ok', 'ok', 'ok']);
    expect(plan.errors.map((e) => e.reason)).toEqual([
      'Không rõ “Chi bộ thôn 9” thuộc tổ chức cơ sở đảng nào; ghi tên đảng bộ ở cột tổ chức cơ sở đảng hoặc ở dòng in đậm phía trên.',
      'Số đảng viên “hai mươi” của “Chi bộ thôn 2” không phải số nguyên từ 0 đến 10000; sửa lại rồi nhập lại.',
      'Số đảng viên “-4” của “Chi bộ thôn 3” không phải số nguyên từ 0 đến 10000; sửa lại rồi nhập lại.',
    ]);
    expect(plan.errors[0]?.ref).toEqual({ sheet: 'Sheet1', row: 5 });
    expect(plan.cells.map((c) => [c.name, c.memberCount])).toEqual([
      ['Chi bộ thôn 4', 0],
      ['Chi bộ thôn 5', 1234],
    ]);
    expect(plan.rows[3]?.issues[0]?.reason).toBe('Chưa ghi số đảng viên của “Chi bộ thôn 4”; đã để 0, cập nhật sau trong danh mục.');
    expect(plan.rows[5]?.issues[0]?.reason).toBe('Dòng tổng cộng, không nhập.');
    expect(plan.orgs).toHaveLength(1);
  });

  it('reads numbers Excel stored as numbers', () => {
    const plan = assembleDirectory(rows([[{ org: 'Đảng bộ xã Hoa Thành', cell: 'Thôn 1', members: '30' }, { raw: { members: 30 } }]]));
    expect(plan.cells[0]?.memberCount).toBe(30);
    const bad = assembleDirectory(rows([[{ org: 'Đảng bộ xã Hoa Thành', cell: 'Thôn 1', members: '2.5' }, { raw: { members: 2.5 } }]]));
    expect(bad.rows[0]?.status).toBe('error');
  });
});

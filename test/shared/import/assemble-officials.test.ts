import { describe, expect, it } from 'vitest';
import { officialGroupFromText } from '../../../shared/import/assemble-common';
import { assembleOfficials, officialKey } from '../../../shared/import/assemble-officials';
import { officials as known, rows } from './assemble-fixtures';

const STANDING = 'ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY';
const MEMBERS = 'TỈNH ỦY VIÊN';
const BOARDS = 'LÃNH ĐẠO CÁC BAN XÂY DỰNG ĐẢNG TỈNH ỦY';

describe('officialGroupFromText', () => {
  it.each([
    [STANDING, 'standing'],
    ['Ủy viên BTV Tỉnh ủy', 'standing'],
    ['UV BTV', 'standing'],
    [MEMBERS, 'member'],
    ['Các đồng chí Tỉnh uỷ viên', 'member'],
    ['TUV', 'member'],
    [BOARDS, 'board'],
    ['Lãnh đạo các ban xây dựng Đảng', 'board'],
    ['Lãnh đạo ban', 'board'],
    ['Đại biểu mời', 'other'],
    ['', 'other'],
    ['standing', 'standing'],
  ])('%j → %s', (text, group) => expect(officialGroupFromText(text)).toBe(group));
});

describe('assembleOfficials', () => {
  it('builds officials with their group from the section and defaults', () => {
    const plan = assembleOfficials(
      rows([
        [{ name: 'Đ/c Phạm Văn Dũng', position: 'Phó Bí thư Thường trực Tỉnh ủy', committee: 'Tỉnh ủy', area: 'Huyện Yên Thành', field: 'Xây dựng Đảng', capacity: '4' }, { section: STANDING }],
        [{ name: 'Hoàng Thị Hoà', position: 'Giám đốc Sở Y tế', committee: 'Sở Y tế', area: '', field: 'Y tế', capacity: '' }, { section: MEMBERS }],
        [{ name: 'Vũ Văn Em', position: 'Phó Trưởng Ban Tổ chức Tỉnh ủy', group: 'Ban Tổ chức', capacity: '3' }, { section: BOARDS }],
        { name: 'Đỗ Văn Giang', position: 'Chuyên viên', capacity: '1' },
      ]),
    );
    expect(plan.officials).toEqual([
      { id: 'import-official-1', name: 'Phạm Văn Dũng', position: 'Phó Bí thư Thường trực Tỉnh ủy', group: 'standing', committee: 'Tỉnh ủy', area: 'Huyện Yên Thành', field: 'Xây dựng Đảng', capacity: 4 },
      { id: 'import-official-2', name: 'Hoàng Thị Hòa', position: 'Giám đốc Sở Y tế', group: 'member', committee: 'Sở Y tế', area: '', field: 'Y tế', capacity: 2 },
      { id: 'import-official-3', name: 'Vũ Văn Em', position: 'Phó Trưởng Ban Tổ chức Tỉnh ủy', group: 'board', committee: '', area: '', field: '', capacity: 3 },
      { id: 'import-official-4', name: 'Đỗ Văn Giang', position: 'Chuyên viên', group: 'other', committee: '', area: '', field: '', capacity: 1 },
    ]);
    expect(plan).toMatchObject({ duplicatesMerged: 0, errors: [], needsDecision: 0 });
    expect(plan.rows.map((r) => [r.status, r.officialId])).toEqual([
      ['ok', 'import-official-1'],
      ['ok', 'import-official-2'],
      ['ok', 'import-official-3'],
      ['ok', 'import-official-4'],
    ]);
  });

  it('prefers a group column over the section', () => {
    const plan = assembleOfficials(rows([[{ name: 'Vũ Văn Em', position: 'Phó Trưởng Ban', group: 'UV BTV' }, { section: BOARDS }]]));
    expect(plan.officials[0]?.group).toBe('standing');
  });

  it('merges one official listed on several rows, joining areas and fields', () => {
    const plan = assembleOfficials(
      rows([
        [{ name: 'Nguyễn Văn An', position: 'Trưởng Ban Tổ chức Tỉnh ủy', area: 'Xã Hoa Thành', field: 'Xây dựng Đảng', capacity: '' }, { section: STANDING }],
        [{ name: 'Nguyễn Văn An', position: 'Trưởng ban Tổ chức Tỉnh uỷ', area: 'Xã Hợp Thành', field: 'Xây dựng Đảng', capacity: '3' }, { section: STANDING }],
        [{ name: 'NGUYỄN VĂN AN'.normalize('NFD'), position: 'Trưởng Ban Tổ chức Tỉnh ủy', area: 'xã hoa thành', field: 'Cán bộ', capacity: '4' }, { section: STANDING }],
        [{ name: 'Nguyễn Văn An', position: 'Trưởng ban Tổ chức Tỉnh uỷ', area: 'Xã Hợp Thành', field: 'Xây dựng Đảng', capacity: '3' }, { section: STANDING }],
      ]),
    );
    expect(plan.officials).toHaveLength(1);
    expect(plan.officials[0]).toMatchObject({ area: 'Xã Hoa Thành; Xã Hợp Thành', field: 'Xây dựng Đảng; Cán bộ', capacity: 3 });
    expect(plan.rows.map((r) => r.status)).toEqual(['ok', 'duplicate', 'duplicate', 'duplicate']);
    expect(new Set(plan.rows.map((r) => r.officialId))).toEqual(new Set(['import-official-1']));
    expect(plan.duplicatesMerged).toBe(3);
    expect(plan.rows[1]?.issues.map((i) => i.reason)).toEqual([
      'Đồng chí Nguyễn Văn An (Trưởng Ban Tổ chức Tỉnh ủy) đã có ở dòng 5 (Sheet1); gộp thông tin dòng này vào, không tạo thêm người.',
    ]);
    expect(plan.rows[2]?.issues.map((i) => i.reason)).toEqual([
      'Số chi bộ tối đa của đồng chí Nguyễn Văn An (Trưởng Ban Tổ chức Tỉnh ủy) ghi khác nhau (3 và 4); giữ số ở dòng 5 (Sheet1), kiểm tra lại.',
      'Đồng chí Nguyễn Văn An (Trưởng Ban Tổ chức Tỉnh ủy) đã có ở dòng 5 (Sheet1); gộp thông tin dòng này vào, không tạo thêm người.',
    ]);
    expect(plan.rows[3]?.issues.map((i) => i.reason)).toEqual(['Đồng chí Nguyễn Văn An (Trưởng Ban Tổ chức Tỉnh ủy) đã có ở dòng 5 (Sheet1); gộp thông tin dòng này vào, không tạo thêm người.']);
  });

  it('reports an exact repeat as such', () => {
    const plan = assembleOfficials(rows([{ name: 'Vũ Văn Em', position: 'Chuyên viên' }, { name: 'Vũ Văn Em', position: 'Chuyên viên' }]));
    expect(plan.rows[1]).toMatchObject({ status: 'duplicate', issues: [{ reason: 'Dòng này trùng hoàn toàn với dòng 5 (Sheet1); chỉ tính một lần.' }] });
  });

  it('keeps namesakes with different positions apart', () => {
    const plan = assembleOfficials(rows([{ name: 'Lê Văn Cường', position: 'Giám đốc Sở Y tế' }, { name: 'Lê Văn Cường', position: 'Bí thư Huyện ủy' }]));
    expect(plan.officials).toHaveLength(2);
    expect(officialKey('Lê Văn Cường', 'Bí thư Huyện ủy')).not.toBe(officialKey('Lê Văn Cưởng', 'Bí thư Huyện ủy'));
  });

  it('points at officials already in the database instead of creating them', () => {
    const plan = assembleOfficials(rows([{ name: 'Nguyễn Văn An', position: 'Trưởng Ban Tổ chức Tỉnh uỷ' }]), { existing: known });
    expect(plan.officials).toEqual([]);
    expect(plan.rows[0]).toMatchObject({
      status: 'duplicate',
      officialId: 'off-a',
      issues: [{ reason: 'Đồng chí Nguyễn Văn An (Trưởng Ban Tổ chức Tỉnh ủy) đã có trong danh sách cán bộ; dòng này không tạo thêm người.' }],
    });
  });

  it('refuses rows without a name or position, or with a bad capacity', () => {
    const plan = assembleOfficials(
      rows([
        { name: '', position: 'Chuyên viên' },
        { name: 'Vũ Văn Em', position: '' },
        { name: 'Vũ Văn Em', position: 'Chuyên viên', capacity: '0' },
        { name: 'Vũ Văn Em', position: 'Chuyên viên', capacity: 'nhiều' },
        { name: 'Vũ Văn Em', position: 'Chuyên viên', capacity: '2' },
      ]),
    );
    expect(plan.rows.map((r) => r.status)).toEqual(['error', 'error', 'error', 'error', 'ok']);
    expect(plan.errors.map((e) => e.reason)).toEqual([
      'Dòng không ghi họ tên cán bộ; điền họ tên hoặc xóa dòng này khỏi tệp.',
      'Chưa ghi chức vụ của đồng chí Vũ Văn Em; điền chức vụ rồi nhập lại.',
      'Số chi bộ dự sinh hoạt tối đa “0” của đồng chí Vũ Văn Em không phải số nguyên từ 1 đến 20; sửa lại rồi nhập lại.',
      'Số chi bộ dự sinh hoạt tối đa “nhiều” của đồng chí Vũ Văn Em không phải số nguyên từ 1 đến 20; sửa lại rồi nhập lại.',
    ]);
    expect(plan.officials).toHaveLength(1);
  });
});

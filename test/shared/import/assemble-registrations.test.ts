import { describe, expect, it } from 'vitest';
import { periodYears } from '../../../shared/domain/period';
import { applyDecision, assembleRegistrations, splitList, type AssembleRegistrationsOptions } from '../../../shared/import/assemble-registrations';
import { createDirectoryMatcher } from '../../../shared/import/match-directory';
import type { ExtractedRow } from '../../../shared/import/types';
import { cells, officials, orgs, rows } from './assemble-fixtures';

const options: AssembleRegistrationsOptions = { directory: { orgs, cells }, officials, year: 2025, term: { startYear: 2025, endYear: 2030 } };
const assemble = (list: ExtractedRow[], extra: Partial<AssembleRegistrationsOptions> = {}) => assembleRegistrations(list, { ...options, ...extra });
const AN = { official: 'Nguyễn Văn An', position: 'Trưởng Ban Tổ chức Tỉnh ủy' };
const BINH = { official: 'Trần Thị Bình', position: 'Phó Trưởng Ban Dân vận Tỉnh ủy' };

describe('splitList', () => {
  it('splits on line breaks, ";" and "+", dropping bullets and numbering', () => {
    expect(splitList('Thôn 1\nThôn 2')).toEqual(['Thôn 1', 'Thôn 2']);
    expect(splitList('- Thôn 1;\r\n- Thôn 2.')).toEqual(['Thôn 1', 'Thôn 2']);
    expect(splitList('1. Chi bộ thôn 1 + 2) Chi bộ thôn 10')).toEqual(['Chi bộ thôn 1', 'Chi bộ thôn 10']);
    expect(splitList('Chi bộ Phòng Kinh tế - Hạ tầng')).toEqual(['Chi bộ Phòng Kinh tế - Hạ tầng']);
    expect(splitList('  ')).toEqual([]);
  });
});

describe('assembleRegistrations: the plain case', () => {
  it('turns matched rows into registrations', () => {
    const plan = assemble(
      rows([
        { ...AN, org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 1', time: 'Quý I, III', note: 'Chuyên đề' },
        { ...BINH, org: 'ĐB xã Hợp Thành', cell: 'Thôn 1', time: '' },
        { ...BINH, org: 'Chi bộ Trường THPT Yên Thành 2', cell: '', time: 'Cả nhiệm kỳ' },
      ]),
    );
    expect(plan.registrations).toEqual([
      { id: 'import-registration-1', officialId: 'off-a', cellId: 'c-ht1', period: { kind: 'year', year: 2025, quarters: [1, 3] }, years: [2025], note: 'Chuyên đề' },
      { id: 'import-registration-2', officialId: 'off-b', cellId: 'c-hp1', period: { kind: 'year', year: 2025, quarters: [] }, years: [2025], note: '' },
      { id: 'import-registration-3', officialId: 'off-b', cellId: 'c-thpt', period: { kind: 'term', startYear: 2025, endYear: 2030 }, years: periodYears({ kind: 'term', startYear: 2025, endYear: 2030 }), note: '' },
    ]);
    expect(plan.rows.map((r) => [r.key, r.status, r.registrations.length])).toEqual([
      ['Sheet1:5', 'ok', 1],
      ['Sheet1:6', 'ok', 1],
      ['Sheet1:7', 'ok', 1],
    ]);
    expect(plan).toMatchObject({ newOfficials: [], duplicatesMerged: 0, errors: [], needsDecision: 0 });
  });

  it('accepts a prebuilt matcher and its own ids', () => {
    let n = 0;
    const plan = assemble(rows([{ ...AN, org: 'Hoa Thành', cell: 'Thôn 2' }]), { directory: createDirectoryMatcher(orgs, cells), newId: (k) => `${k}-${++n}` });
    expect(plan.registrations[0]).toMatchObject({ id: 'registration-1', cellId: 'c-ht2' });
  });

  it('splits a cell listing several cells, each its own plan row', () => {
    const plan = assemble(rows([[{ ...AN, org: 'Đảng bộ xã Hoa Thành', cell: 'Thôn 1 Thôn 2 Thôn 10', time: 'Quý II' }, { raw: { cell: 'Thôn 1\nThôn 2; Thôn 10' } }]]));
    expect(plan.rows.map((r) => r.key)).toEqual(['Sheet1:5:1', 'Sheet1:5:2', 'Sheet1:5:3']);
    expect(plan.registrations.map((r) => r.cellId)).toEqual(['c-ht1', 'c-ht2', 'c-ht10']);
  });

  it('pairs organizations and cells listed line by line', () => {
    const plan = assemble(rows([[{ ...AN, org: '', cell: '' }, { raw: { org: 'Xã Hoa Thành\nXã Hợp Thành', cell: 'Thôn 1\nThôn 1' } }]]));
    expect(plan.registrations.map((r) => r.cellId)).toEqual(['c-ht1', 'c-hp1']);
  });

  it('keeps one registration per official, cell and time, merging notes', () => {
    const plan = assemble(
      rows([
        { ...AN, org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 1', time: 'Quý I', note: 'Chuyên đề' },
        { ...AN, org: 'ĐB xã Hoa Thành', cell: 'Thôn 01', time: 'Q1', note: 'Dự cùng Bí thư' },
        { ...AN, org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 1', time: 'Quý III' },
      ]),
    );
    expect(plan.registrations.map((r) => [r.cellId, r.period, r.note])).toEqual([
      ['c-ht1', { kind: 'year', year: 2025, quarters: [1] }, 'Chuyên đề; Dự cùng Bí thư'],
      ['c-ht1', { kind: 'year', year: 2025, quarters: [3] }, ''],
    ]);
    expect(plan.duplicatesMerged).toBe(1);
    expect(plan.rows[1]).toMatchObject({
      status: 'duplicate',
      registrations: [],
      issues: [{ reason: 'Trùng với dòng 5 (Sheet1) (cùng cán bộ, chi bộ và thời gian); chỉ tính một lần.' }],
    });
    expect(plan.rows[0]?.registrations[0]?.note).toBe('Chuyên đề; Dự cùng Bí thư');
  });

  it('adds nothing for registrations already stored', () => {
    const first = assemble(rows([{ ...AN, org: 'Hoa Thành', cell: 'Thôn 1', time: 'Quý I' }]));
    const again = assemble(rows([{ ...AN, org: 'Hoa Thành', cell: 'Thôn 1', time: 'Quý I' }]), { existingRegistrations: first.registrations });
    expect(again.registrations).toEqual([]);
    expect(again.rows[0]).toMatchObject({ status: 'duplicate', issues: [{ reason: 'Đăng ký này (cùng cán bộ, chi bộ và thời gian) đã có trong dữ liệu; không nhập thêm.' }] });
  });
});

describe('assembleRegistrations: officials', () => {
  it('creates an unknown official once, reporting it on the first row', () => {
    const plan = assemble(
      rows([
        [{ official: 'Đ/c Phan Văn Hải', position: 'Phó Chủ tịch UBND tỉnh', org: 'Hoa Thành', cell: 'Thôn 1' }, { section: 'ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY' }],
        [{ official: 'Phan Văn Hải', position: 'Phó Chủ tịch UBND tỉnh', org: 'Hoa Thành', cell: 'Thôn 2' }, { section: 'ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY' }],
      ]),
    );
    expect(plan.newOfficials).toEqual([
      { id: 'import-official-1', name: 'Phan Văn Hải', position: 'Phó Chủ tịch UBND tỉnh', group: 'standing', committee: '', area: '', field: '', capacity: 2 },
    ]);
    expect(plan.rows.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(plan.rows[0]?.issues.map((i) => i.reason)).toEqual([
      'Chưa có đồng chí Phan Văn Hải (Phó Chủ tịch UBND tỉnh) trong danh sách cán bộ; sẽ thêm mới khi nhập (nhóm: Ủy viên Ban Thường vụ Tỉnh ủy, tối đa 2 chi bộ một năm), kiểm tra lại thông tin sau.',
    ]);
    expect(plan.rows[1]?.issues).toEqual([]);
    expect(plan.registrations.map((r) => r.officialId)).toEqual(['import-official-1', 'import-official-1']);
  });

  it('gives a created official an id no known official has', () => {
    const known = [{ ...officials[0], id: 'import-official-1' } as (typeof officials)[number]];
    const plan = assemble(rows([{ official: 'Phan Văn Hải', position: 'Phó Chủ tịch UBND tỉnh', org: 'Hoa Thành', cell: 'Thôn 1' }]), { officials: known });
    expect(plan.newOfficials[0]?.id).toBe('import-official-2');
  });

  it('finds an official by name when the position is missing or spelled differently, and says so', () => {
    const plan = assemble(rows([{ official: 'Nguyễn Văn An', position: '', org: 'Hoa Thành', cell: 'Thôn 1' }, { official: 'Nguyen Văn An', position: '', org: 'Hoa Thành', cell: 'Thôn 2' }, { official: 'Nguyễn Văn An', position: 'TB Tổ chức', org: 'Hoa Thành', cell: 'Thôn 10' }]));
    expect(plan.rows[0]).toMatchObject({ status: 'ok', issues: [] });
    // Diacritics count in names: "Nguyen" is somebody else, and without a position nobody can be created.
    expect(plan.rows[1]?.status).toBe('error');
    expect(plan.rows[2]?.registrations[0]?.officialId).toBe('off-a');
    expect(plan.rows[2]?.issues[0]?.reason).toBe(
      'Chức vụ ghi “TB Tổ chức” khác với danh sách cán bộ (“Trưởng Ban Tổ chức Tỉnh ủy”); đã nhận là đồng chí Nguyễn Văn An. Nếu là người khác, sửa lại họ tên hoặc chức vụ trong tệp.',
    );
  });

  it('refuses to choose between namesakes', () => {
    const plan = assemble(rows([{ official: 'Lê Văn Cường', position: '', org: 'Hoa Thành', cell: 'Thôn 1' }, { official: 'Lê Văn Cường', position: 'Tỉnh ủy viên, Bí thư Huyện ủy Yên Thành', org: 'Hoa Thành', cell: 'Thôn 1' }]));
    expect(plan.rows[0]?.status).toBe('error');
    expect(plan.errors[0]?.reason).toBe(
      'Có 2 đồng chí tên Lê Văn Cường (Tỉnh ủy viên, Giám đốc Sở Y tế; Tỉnh ủy viên, Bí thư Huyện ủy Yên Thành) và dòng này không ghi chức vụ; ghi chức vụ đúng như danh sách cán bộ để phân biệt.',
    );
    expect(plan.registrations.map((r) => r.officialId)).toEqual(['off-c2']);
  });
});

describe('assembleRegistrations: decisions and errors', () => {
  it('asks the clerk about a cell it cannot settle, with ranked candidates', () => {
    const plan = assemble(
      rows([
        { ...AN, org: 'Đảng bộ xã Hoa Thành', cell: 'Thôn 12' },
        { ...AN, org: '', cell: 'Chi bộ thôn 1' },
        { ...AN, org: 'Xã Tân Lộc', cell: 'Thôn 1' },
      ]),
    );
    expect(plan.needsDecision).toBe(3);
    expect(plan.registrations).toEqual([]);
    const [missing, ambiguous, noOrg] = plan.rows;
    expect(missing?.issues[0]?.reason).toBe('Không tìm thấy chi bộ “Thôn 12” trong Đảng bộ xã Hoa Thành; chọn chi bộ đúng trong danh sách gợi ý.');
    expect(missing?.decision?.kind).toBe('none');
    expect(missing?.decision?.candidates.length).toBeGreaterThan(0);
    expect(ambiguous?.decision?.kind).toBe('ambiguous');
    expect(ambiguous?.decision?.candidates.map((c) => c.cellId).sort()).toEqual(['c-hp1', 'c-ht1']);
    expect(ambiguous?.issues[0]?.reason).toBe(
      'Có nhiều tổ chức cơ sở đảng có “Chi bộ thôn 1”; ghi tên đảng bộ ở cột tổ chức cơ sở đảng, hoặc chọn chi bộ đúng trong danh sách gợi ý.',
    );
    expect(noOrg?.issues[0]?.reason).toBe(
      'Không tìm thấy tổ chức cơ sở đảng “Xã Tân Lộc” trong danh mục, nên chưa xác định được chi bộ “Thôn 1”; chọn chi bộ đúng trong danh sách gợi ý.',
    );
  });

  it('applies a decision, then finds duplicates it creates', () => {
    const plan = assemble(rows([{ ...AN, org: 'Hoa Thành', cell: 'Thôn 1', time: 'Quý I' }, { ...AN, org: '', cell: 'Chi bộ thôn 1', time: 'Quý I' }]));
    expect(plan.needsDecision).toBe(1);
    const decided = applyDecision(plan, 'Sheet1:6', 'c-ht1');
    expect(decided.needsDecision).toBe(0);
    expect(decided.rows[1]).toMatchObject({ status: 'duplicate', registrations: [] });
    expect(decided.duplicatesMerged).toBe(1);
    const other = applyDecision(decided, 'Sheet1:6', 'c-hp1');
    expect(other.rows[1]).toMatchObject({ status: 'ok', issues: [] });
    expect(other.registrations.map((r) => [r.id, r.cellId])).toEqual([
      ['import-registration-1', 'c-ht1'],
      ['import-registration-2', 'c-hp1'],
    ]);
    expect(plan.rows[1]?.status).toBe('needsDecision'); // plans are values
    expect(applyDecision(plan, 'Sheet1:99', 'c-ht1')).toBe(plan);
    expect(applyDecision(plan, 'Sheet1:5', 'c-hp1')).toBe(plan); // row 5 had nothing to decide
  });

  it('marks a looser match so a wrong one is caught', () => {
    const plan = assemble(rows([{ ...AN, org: 'Xã Hợp Thành', cell: 'Thôn 3' }]));
    expect(plan.registrations[0]?.cellId).toBe('c-hp3');
    expect(plan.rows[0]?.issues[0]?.reason).toBe('Đã hiểu “Thôn 3” là “Chi bộ xóm 3 (Đảng bộ xã Hợp Thành)”; nếu không đúng, sửa lại tên chi bộ trong tệp.');
  });

  it('reports bad times and empty rows as errors, keeping unknown times with a warning', () => {
    const plan = assemble(
      rows([
        { ...AN, org: 'Hoa Thành', cell: 'Thôn 1', time: 'Quý V' },
        { ...AN, org: '', cell: '', time: 'Quý I' },
        { ...AN, org: 'Hoa Thành', cell: 'Thôn 2', time: 'Sau Tết' },
        { official: '', position: '', org: 'Hoa Thành', cell: 'Thôn 2' },
      ]),
    );
    expect(plan.rows.map((r) => r.status)).toEqual(['error', 'error', 'ok', 'error']);
    expect(plan.errors.map((e) => [e.ref.row, e.reason])).toEqual([
      [5, 'Thời gian “Quý V” không đúng: một năm chỉ có bốn quý, từ Quý I đến Quý IV. Sửa lại thời gian trong tệp rồi nhập lại.'],
      [6, 'Dòng không ghi chi bộ đăng ký dự sinh hoạt; ghi tên chi bộ (và đảng bộ) hoặc xóa dòng này khỏi tệp.'],
      [8, 'Dòng không ghi họ tên cán bộ đăng ký; điền họ tên hoặc xóa dòng này khỏi tệp.'],
    ]);
    expect(plan.rows[2]?.registrations[0]?.period).toEqual({ kind: 'year', year: 2025, quarters: [] });
    expect(plan.rows[2]?.issues[0]?.reason).toContain('Không hiểu thời gian dự kiến “Sau Tết”');
  });

  it('reads a date from the raw Excel value', () => {
    const plan = assemble(rows([[{ ...AN, org: 'Hoa Thành', cell: 'Thôn 1', time: '15/10/2025' }, { raw: { time: new Date(Date.UTC(2025, 9, 15)) } }]]));
    expect(plan.registrations[0]?.period).toEqual({ kind: 'year', year: 2025, quarters: [4] });
  });
});

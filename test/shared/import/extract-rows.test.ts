import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../shared/import/column-mapping';
import { detectTable } from '../../../shared/import/detect-table';
import { assembleDirectory } from '../../../shared/import/assemble-directory';
import { columnLetter, extractRows } from '../../../shared/import/extract-rows';
import { readWorkbook } from '../../../shared/import/read-workbook';
import type { ColumnMapping, ImportKind, SheetGrid } from '../../../shared/import/types';
import { gridOf, type Spec } from './grid-of';
import {
  MESSY_DIRECTORY,
  MESSY_OFFICIALS,
  MESSY_REGISTRATIONS,
  messyDirectoryWorkbook,
  messyOfficialsWorkbook,
  messyRegistrationsWorkbook,
  type MessyExpectation,
} from './messy-workbooks';

async function extractMessy(make: () => Promise<Uint8Array>, expected: MessyExpectation) {
  const grid = (await readWorkbook(await make())).find((g) => g.name === expected.sheet) as SheetGrid;
  return extractRows(grid, expected.table, expected.mapping);
}

const messy: [ImportKind, () => Promise<Uint8Array>, MessyExpectation][] = [
  ['registrations', messyRegistrationsWorkbook, MESSY_REGISTRATIONS],
  ['officials', messyOfficialsWorkbook, MESSY_OFFICIALS],
  ['directory', messyDirectoryWorkbook, MESSY_DIRECTORY],
];

describe('extractRows on the messy workbooks', () => {
  it.each(messy)('gives exactly the %s data rows with section and group', async (_kind, make, expected) => {
    const { rows } = await extractMessy(make, expected);
    expect(rows.map((r) => ({ row: r.ref.row, section: r.section, group: r.group, values: r.values }))).toEqual(
      expected.rows,
    );
    expect(rows.every((r) => r.ref.sheet === expected.sheet)).toBe(true);
  });

  it.each(messy)('skips every %s structure row with its reason', async (_kind, make, expected) => {
    const { skipped } = await extractMessy(make, expected);
    expect(skipped).toEqual(expected.skipped.map(({ row, reason }) => ({ ref: { sheet: expected.sheet, row }, reason })));
  });

  it('keeps raw values: Excel dates, serials, numbers, and merged values filled down', async () => {
    const { rows } = await extractMessy(messyRegistrationsWorkbook, MESSY_REGISTRATIONS);
    const [first, second, third, , fifth] = rows;
    expect(first?.raw).toMatchObject({ stt: 1, time: new Date(Date.UTC(2025, 2, 15)), note: null });
    expect(second?.raw).toMatchObject({ stt: 1, official: 'Đ/c Nguyễn Văn An', time: '15/6/2025' });
    expect(third?.raw.official).toBe('Trần\u00a0Thị  Hoà'.normalize('NFD'));
    expect(third?.values.official).toBe('Trần Thị Hoà');
    expect(fifth?.raw.time).toBe(45800);
  });

  it('fills a committee merged over two officials into both', async () => {
    const { rows } = await extractMessy(messyOfficialsWorkbook, MESSY_OFFICIALS);
    expect(rows.filter((r) => r.raw.committee === 'Ban Tổ chức Tỉnh ủy').map((r) => r.ref.row)).toEqual([14, 15]);
  });
});

/** A one-row header over the given data rows, mapped by the header's own words. */
function extract(kind: ImportKind, header: Spec[], data: Spec[][], merges: string[] = []) {
  const grid = gridOf([header, ...data], merges);
  const table = detectTable(grid, kind);
  if (!table) throw new Error('no table');
  const mapping: ColumnMapping = suggestMapping(table, kind);
  const result = extractRows(grid, table, mapping);
  return { ...result, reasons: result.skipped.map((s) => `${s.ref.row}:${s.reason}`) };
}

const OFFICIALS_HEADER: Spec[] = ['STT', 'Họ và tên', 'Chức vụ', 'Số chi bộ'];

describe('extractRows structure rules', () => {
  it('keeps rows whose STT is a formula counter, but skips a sum with no label', () => {
    const { rows, reasons } = extract('officials', OFFICIALS_HEADER, [
      [1, 'Nguyễn Văn An', 'Phó Bí thư', 2],
      ['=2', 'Trần Văn Bình', 'Ủy viên', 1],
      [null, null, null, '=3'],
    ]);
    expect(rows.map((r) => r.values.name)).toEqual(['Nguyễn Văn An', 'Trần Văn Bình']);
    expect(reasons).toEqual(['4:total']);
  });

  it('knows "Cộng" from "Công an", and only reads the label cell for totals', () => {
    const { rows, reasons } = extract('directory', ['TT', 'Tổ chức cơ sở đảng', 'Chức vụ', 'Số đảng viên'], [
      [1, 'Công an xã Hoa Thành', null, 15],
      [2, 'Chi bộ Quân sự xã', 'Cộng tác viên', 8],
      [null, 'Cộng:', null, '=23'],
      [3, 'Tổng công ty Cao su Nghệ An', null, 60],
      [null, 'Cộng Đảng bộ khối Doanh nghiệp', null, '=60'],
      ['Tong cong', null, null, '=83'],
    ]);
    expect(rows.map((r) => r.values.org)).toEqual(['Công an xã Hoa Thành', 'Chi bộ Quân sự xã', 'Tổng công ty Cao su Nghệ An']);
    expect(reasons).toEqual(['4:total', '6:total', '7:total']);
  });

  it('skips pre-numbered empty rows and a column-number row repeated after a page break', () => {
    const { rows, reasons } = extract('officials', OFFICIALS_HEADER, [
      [1, 'Nguyễn Văn An', 'Phó Bí thư', 2],
      ['(1)', '(2)', '(3)', '(4)'],
      [2, 'Trần Văn Bình', 'Ủy viên', 1],
      [3, null, null, null],
      [4, null, null, null],
    ]);
    expect(rows.map((r) => r.values.stt)).toEqual(['1', '2']);
    expect(reasons).toEqual(['3:columnNumbers', '5:blank', '6:blank']);
  });

  it('reads sections with counts beside them, and keeps STT restarting per section', () => {
    const { rows, reasons } = extract('officials', OFFICIALS_HEADER, [
      ['I.', '**ỦY VIÊN BAN THƯỜNG VỤ', null, '=3'],
      [1, 'Nguyễn Văn An', 'Phó Bí thư', 3],
      ['B) Tỉnh ủy viên', null, null, null],
      [1, 'Trần Văn Bình', 'Ủy viên', 1],
    ]);
    expect(rows.map((r) => [r.values.stt, r.section])).toEqual([
      ['1', 'ỦY VIÊN BAN THƯỜNG VỤ'],
      ['1', 'Tỉnh ủy viên'],
    ]);
    expect(reasons).toEqual(['2:section', '4:section']);
  });

  it('opens a group at a bold or outdented organization and closes it at a section or subtotal', () => {
    const { rows } = extract('directory', ['STT', 'Tên chi bộ', 'Số ĐV'], [
      [null, '**Đảng bộ xã Hoa Thành', null],
      [1, '>Chi bộ xóm 1', 25],
      [null, '**Cộng', '=25'],
      [2, 'Chi bộ Trường Tiểu học', 12],
      [null, 'Đảng bộ Công ty Sông Lam', null],
      [3, '>>Chi bộ Phân xưởng 1', 30],
      ['II', 'CHI BỘ CƠ SỞ', null],
      [1, 'Chi bộ Bệnh viện', 40],
    ]);
    expect(rows.map((r) => [r.values.cell, r.group, r.section])).toEqual([
      ['Chi bộ xóm 1', 'Đảng bộ xã Hoa Thành', null],
      ['Chi bộ Trường Tiểu học', null, null],
      ['Chi bộ Phân xưởng 1', 'Đảng bộ Công ty Sông Lam', null],
      ['Chi bộ Bệnh viện', null, 'CHI BỘ CƠ SỞ'],
    ]);
  });

  it('treats a bold caption in capitals that names no organization as a section', () => {
    const { rows, reasons } = extract('officials', OFFICIALS_HEADER, [
      [null, '**TỈNH ỦY VIÊN', null, null],
      [1, 'Nguyễn Văn An', 'Tỉnh ủy viên', 1],
      [null, '**ĐẢNG BỘ KHỐI CƠ QUAN', null, null],
      [2, 'Trần Văn Bình', 'Bí thư', 1],
    ]);
    expect(rows.map((r) => [r.section, r.group])).toEqual([
      ['TỈNH ỦY VIÊN', null],
      ['TỈNH ỦY VIÊN', 'ĐẢNG BỘ KHỐI CƠ QUAN'],
    ]);
    expect(reasons).toEqual(['2:section', '4:group']);
  });

  it('fills a merge down only its first column, and not across a row', () => {
    const { rows } = extract(
      'registrations',
      ['STT', 'Họ và tên', 'Chi bộ', 'Ghi chú'],
      [
        [1, 'Nguyễn Văn An', 'Chi bộ xóm 1', 'Cả năm'],
        [null, null, 'Chi bộ xóm 2', null],
        [null, null, 'Chi bộ xóm 3', null],
      ],
      ['A2:A4', 'B2:B4', 'D2:D3'],
    );
    expect(rows.map((r) => [r.values.stt, r.values.official, r.values.cell, r.values.note])).toEqual([
      ['1', 'Nguyễn Văn An', 'Chi bộ xóm 1', 'Cả năm'],
      ['1', 'Nguyễn Văn An', 'Chi bộ xóm 2', 'Cả năm'],
      ['1', 'Nguyễn Văn An', 'Chi bộ xóm 3', ''],
    ]);
  });

  it('closes a group when a row is back at its indent or is itself a bold organization', () => {
    // One name column: a chi bộ cơ sở listed after a đảng bộ's cells is not one of them.
    const { rows, reasons } = extract('directory', ['STT', 'Tên tổ chức cơ sở đảng, chi bộ', 'Số đảng viên', 'Loại hình'], [
      [null, '**Đảng bộ xã Hoa Thành', null, null],
      [1, '>Chi bộ xóm 1', 25, 'Xã'],
      [2, '>Chi bộ xóm 2', 30, 'Xã'],
      [3, 'Chi bộ Trường Tiểu học Hoa Thành', 12, 'Đơn vị sự nghiệp'],
      [null, '**Đảng bộ Công ty Sông Lam', null, null],
      [4, 'Chi bộ Phân xưởng 1', 30, 'Doanh nghiệp nhà nước'],
      [5, 'Chi bộ Phân xưởng 2', 20, 'Doanh nghiệp nhà nước'],
      [6, '**Chi bộ Bệnh viện huyện', 40, 'Đơn vị sự nghiệp'],
      [7, 'Chi bộ Trạm Y tế xã', 9, 'Đơn vị sự nghiệp'],
    ]);
    expect(rows.map((r) => [r.values.org, r.group])).toEqual([
      ['Chi bộ xóm 1', 'Đảng bộ xã Hoa Thành'],
      ['Chi bộ xóm 2', 'Đảng bộ xã Hoa Thành'],
      ['Chi bộ Trường Tiểu học Hoa Thành', null],
      ['Chi bộ Phân xưởng 1', 'Đảng bộ Công ty Sông Lam'],
      ['Chi bộ Phân xưởng 2', 'Đảng bộ Công ty Sông Lam'],
      ['Chi bộ Bệnh viện huyện', null],
      ['Chi bộ Trạm Y tế xã', null],
    ]);
    expect(reasons).toEqual(['2:group', '6:group']);

    const plan = assembleDirectory(rows);
    expect(plan.errors).toEqual([]);
    expect(plan.orgs.map((o) => [o.name, o.kind])).toEqual([
      ['Đảng bộ xã Hoa Thành', 'dang_bo_co_so'],
      ['Chi bộ Trường Tiểu học Hoa Thành', 'chi_bo_co_so'],
      ['Đảng bộ Công ty Sông Lam', 'dang_bo_co_so'],
      ['Chi bộ Bệnh viện huyện', 'chi_bo_co_so'],
      ['Chi bộ Trạm Y tế xã', 'chi_bo_co_so'],
    ]);
    const orgOf = (cell: string) => plan.orgs.find((o) => o.id === plan.cells.find((c) => c.name === cell)?.orgId)?.name;
    expect(orgOf('Chi bộ xóm 2')).toBe('Đảng bộ xã Hoa Thành');
    expect(orgOf('Chi bộ Trường Tiểu học Hoa Thành')).toBe('Chi bộ Trường Tiểu học Hoa Thành');
    expect(orgOf('Chi bộ Phân xưởng 2')).toBe('Đảng bộ Công ty Sông Lam');
  });

  it('keeps cells listed at the group row\'s own indent in the group until something closes it', () => {
    const { rows } = extract('directory', ['STT', 'Tên chi bộ', 'Số ĐV'], [
      [null, '**Đảng bộ xã Hoa Thành', null],
      [1, 'Chi bộ xóm 1', 25],
      [2, 'Chi bộ xóm 2', 30],
    ]);
    expect(rows.map((r) => r.group)).toEqual(['Đảng bộ xã Hoa Thành', 'Đảng bộ xã Hoa Thành']);
  });

  it('opens a group at a bold organization\'s own data row when its cells are indented under it', () => {
    const { rows } = extract('directory', ['STT', 'Tên tổ chức cơ sở đảng, chi bộ', 'Số đảng viên'], [
      ['**1', '**Đảng bộ xã Hoa Thành', '**55'],
      [null, '>Chi bộ xóm 1', 25],
      [null, '>Chi bộ xóm 2', 30],
      ['**2', '**Chi bộ Trường Tiểu học', '**12'],
    ]);
    expect(rows.map((r) => [r.values.org, r.group])).toEqual([
      ['Đảng bộ xã Hoa Thành', null],
      ['Chi bộ xóm 1', 'Đảng bộ xã Hoa Thành'],
      ['Chi bộ xóm 2', 'Đảng bộ xã Hoa Thành'],
      ['Chi bộ Trường Tiểu học', null],
    ]);
    const plan = assembleDirectory(rows);
    expect(plan.orgs.map((o) => [o.name, o.kind])).toEqual([
      ['Đảng bộ xã Hoa Thành', 'dang_bo_co_so'],
      ['Chi bộ Trường Tiểu học', 'chi_bo_co_so'],
    ]);
    expect(plan.cells.map((c) => c.name)).toEqual(['Chi bộ xóm 1', 'Chi bộ xóm 2', 'Chi bộ Trường Tiểu học']);
    // Its own row carries the total: 55 = 25 + 30, so nothing to report about it.
    expect(plan.rows[0]?.issues).toEqual([]);
  });

  it('gives no rows for an empty data range', () => {
    expect(extract('directory', ['STT', 'Tên chi bộ', 'Số ĐV'], [])).toMatchObject({ rows: [], skipped: [] });
  });
});

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [7, 'G'],
    [26, 'Z'],
    [27, 'AA'],
    [28, 'AB'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('%i → %s', (n, letters) => expect(columnLetter(n)).toBe(letters));
});

import { describe, expect, it } from 'vitest';
import { detectTable, isColumnNumberRow, isEndOfDataRow, isHeadingText } from '../../../shared/import/detect-table';
import { readWorkbook } from '../../../shared/import/read-workbook';
import type { ImportKind, SheetGrid } from '../../../shared/import/types';
import { gridOf } from './grid-of';
import {
  MESSY_DIRECTORY,
  MESSY_OFFICIALS,
  MESSY_REGISTRATIONS,
  messyDirectoryWorkbook,
  messyOfficialsWorkbook,
  messyRegistrationsWorkbook,
  type MessyExpectation,
} from './messy-workbooks';

const messy: [ImportKind, () => Promise<Uint8Array>, MessyExpectation][] = [
  ['registrations', messyRegistrationsWorkbook, MESSY_REGISTRATIONS],
  ['officials', messyOfficialsWorkbook, MESSY_OFFICIALS],
  ['directory', messyDirectoryWorkbook, MESSY_DIRECTORY],
];

describe('detectTable on the messy workbooks', () => {
  it.each(messy)('finds the %s table past the header block and before the signature', async (kind, make, expected) => {
    const grids = await readWorkbook(await make());
    const sheet = grids.find((g) => g.name === expected.sheet) as SheetGrid;
    expect(detectTable(sheet, kind)).toEqual(expected.table);
  });

  it('finds no table on a sheet of instructions', async () => {
    const [instructions] = await readWorkbook(await messyRegistrationsWorkbook());
    expect(detectTable(instructions as SheetGrid, 'registrations')).toBeNull();
  });
});

describe('detectTable on hand-written layouts', () => {
  it('joins an unmerged group header with the sub-headers under it', () => {
    const grid = gridOf([
      ['STT', 'Họ tên', 'Đăng ký dự sinh hoạt', null, null, 'Ghi chú'],
      [null, null, 'TCCSĐ', 'Chi bộ', 'Thời gian', null],
      [1, 'Nguyễn Văn An', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 1', 'Quý I/2025', null],
    ]);
    const table = detectTable(grid, 'registrations');
    expect(table).toMatchObject({ headerTop: 1, headerBottom: 2, columnNumberRow: null, dataStart: 3, dataEnd: 3 });
    expect(table?.headers.map((h) => h.text)).toEqual([
      'STT',
      'Họ tên',
      'Đăng ký dự sinh hoạt TCCSĐ',
      'Chi bộ',
      'Thời gian',
      'Ghi chú',
    ]);
  });

  it('scores a two-row header as one, above a data row whose words happen to match more columns', () => {
    const grid = gridOf(
      [
        ['STT', 'Họ và tên', 'Chức vụ', 'Đăng ký dự sinh hoạt tại', null, null, 'Ghi chú'],
        [null, null, null, 'Tổ chức cơ sở đảng', 'Chi bộ', 'Thời gian dự kiến', null],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
        // "Thắng" folds to "thang" (month), "Ban" to "bản" (hamlet): five header-like cells.
        [1, 'Trần Văn Thắng', 'Trưởng Ban Tổ chức Tỉnh ủy', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 1', 'Quý I', null],
      ],
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2'],
    );
    expect(detectTable(grid, 'registrations')).toMatchObject({ headerTop: 1, headerBottom: 2, columnNumberRow: 3, dataStart: 4, dataEnd: 4 });
  });

  it('goes up from the best-scoring sub-header row to its merged group row', () => {
    const grid = gridOf(
      [
        ['DANH SÁCH ĐĂNG KÝ', null, null, null],
        ['TT', 'Đăng ký', null, null],
        [null, 'Tổ chức cơ sở đảng', 'Chi bộ', 'Thời gian dự'],
        [1, 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 1', '15/3/2025'],
      ],
      ['A1:D1', 'B2:D2'],
    );
    expect(detectTable(grid, 'registrations')).toMatchObject({ headerTop: 2, headerBottom: 3, dataStart: 4 });
  });

  it('does not take a title merged right above the header for a group header', () => {
    const grid = gridOf(
      [
        ['DANH SÁCH CHI BỘ', null, null],
        ['STT', 'Tên chi bộ', 'Số đảng viên'],
        [1, 'Chi bộ xóm 1', 25],
      ],
      ['A1:C1'],
    );
    expect(detectTable(grid, 'directory')).toMatchObject({ headerTop: 2, headerBottom: 2, dataStart: 3, dataEnd: 3 });
  });

  it('reads headers without diacritics and a lettered column-number row', () => {
    const grid = gridOf([
      ['Ho va ten', 'Chuc vu', 'Dia ban phu trach'],
      ['A', 'B', '1'],
      ['Nguyen Van An', 'Pho Bi thu', 'Huyen Yen Thanh'],
    ]);
    expect(detectTable(grid, 'officials')).toMatchObject({ headerTop: 1, columnNumberRow: 2, dataStart: 3 });
  });

  it('ends the data at a long empty gap, not at a short one', () => {
    const rows = [['STT', 'Họ và tên', 'Chức vụ'], [1, 'A', 'x'], [], [], [2, 'B', 'y'], [], [], [], [9, 'Z', 'z']];
    expect(detectTable(gridOf(rows), 'officials')).toMatchObject({ dataStart: 2, dataEnd: 5 });
  });

  it('gives an empty data range when the header is the last row', () => {
    expect(detectTable(gridOf([['STT', 'Tên chi bộ', 'Số ĐV']]), 'directory')).toMatchObject({ dataStart: 2, dataEnd: 1 });
  });

  it('needs one header cell clearly of the kind: STT and a loose "Đơn vị" are not a directory', () => {
    expect(detectTable(gridOf([['STT', 'Tên chi bộ'], [1, 'Chi bộ xóm 1']]), 'directory')).toMatchObject({ headerTop: 1 });
    expect(detectTable(gridOf([['STT', 'Đơn vị'], [1, 'Ban Tổ chức']]), 'directory')).toBeNull();
    expect(detectTable(gridOf([['STT', 'Ghi chú'], [1, 'x']]), 'registrations')).toBeNull();
  });

  it('needs two header cells: a lone matching title is not a table', () => {
    expect(detectTable(gridOf([['Danh sách chi bộ'], ['Chi bộ xóm 1']]), 'directory')).toBeNull();
  });
});

describe('row predicates', () => {
  it.each([
    ['ĐẢNG BỘ TỈNH NGHỆ AN', true],
    ['ĐẢNG CỘNG SẢN VIỆT NAM', true],
    ['HUYỆN ỦY YÊN THÀNH', true],
    ['*', true],
    ['Số 12-DS/HU', true],
    ['Số      -KH/HU', true],
    ['Yên Thành, ngày 15 tháng 3 năm 2025', true],
    ['KẾ HOẠCH', true],
    ['Số ĐV', false],
    ['Số ĐV/CB', false],
    ['Ngày, tháng, năm sinh', false],
    ['ngày 15 tháng 3 năm 2025', true],
    ['Đảng bộ xã Hoa Thành', false],
    ['Tổ chức cơ sở đảng', false],
  ])('isHeadingText(%s) is %s', (text, expected) => expect(isHeadingText(text)).toBe(expected));

  it.each([
    [['(1)', '(2)', '(3)'], true],
    [[1, 2, 3, 4], true],
    [['A', 'B', '1', '2'], true],
    [['(1)', '(2)', '(3)=(1)+(2)'], true],
    [['(1)', '(2)'], true],
    [[1, 25], false],
    [[1, 'Nguyễn Văn An', 3], false],
    [[3, 2, 1], false],
  ])('isColumnNumberRow(%j) is %s', (row, expected) => expect(isColumnNumberRow(gridOf([row]), 1)).toBe(expected));

  it.each([
    [['T/M BAN THƯỜNG VỤ'], true],
    [[null, null, 'TM. BAN THƯỜNG VỤ'], true],
    [['K/T BÍ THƯ'], true],
    [['Nơi nhận:', null, 'T/M HUYỆN ỦY'], true],
    [['Người lập biểu'], true],
    [['Ghi chú: số liệu đến 31/12'], true],
    [['* Ghi chú: số liệu đến 31/12'], true],
    [[null, 'Yên Thành, ngày 20 tháng 3 năm 2025'], true],
    [[1, 'Nguyễn Văn An', 'Ghi chú: dự thay'], false],
    [['Ghi chú'], false],
  ])('isEndOfDataRow(%j) is %s', (row, expected) => expect(isEndOfDataRow(gridOf([row]), 1)).toBe(expected));
});

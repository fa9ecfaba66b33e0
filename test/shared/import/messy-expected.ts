/**
 * What the messy workbooks (messy-workbooks.ts) must import to: the detected table, the
 * suggested mapping, extractRows' output, and the plain content a clerk reads in the file
 * (honorifics gone, numbers and dates parsed), for the assembler and CLI tests.
 */
import type { DateParts } from '../../../shared/domain/labels-vi';
import type { SkipReason } from '../../../shared/import/extract-rows';
import type { ColumnMapping, DetectedTable, ImportField } from '../../../shared/import/types';

export interface ExpectedRow {
  row: number;
  section: string | null;
  group: string | null;
  values: Partial<Record<ImportField, string>>;
}

export interface MessyExpectation {
  sheet: string;
  table: DetectedTable;
  mapping: ColumnMapping;
  rows: ExpectedRow[];
  skipped: { row: number; reason: SkipReason }[];
}

const headers = (...texts: string[]) => texts.map((text, i) => ({ column: i + 1, text }));

/** Values in mapping order, so each expected row reads like the sheet's row. */
function rowsOf(fields: ImportField[], rows: [number, string | null, string | null, ...string[]][]): ExpectedRow[] {
  return rows.map(([row, section, group, ...cells]) => ({
    row,
    section,
    group,
    values: Object.fromEntries(fields.map((f, i) => [f, cells[i] ?? ''])),
  }));
}

const BTV = 'ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY';
const TUV = 'TỈNH ỦY VIÊN';

export const MESSY_REGISTRATIONS: MessyExpectation = {
  sheet: 'Đăng ký',
  table: {
    sheet: 'Đăng ký',
    headerTop: 9,
    headerBottom: 10,
    columnNumberRow: 11,
    dataStart: 12,
    dataEnd: 20,
    headers: headers(
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Đăng ký dự sinh hoạt tại Tổ chức cơ sở đảng',
      'Đăng ký dự sinh hoạt tại Chi bộ',
      'Đăng ký dự sinh hoạt tại Thời gian dự kiến',
      'Ghi chú',
    ),
  },
  mapping: { stt: 1, official: 2, position: 3, org: 4, cell: 5, time: 6, note: 7 },
  rows: rowsOf(
    ['stt', 'official', 'position', 'org', 'cell', 'time', 'note'],
    [
      [13, BTV, null, '1', 'Đ/c Nguyễn Văn An', 'Phó Bí thư Tỉnh ủy', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 1', '15/03/2025'],
      [14, BTV, null, '1', 'Đ/c Nguyễn Văn An', 'Phó Bí thư Tỉnh ủy', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 2', '15/6/2025'],
      [16, BTV, null, '2', 'Trần Thị Hoà', 'Trưởng Ban Tổ chức Tỉnh ủy', 'Đảng bộ thị trấn Yên Thành', 'Chi bộ khối 3', '15-09-2025', 'Đăng ký cả năm'],
      [18, TUV, null, '1', 'đồng chí Lê Văn Bình', 'Tỉnh ủy viên, Bí thư Huyện ủy', 'Đảng bộ xã Bắc Thành', 'Chi bộ thôn Đông', '15.12.2025'],
      [19, TUV, null, '2', 'ĐC Phạm Thị Cúc', 'Tỉnh ủy viên, Giám đốc Sở Y tế', 'Chi bộ Trường THPT Yên Thành 2', 'Chi bộ Trường THPT Yên Thành 2', '45800'],
    ],
  ),
  skipped: [
    { row: 12, reason: 'section' },
    { row: 15, reason: 'blank' },
    { row: 17, reason: 'section' },
    { row: 20, reason: 'total' },
  ],
};

export const MESSY_OFFICIALS: MessyExpectation = {
  sheet: 'TUV',
  table: {
    sheet: 'TUV',
    headerTop: 9,
    headerBottom: 10,
    columnNumberRow: 11,
    dataStart: 12,
    dataEnd: 21,
    headers: headers('STT', 'Họ và tên đồng chí', 'CV', 'Đơn vị công tác', 'Phụ trách Địa bàn', 'Phụ trách Lĩnh vực', 'Số chi bộ đăng ký dự'),
  },
  mapping: { stt: 1, name: 2, position: 3, committee: 4, area: 5, field: 6, capacity: 7 },
  rows: rowsOf(
    ['stt', 'name', 'position', 'committee', 'area', 'field', 'capacity'],
    [
      [13, BTV, null, '1', 'Đ/c Nguyễn Văn An', 'Phó Bí thư Tỉnh ủy', 'Tỉnh ủy', 'Huyện Yên Thành', 'Xây dựng Đảng', '2'],
      [14, BTV, null, '2', 'Hoàng Thị Mai', 'Trưởng Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Huyện Diễn Châu', 'Tổ chức, cán bộ', '3'],
      [15, BTV, null, '3', 'Đồng chí Võ Văn Hùng', 'Phó Trưởng Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Thị xã Hoàng Mai', 'Bảo vệ chính trị nội bộ', '2'],
      [17, TUV, null, '1', 'Nguyễn Thị Thuỷ', 'Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh', 'Hội Nông dân tỉnh', '', 'Nông nghiệp, nông thôn', '1'],
      [20, 'LÃNH ĐẠO CÁC BAN XÂY DỰNG ĐẢNG', null, '1', 'Đ/c Trần Văn Bình', 'Phó Chánh Văn phòng Tỉnh ủy', 'Văn phòng Tỉnh ủy', '', '', '1'],
    ],
  ),
  skipped: [
    { row: 12, reason: 'section' },
    { row: 16, reason: 'section' },
    { row: 18, reason: 'blank' },
    { row: 19, reason: 'section' },
    { row: 21, reason: 'total' },
  ],
};

const DBCS = 'ĐẢNG BỘ CƠ SỞ';
const CBCS = 'CHI BỘ CƠ SỞ';
const HOA_THANH = 'Đảng bộ xã Hoa Thành';
const YEN_THANH = 'Đảng bộ thị trấn Yên Thành';

export const MESSY_DIRECTORY: MessyExpectation = {
  sheet: 'Sheet1',
  table: {
    sheet: 'Sheet1',
    headerTop: 7,
    headerBottom: 7,
    columnNumberRow: 8,
    dataStart: 9,
    dataEnd: 21,
    headers: headers('TT', 'Tổ chức cơ sở Đảng', 'Chi bộ (thôn, xóm, tổ dân phố)', 'Loai hinh TCCSD', 'SL đảng viên'),
  },
  mapping: { stt: 1, org: 2, cell: 3, orgType: 4, members: 5 },
  rows: rowsOf(
    ['stt', 'org', 'cell', 'orgType', 'members'],
    [
      [11, DBCS, HOA_THANH, '1', '', 'Chi bộ xóm 1', 'Xã', '25'],
      [12, DBCS, HOA_THANH, '2', '', 'Chi bộ xóm 2', 'Xã', '32'],
      [15, DBCS, YEN_THANH, '3', '', 'Chi bộ khối 1', 'Thị trấn', '40'],
      [16, DBCS, YEN_THANH, '4', '', 'Chi bộ khối 2', 'Thị trấn', '41'],
      [19, CBCS, null, '1', 'Chi bộ Trường THPT Yên Thành 2', '', 'Đơn vị sự nghiệp', '18'],
      [20, CBCS, null, '2', 'Công an xã Hoa Thành', '', 'Cong an', '15'],
    ],
  ),
  skipped: [
    { row: 9, reason: 'section' },
    { row: 10, reason: 'group' },
    { row: 13, reason: 'total' },
    { row: 14, reason: 'group' },
    { row: 17, reason: 'blank' },
    { row: 18, reason: 'section' },
    { row: 21, reason: 'total' },
  ],
};

/** The registrations as the clerk means them: honorifics dropped, dates read day first. */
export const MESSY_REGISTRATIONS_CONTENT: { official: string; cell: string; date: DateParts; section: string }[] = [
  { official: 'Nguyễn Văn An', cell: 'Chi bộ xóm 1', date: { day: 15, month: 3, year: 2025 }, section: BTV },
  { official: 'Nguyễn Văn An', cell: 'Chi bộ xóm 2', date: { day: 15, month: 6, year: 2025 }, section: BTV },
  { official: 'Trần Thị Hoà', cell: 'Chi bộ khối 3', date: { day: 15, month: 9, year: 2025 }, section: BTV },
  { official: 'Lê Văn Bình', cell: 'Chi bộ thôn Đông', date: { day: 15, month: 12, year: 2025 }, section: TUV },
  { official: 'Phạm Thị Cúc', cell: 'Chi bộ Trường THPT Yên Thành 2', date: { day: 23, month: 5, year: 2025 }, section: TUV },
];

/** The officials with their names cleaned and capacities as numbers. */
export const MESSY_OFFICIALS_CONTENT: { name: string; capacity: number; section: string }[] = [
  { name: 'Nguyễn Văn An', capacity: 2, section: BTV },
  { name: 'Hoàng Thị Mai', capacity: 3, section: BTV },
  { name: 'Võ Văn Hùng', capacity: 2, section: BTV },
  { name: 'Nguyễn Thị Thuỷ', capacity: 1, section: TUV },
  { name: 'Trần Văn Bình', capacity: 1, section: 'LÃNH ĐẠO CÁC BAN XÂY DỰNG ĐẢNG' },
];

/**
 * The directory's cells with their organization (from the group row above, or the row
 * itself for a chi bộ cơ sở, whose only cell is itself) and member counts as numbers.
 */
export const MESSY_DIRECTORY_CONTENT: { org: string; cell: string; orgType: string; members: number }[] = [
  { org: HOA_THANH, cell: 'Chi bộ xóm 1', orgType: 'Xã', members: 25 },
  { org: HOA_THANH, cell: 'Chi bộ xóm 2', orgType: 'Xã', members: 32 },
  { org: YEN_THANH, cell: 'Chi bộ khối 1', orgType: 'Thị trấn', members: 40 },
  { org: YEN_THANH, cell: 'Chi bộ khối 2', orgType: 'Thị trấn', members: 41 },
  { org: 'Chi bộ Trường THPT Yên Thành 2', cell: 'Chi bộ Trường THPT Yên Thành 2', orgType: 'Đơn vị sự nghiệp', members: 18 },
  { org: 'Công an xã Hoa Thành', cell: 'Công an xã Hoa Thành', orgType: 'Cong an', members: 15 },
];

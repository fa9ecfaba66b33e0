/**
 * Workbooks laid out the way district offices really keep them, not like our template:
 * a Party document header block, merged two-row headers, a column-number row, sections
 * (merged, split over cells, unnumbered), STT restarting per section, one official merged
 * over several rows, bold or indented organization rows, blank rows, subtotal and total
 * rows with formulas, footnotes, signature block and "Nơi nhận", decomposed Unicode,
 * non-breaking and zero-width spaces, numbers typed as text, Excel dates, serials and
 * typed dates, "Đ/c" honorifics. What each should import to is in messy-expected.ts.
 *
 * Shared by the import stage tests, the assembler tests and the CLI tests.
 */
import ExcelJS from 'exceljs';

export * from './messy-expected';

interface Style {
  bold?: boolean;
  italic?: boolean;
  indent?: number;
  numFmt?: string;
}

const nfd = (s: string) => s.normalize('NFD');

function set(ws: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue, style: Style = {}): void {
  const cell = ws.getCell(address);
  cell.value = value;
  if (style.bold || style.italic) cell.font = { name: 'Times New Roman', bold: style.bold, italic: style.italic };
  if (style.indent) cell.alignment = { indent: style.indent };
  if (style.numFmt) cell.numFmt = style.numFmt;
}

/** Merges the range and writes its top-left cell, as Excel keeps merged values. */
function merged(ws: ExcelJS.Worksheet, range: string, value: ExcelJS.CellValue, style: Style = {}): void {
  ws.mergeCells(range);
  set(ws, range.split(':')[0] ?? range, value, style);
}

/** Values from column A rightwards; undefined leaves the cell empty. */
function row(ws: ExcelJS.Worksheet, r: number, values: (ExcelJS.CellValue | undefined)[], style: Style = {}): void {
  values.forEach((v, i) => {
    if (v !== undefined) set(ws, `${String.fromCharCode(65 + i)}${r}`, v, style);
  });
}

interface HeaderBlock {
  /** Last column of the left block and first of the right one, e.g. 'C' and 'D'. */
  left: string;
  right: string;
  last: string;
  number: string;
  date: string;
}

/** Instruction 36 header: bodies and "*" left, the Party heading and date right. */
function partyHeader(ws: ExcelJS.Worksheet, h: HeaderBlock): void {
  merged(ws, `A1:${h.left}1`, 'ĐẢNG BỘ TỈNH NGHỆ AN');
  merged(ws, `${h.right}1:${h.last}1`, 'ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true });
  merged(ws, `A2:${h.left}2`, 'HUYỆN ỦY YÊN THÀNH', { bold: true });
  merged(ws, `A3:${h.left}3`, '*');
  merged(ws, `${h.right}3:${h.last}3`, h.date, { italic: true });
  merged(ws, `A4:${h.left}4`, h.number);
}

/** Signature right, recipients left, from row r. */
function signature(ws: ExcelJS.Worksheet, r: number, h: HeaderBlock, recipients: boolean): void {
  merged(ws, `A${r}:${h.left}${r}`, recipients ? 'Nơi nhận:' : 'Người lập biểu', { bold: true });
  merged(ws, `${h.right}${r}:${h.last}${r}`, 'T/M BAN THƯỜNG VỤ', { bold: true });
  merged(ws, `${h.right}${r + 1}:${h.last}${r + 1}`, 'PHÓ BÍ THƯ', { bold: true });
  if (recipients) {
    merged(ws, `A${r + 1}:${h.left}${r + 1}`, '- Ban Tổ chức Tỉnh ủy;');
    merged(ws, `A${r + 2}:${h.left}${r + 2}`, '- Lưu Văn phòng Huyện ủy.');
  }
  merged(ws, `${h.right}${r + 5}:${h.last}${r + 5}`, 'Hoàng Văn Dũng', { bold: true });
}

async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  // Node gives a Buffer (a Uint8Array); copy it into a plain one like the renderer sees.
  const data: unknown = await wb.xlsx.writeBuffer();
  return new Uint8Array(data as ArrayBuffer);
}

const utcDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Sheet "Đăng ký": registrations with a merged group header and an official over two rows. */
export async function messyRegistrationsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hướng dẫn').getCell('A1').value = 'Điền danh sách ở trang sau.';
  const ws = wb.addWorksheet('Đăng ký');
  const h = { left: 'C', right: 'D', last: 'G', number: 'Số 12-DS/HU', date: 'Yên Thành, ngày 15 tháng 3 năm 2025' };
  partyHeader(ws, h);
  merged(ws, 'A6:G6', 'DANH SÁCH', { bold: true });
  merged(ws, 'A7:G7', 'Cán bộ lãnh đạo tỉnh đăng ký dự sinh hoạt chi bộ năm 2025', { bold: true });
  for (const [range, text] of [['A9:A10', 'STT'], ['B9:B10', 'Họ và tên'], ['C9:C10', 'Chức vụ'], ['G9:G10', 'Ghi chú']]) {
    merged(ws, range ?? '', text ?? '', { bold: true });
  }
  merged(ws, 'D9:F9', 'Đăng ký dự sinh hoạt tại', { bold: true });
  row(ws, 10, [undefined, undefined, undefined, 'Tổ chức cơ sở đảng', 'Chi bộ', 'Thời gian dự kiến'], { bold: true });
  row(ws, 11, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']);
  row(ws, 12, ['I', 'ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY'], { bold: true });
  merged(ws, 'A13:A14', 1);
  merged(ws, 'B13:B14', 'Đ/c Nguyễn Văn An');
  merged(ws, 'C13:C14', 'Phó Bí thư Tỉnh ủy');
  row(ws, 13, [undefined, undefined, undefined, 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 1']);
  set(ws, 'F13', utcDate(2025, 3, 15), { numFmt: 'dd/mm/yyyy' });
  row(ws, 14, [undefined, undefined, undefined, 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 2', '15/6/2025']);
  row(ws, 16, [2, nfd('Trần\u00a0Thị  Hoà'), 'Trưởng Ban Tổ chức Tỉnh ủy', 'Đảng bộ thị trấn Yên Thành']);
  row(ws, 16, [undefined, undefined, undefined, undefined, 'Chi bộ khối 3\u200b', '15-09-2025', 'Đăng ký cả năm']);
  merged(ws, 'A17:G17', 'II. TỈNH ỦY VIÊN', { bold: true });
  row(ws, 18, [' 1 ', 'đồng chí Lê Văn Bình', 'Tỉnh ủy viên, Bí thư Huyện ủy', 'Đảng bộ xã Bắc Thành', 'Chi bộ thôn Đông', '15.12.2025']);
  row(ws, 19, [2, 'ĐC Phạm Thị Cúc', 'Tỉnh ủy viên, Giám đốc Sở Y tế', 'Chi bộ Trường THPT Yên Thành 2']);
  row(ws, 19, [undefined, undefined, undefined, undefined, 'Chi bộ Trường THPT Yên Thành 2', 45800]);
  merged(ws, 'A20:C20', 'Tổng cộng', { bold: true });
  set(ws, 'D20', { formula: 'COUNTA(D13:D19)', result: 5 }, { bold: true });
  set(ws, 'A21', 'Ghi chú: Thời gian dự kiến có thể thay đổi theo tình hình thực tế.', { italic: true });
  signature(ws, 23, h, true);
  return toBytes(wb);
}

/** Sheet "TUV": officials with "Phụ trách" over two sub-headers and sections of every shape. */
export async function messyOfficialsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('TUV');
  const h = { left: 'C', right: 'D', last: 'G', number: 'Số 08-DS/HU', date: 'Yên Thành, ngày 10 tháng 01 năm 2025' };
  partyHeader(ws, h);
  merged(ws, 'A6:G6', 'DANH SÁCH', { bold: true });
  merged(ws, 'A7:G7', 'Tỉnh ủy viên, lãnh đạo các ban xây dựng Đảng Tỉnh ủy', { bold: true });
  const single: [string, string][] = [['A', 'STT'], ['B', 'Họ và tên đồng chí'], ['C', 'CV'], ['D', 'Đơn vị công tác'], ['G', 'Số chi bộ đăng ký dự']];
  for (const [col, text] of single) merged(ws, `${col}9:${col}10`, text, { bold: true });
  merged(ws, 'E9:F9', 'Phụ trách', { bold: true });
  row(ws, 10, [undefined, undefined, undefined, undefined, 'Địa bàn', 'Lĩnh vực'], { bold: true });
  row(ws, 11, ['1', '2', '3', '4', '5', '6', '7']);
  merged(ws, 'A12:G12', 'I. ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY', { bold: true });
  row(ws, 13, [1, 'Đ/c Nguyễn Văn An', 'Phó Bí thư Tỉnh ủy', 'Tỉnh ủy', 'Huyện Yên Thành', 'Xây dựng Đảng', 2]);
  const richName = { richText: [{ text: 'Hoàng', font: { bold: true } }, { text: ' Thị Mai' }] };
  row(ws, 14, [2, richName, 'Trưởng Ban Tổ chức Tỉnh ủy']);
  merged(ws, 'D14:D15', 'Ban Tổ chức Tỉnh ủy');
  row(ws, 14, [undefined, undefined, undefined, undefined, 'Huyện Diễn Châu', 'Tổ chức, cán bộ', ' 3 ']);
  row(ws, 15, [3, 'Đồng chí Võ Văn Hùng', 'Phó Trưởng Ban Tổ chức Tỉnh ủy']);
  row(ws, 15, [undefined, undefined, undefined, undefined, 'Thị xã Hoàng Mai', 'Bảo vệ chính trị nội bộ', '2']);
  set(ws, 'A16', 'II', { bold: true });
  merged(ws, 'B16:G16', 'TỈNH ỦY VIÊN', { bold: true });
  row(ws, 17, [1, nfd('Nguyễn Thị  Thuỷ'), 'Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh', 'Hội Nông dân tỉnh']);
  row(ws, 17, [undefined, undefined, undefined, undefined, undefined, 'Nông nghiệp, nông thôn', 1]);
  set(ws, 'B19', 'LÃNH ĐẠO CÁC BAN XÂY DỰNG ĐẢNG', { bold: true });
  row(ws, 20, [1, 'Đ/c Trần Văn Bình', 'Phó Chánh Văn phòng Tỉnh ủy', 'Văn phòng Tỉnh ủy', undefined, undefined, '1']);
  merged(ws, 'A21:F21', 'Tổng số: 5 đồng chí', { bold: true });
  set(ws, 'G21', { formula: 'SUM(G13:G20)', result: 9 }, { bold: true });
  // After a long gap: the clerk's scratch list, not part of the table.
  set(ws, 'B26', 'Cán bộ dự nguồn (chưa đăng ký):', { italic: true });
  row(ws, 27, [1, 'Lê Thị Hạnh', 'Phó Trưởng Ban Dân vận Tỉnh ủy']);
  signature(ws, 29, h, true);
  return toBytes(wb);
}

/** Sheet "Sheet1": the directory with bold and indented organization rows over their cells. */
export async function messyDirectoryWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  const h = { left: 'B', right: 'C', last: 'E', number: 'Số 03-DS/HU', date: 'Yên Thành, ngày 05 tháng 01 năm 2025' };
  partyHeader(ws, h);
  merged(ws, 'A5:E5', 'DANH SÁCH TỔ CHỨC CƠ SỞ ĐẢNG VÀ CHI BỘ TRỰC THUỘC', { bold: true });
  merged(ws, 'A6:E6', '(Kèm theo Kế hoạch số 12-KH/HU)', { italic: true });
  row(ws, 7, ['TT', 'Tổ chức cơ sở Đảng', 'Chi bộ (thôn, xóm, tổ dân phố)', 'Loai hinh TCCSD', 'SL đảng viên'], { bold: true });
  row(ws, 8, [1, 2, 3, 4, 5]);
  merged(ws, 'A9:E9', 'A. ĐẢNG BỘ CƠ SỞ', { bold: true });
  set(ws, 'B10', 'Đảng bộ xã Hoa Thành', { bold: true });
  row(ws, 11, [1, undefined, undefined, 'Xã', '25']);
  row(ws, 12, [2, undefined, undefined, 'Xã', '32\u00a0']);
  set(ws, 'C11', 'Chi bộ xóm 1', { indent: 1 });
  set(ws, 'C12', 'Chi bộ xóm 2', { indent: 1 });
  set(ws, 'B13', 'Cộng', { bold: true });
  set(ws, 'E13', { formula: 'SUM(E11:E12)', result: 57 }, { bold: true });
  // Not bold: only the indentation of the rows below says this is their organization.
  merged(ws, 'B14:E14', 'Đảng bộ thị trấn Yên Thành');
  row(ws, 15, [3, undefined, undefined, 'Thị trấn', 40]);
  row(ws, 16, [4, undefined, undefined, 'Thị trấn', 41]);
  set(ws, 'C15', 'Chi bộ khối 1', { indent: 1 });
  set(ws, 'C16', nfd('Chi bộ khối 2'), { indent: 1 });
  row(ws, 18, ['B.', 'CHI BỘ CƠ SỞ'], { bold: true });
  row(ws, 19, [1, 'Chi bộ Trường THPT Yên Thành 2', undefined, 'Đơn vị sự nghiệp', 18]);
  row(ws, 20, [2, 'Công an xã Hoa Thành', undefined, 'Cong an', ' 15 ']);
  merged(ws, 'A21:D21', 'Tổng cộng', { bold: true });
  set(ws, 'E21', { formula: 'E13+SUM(E15:E16)+SUM(E19:E20)', result: 171 }, { bold: true });
  signature(ws, 23, h, false);
  return toBytes(wb);
}

/**
 * Sheet "Lịch T3": meeting notices as a district office collects them. Two-row header with
 * "Nơi sinh hoạt" and "Thời gian" groups, headers without diacritics, an Excel date and an
 * Excel time, dates typed three ways, a date-time in one cell, "Đ/c" and decomposed names,
 * a name without diacritics, old tone placement, host and confirmation written freely,
 * then rows that cannot be imported, a repeat, a total row and the signature.
 * The rows are described in test/shared/import/meetings-pipeline.test.ts.
 */
export async function messyMeetingsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lịch T3');
  const h = { left: 'D', right: 'H', last: 'M', number: 'Số 21-TB/HU', date: 'Yên Thành, ngày 01 tháng 3 năm 2026' };
  partyHeader(ws, h);
  merged(ws, 'A6:M6', 'LỊCH SINH HOẠT CHI BỘ CÓ CÁN BỘ LÃNH ĐẠO TỈNH DỰ, THÁNG 3 NĂM 2026', { bold: true });
  const single: [string, string][] = [
    ['A', 'TT'],
    ['B', 'Họ tên đồng chí dự'],
    ['G', 'Địa điểm'],
    ['H', 'Hinh thuc'],
    ['I', 'Noi dung, chuong trinh du kien'],
    ['J', 'Bí thư/Phó Bí thư dự'],
    ['K', 'Đã XN'],
    ['L', 'Ngày nhận TB'],
    ['M', 'Ghi chú'],
  ];
  for (const [col, text] of single) merged(ws, `${col}8:${col}9`, text, { bold: true });
  merged(ws, 'C8:D8', 'Nơi sinh hoạt', { bold: true });
  merged(ws, 'E8:F8', 'Thời gian', { bold: true });
  row(ws, 9, [undefined, undefined, 'Tổ chức cơ sở đảng', 'Chi bộ', 'Ngày', 'Giờ'], { bold: true });
  row(ws, 10, Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
  row(ws, 11, [1, 'Đ/c Nguyễn Văn An', 'Đảng bộ xã Hoa Thành', 'Chi bộ thôn 1']);
  set(ws, 'E11', utcDate(2026, 3, 5), { numFmt: 'dd/mm/yyyy' });
  set(ws, 'F11', 0.3125, { numFmt: 'h:mm' });
  row(ws, 11, [undefined, undefined, undefined, undefined, undefined, undefined, 'Nhà văn hóa thôn 1', 'Thường kỳ', 'Kiểm điểm công tác tháng 2;\nTriển khai nhiệm vụ tháng 3', 'đ/c Lê Văn B - Bí thư', 'x', '02/03/2026']);
  row(ws, 12, [2, nfd('Nguyễn Văn An'), 'Chi bộ Trường THPT Yên Thành 2', 'Chi bộ Trường THPT Yên Thành 2', '10/3/2026', '14h', 'Phòng họp nhà trường', 'chuyen de', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'PBT', 'Có', undefined, 'Mời Ban giám hiệu']);
  row(ws, 13, [3, 'Trần Thị Bình', 'Đảng bộ xã Hợp Thành', 'Xóm 3', '15/3/2026 7h30', undefined, 'Hội trường xã', 'Thường kỳ', undefined, 'Phó Bí thư', 'Đã xác nhận', '5-3-2026']);
  row(ws, 14, [4, 'Tran Thi Binh', 'Hợp Thành', 'Xóm 3', '5-11-2026', '7 giờ 30']);
  row(ws, 15, [5, 'Lê Văn Cường', 'Đảng bộ xã Hòa Sơn', nfd('Chi bộ bản Hoà Bình'), '20/3/2026', '7h30–10h00', 'Nhà văn hóa bản']);
  row(ws, 16, [6, 'Phạm Văn Dũng', 'Đảng bộ xã Hoa Thành', 'Chi bộ thôn 1', '12/3/2026', '8h']);
  row(ws, 17, [7, 'Nguyễn Văn An', 'Đảng bộ xã Hoa Thành', 'Chi bộ thôn 99', '12/3/2026', '8h']);
  row(ws, 18, [8, 'Nguyễn Văn An', 'Đảng bộ xã Hoa Thành', 'Chi bộ thôn 2', '12/3/2026', '8h']);
  row(ws, 19, [9, 'Nguyễn Văn An', 'Đảng bộ xã Hoa Thành', 'Chi bộ thôn 1', '31/02/2026', '7h30']);
  row(ws, 20, [10, 'Nguyễn Văn An', 'Đảng bộ xã Hoa Thành', 'Chi bộ thôn 1', '06/3/2026', '25h']);
  row(ws, 21, [11, 'Nguyễn Văn An', 'Đảng bộ xã Hoa Thành', 'Chi bộ thôn 1', '05/03/2026', '07:30']);
  row(ws, 22, [12, 'Nguyễn Văn An', 'Đảng bộ xã Hoa Thành', 'Chi bộ thôn 1', '19/3/2026', '8:00']);
  merged(ws, 'A23:D23', 'Tổng cộng: 12 buổi', { bold: true });
  signature(ws, 25, h, true);
  return toBytes(wb);
}

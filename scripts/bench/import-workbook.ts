/**
 * A province-sized registrations workbook laid out as offices send them: the Instruction
 * 36 header block, a two-row header with a merged group, a "(1) (2)…" row, one section
 * per official group (STT restarting), each official's name and position merged over
 * their rows, typed and date-formatted times, a total row and the signature block.
 */
import ExcelJS from 'exceljs';
import { OFFICIAL_GROUP_LABEL_VI } from '../../shared/domain/labels-vi';
import { OFFICIAL_GROUPS, type DistrictData, type Official, type PartyCell } from '../../shared/domain/types';
import { toRoman } from '../../shared/report/layout';
import { workbookBytes } from '../../shared/xlsx/workbook-bytes';

const TIMES: ExcelJS.CellValue[] = ['Quý I', 'Quý II, IV', 'Hằng quý', '6 tháng đầu năm', new Date(Date.UTC(2025, 2, 15)), '15/9/2025', 'Tháng 3, 9', 'Cả nhiệm kỳ'];
const BOLD: Partial<ExcelJS.Font> = { name: 'Times New Roman', bold: true };
/** Cells are picked with this stride through the directory: spread out, deterministic. */
const STRIDE = 7_919;

function put(ws: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue, font?: Partial<ExcelJS.Font>): void {
  const cell = ws.getCell(address);
  cell.value = value;
  if (font) cell.font = font;
}

function merged(ws: ExcelJS.Worksheet, range: string, value: ExcelJS.CellValue, font?: Partial<ExcelJS.Font>): void {
  ws.mergeCells(range);
  put(ws, range.split(':')[0] ?? range, value, font);
}

function headerBlock(ws: ExcelJS.Worksheet): number {
  merged(ws, 'A1:C1', 'ĐẢNG BỘ TỈNH NGHỆ AN');
  merged(ws, 'D1:G1', 'ĐẢNG CỘNG SẢN VIỆT NAM', BOLD);
  merged(ws, 'A2:C2', 'BAN TỔ CHỨC TỈNH ỦY', BOLD);
  merged(ws, 'A3:C3', '*');
  merged(ws, 'D3:G3', 'Vinh, ngày 15 tháng 01 năm 2025', { italic: true });
  merged(ws, 'A4:C4', 'Số 35-DS/BTCTU');
  merged(ws, 'A6:G6', 'DANH SÁCH', BOLD);
  merged(ws, 'A7:G7', 'Cán bộ lãnh đạo tỉnh đăng ký dự sinh hoạt chi bộ năm 2025', BOLD);
  for (const [range, text] of [['A9:A10', 'STT'], ['B9:B10', 'Họ và tên'], ['C9:C10', 'Chức vụ'], ['G9:G10', 'Ghi chú']] as const) merged(ws, range, text, BOLD);
  merged(ws, 'D9:F9', 'Đăng ký dự sinh hoạt tại', BOLD);
  ['Tổ chức cơ sở đảng', 'Chi bộ', 'Thời gian dự kiến'].forEach((t, i) => put(ws, `${'DEF'[i]}10`, t, BOLD));
  ws.getRow(11).values = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'];
  return 12;
}

/**
 * Row r of the file names this cell; some names are written the short way clerks do, one
 * row in a hundred leaves the organization out and one in two hundred misspells the cell
 * (both then wait for the clerk's choice, as they would in the app).
 */
function cellTexts(r: number, cell: PartyCell, orgName: string): [string, string] {
  let name = r % 7 === 3 ? cell.name.replace(/^Chi bộ /, '') : cell.name;
  if (r % 200 === 17) name = `${name.slice(0, -1)}x${name.slice(-1)}`;
  let org = r % 11 === 5 ? orgName.replace(/^Đảng bộ /, 'ĐB ') : orgName;
  if (r % 100 === 42) org = '';
  return [org, name];
}

function signature(ws: ExcelJS.Worksheet, row: number): void {
  merged(ws, `A${row}:C${row}`, 'Nơi nhận:', BOLD);
  merged(ws, `D${row}:G${row}`, 'T/M BAN THƯỜNG VỤ', BOLD);
  merged(ws, `A${row + 1}:C${row + 1}`, '- Các huyện ủy, thị ủy, thành ủy;');
  merged(ws, `D${row + 1}:G${row + 1}`, 'PHÓ BÍ THƯ THƯỜNG TRỰC', BOLD);
  merged(ws, `A${row + 2}:C${row + 2}`, '- Lưu Văn phòng Tỉnh ủy.');
  merged(ws, `D${row + 5}:G${row + 5}`, 'Nguyễn Văn Thông', BOLD);
}

/** `rows` registration rows over the sample's officials and cells, as .xlsx bytes. */
export async function provinceRegistrationsWorkbook(data: DistrictData, rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đăng ký');
  ws.columns = [6, 24, 30, 32, 28, 16, 16].map((width) => ({ width }));
  let row = headerBlock(ws);
  const orgName = new Map(data.orgs.map((o) => [o.id, o.name]));
  const officials = OFFICIAL_GROUPS.flatMap((g) => data.officials.filter((o) => o.group === g));
  let written = 0;
  OFFICIAL_GROUPS.forEach((group, s) => {
    put(ws, `A${row}`, toRoman(s + 1), BOLD);
    merged(ws, `B${row}:G${row}`, OFFICIAL_GROUP_LABEL_VI[group].toUpperCase(), BOLD);
    row++;
    officials.filter((o) => o.group === group).forEach((official: Official, n) => {
      const index = officials.indexOf(official);
      const count = Math.floor(((index + 1) * rows) / officials.length) - Math.floor((index * rows) / officials.length);
      if (count === 0) return;
      if (count > 1) for (const col of 'ABC') ws.mergeCells(`${col}${row}:${col}${row + count - 1}`);
      ws.getRow(row).values = [n + 1, official.name, official.position];
      for (let k = 0; k < count; k++, row++, written++) {
        const cell = data.cells[(written * STRIDE) % data.cells.length];
        if (!cell) continue;
        const [org, name] = cellTexts(written, cell, orgName.get(cell.orgId) ?? '');
        const r = ws.getRow(row);
        [org, name, TIMES[written % TIMES.length] ?? '', written % 10 === 0 ? 'Đăng ký mới' : null].forEach((v, i) => (r.getCell(4 + i).value = v));
        if (written % TIMES.length === 4) r.getCell(6).numFmt = 'dd/mm/yyyy';
      }
    });
  });
  merged(ws, `A${row}:C${row}`, 'Tổng cộng', BOLD);
  put(ws, `E${row}`, { formula: `COUNTA(E12:E${row - 1})`, result: written }, BOLD);
  signature(ws, row + 2);
  return workbookBytes(wb);
}

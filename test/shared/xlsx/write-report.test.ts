import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { uncoveredCells } from '../../../shared/coverage/coverage';
import { PARTY_HEADING } from '../../../shared/report/layout';
import { buildUncoveredCellsReport } from '../../../shared/report/uncovered-cells-report';
import { headerSplit, writeReportXlsx } from '../../../shared/xlsx/write-report';
import { settings } from '../fixtures/settings';
import { smallInput } from '../fixtures/small-district';

const input = { ...smallInput, settings, year: 2025, date: { day: 5, month: 3, year: 2025 } };
const TABLE_HEADER_ROW = 11;

let ws: ExcelJS.Worksheet;
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = await writeReportXlsx(buildUncoveredCellsReport(input));
  const wb = new ExcelJS.Workbook();
  // exceljs' load() is typed for Node's Buffer; the bytes are the same.
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = wb.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  ws = sheet;
});

const text = (address: string) => String(ws.getCell(address).value ?? '');
const master = (address: string) => ws.getCell(address).master.address;

describe('writeReportXlsx', () => {
  it('returns xlsx (zip) bytes', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
  });

  it('puts the bodies top left and the heading top right, merged over their columns', () => {
    expect(headerSplit([6, 30, 15, 27, 10])).toBe(2);
    expect(text('A1')).toBe('ĐẢNG BỘ TỈNH NGHỆ AN');
    expect(master('B1')).toBe('A1');
    expect(text('A2')).toBe('HUYỆN ỦY YÊN THÀNH');
    expect(ws.getCell('A2').font.bold).toBe(true);
    expect(text('A3')).toBe('*');
    expect(text('A4')).toBe('Số      -DS/HU');
    expect(text('C1')).toBe(PARTY_HEADING);
    expect(master('E1')).toBe('C1');
    expect(ws.getCell('C1').font).toMatchObject({ bold: true, underline: true });
    expect(text('C4')).toBe('Yên Thành, ngày 05 tháng 3 năm 2025');
    expect(ws.getCell('C4').font.italic).toBe(true);
  });

  it('centres the document type and summary over the whole width', () => {
    expect(text('A6')).toBe('DANH SÁCH');
    expect(ws.getCell('A6').font).toMatchObject({ bold: true, size: 14 });
    expect(master('E6')).toBe('A6');
    expect(ws.getCell('A6').alignment.horizontal).toBe('center');
    expect(text('A7')).toContain('chi bộ chưa có');
    expect(ws.getCell('A7').font.bold).toBe(true);
  });

  it('writes the table header bold, centred, wrapped and bordered', () => {
    const titles = [1, 2, 3, 4, 5].map((c) => ws.getCell(TABLE_HEADER_ROW, c));
    expect(titles.map((c) => c.value)).toEqual(['STT', 'Tổ chức cơ sở đảng', 'Loại hình', 'Chi bộ', 'Số đảng viên']);
    for (const c of titles) {
      expect(c.font).toMatchObject({ bold: true, size: 12 });
      expect(c.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
      expect(c.border.top?.style).toBe('thin');
    }
  });

  it('lists exactly the uncovered cells, under bold group rows, then the total', () => {
    const expected = uncoveredCells(input, 2025);
    const data: string[][] = [];
    const groups: string[] = [];
    let total = '';
    for (let r = TABLE_HEADER_ROW + 1; r <= ws.rowCount; r++) {
      const a = ws.getCell(r, 1);
      if (typeof a.value === 'number') data.push([String(ws.getCell(r, 2).value), String(ws.getCell(r, 4).value)]);
      else if (/^[IVXLCDM]+\. /.test(String(a.value))) {
        groups.push(String(a.value));
        expect(a.font.bold).toBe(true);
        expect(master(`E${r}`)).toBe(`A${r}`);
      } else if (String(a.value).startsWith('Tổng cộng')) {
        total = String(a.value);
        expect(ws.getCell(r, 5).value).toBe(77);
        expect(ws.getCell(r, 5).numFmt).toBe('#,##0');
        break;
      }
    }
    expect(data).toEqual(expected.map((row) => [row.org.name, row.cell.name]));
    expect(groups).toEqual(['I. Chi bộ Phòng Tài chính - Kế hoạch', 'II. Đảng bộ xã Hợp Thành']);
    expect(total).toBe('Tổng cộng: 3 chi bộ');
  });

  it('uses Times New Roman in every written cell', () => {
    ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.value !== null && cell.value !== '') expect(cell.font.name, cell.address).toBe('Times New Roman');
    }));
  });

  it('signs on the right and lists recipients on the left', () => {
    const cells: { address: string; value: string }[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push({ address: c.address, value: String(c.value ?? '') })));
    const find = (v: string) => cells.find((c) => c.value === v)?.address ?? '';
    expect(find('T/M BAN THƯỜNG VỤ')).toMatch(/^C\d+$/);
    expect(find('Nơi nhận:')).toMatch(/^A\d+$/);
    expect(find('Nơi nhận:').slice(1)).toBe(find('T/M BAN THƯỜNG VỤ').slice(1));
    expect(ws.getCell(find('Nguyễn Văn Hùng')).font.bold).toBe(true);
    expect(find('- Lưu Văn phòng Huyện ủy.')).toMatch(/^A\d+$/);
  });

  it('sets up A4 printing with the table header repeated and the width fitted', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`,
      horizontalCentered: true,
    });
    expect(ws.pageSetup.margins).toMatchObject({ top: 0.787, bottom: 0.787, left: 1.181, right: 0.591 });
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: TABLE_HEADER_ROW });
    expect([1, 2, 3, 4, 5].map((c) => ws.getColumn(c).width)).toEqual([6, 30, 15, 27, 10]);
  });
});

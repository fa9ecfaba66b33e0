import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { uncoveredCells } from '../../../shared/coverage/coverage';
import { PARTY_HEADING } from '../../../shared/report/layout';
import { buildUncoveredCellsReport } from '../../../shared/report/uncovered-cells-report';
import { generateSampleData } from '../../../shared/sample/generator';
import { buildReportWorkbook, headerSplit, uniqueSheetNames, writeReportWorkbook, writeReportXlsx } from '../../../shared/xlsx/write-report';
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

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe('writeReportWorkbook', () => {
  it('writes one sheet per report, each with its own header, table and page setup', async () => {
    const a = buildUncoveredCellsReport(input);
    const b = { ...buildUncoveredCellsReport({ ...input, year: 2026 }), orientation: 'landscape' as const };
    const wb = await readBack(await writeReportWorkbook([a, b]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chưa có đăng ký 2025', 'Chưa có đăng ký 2026']);
    for (const [i, sheet] of wb.worksheets.entries()) {
      expect(String(sheet.getCell('C1').value)).toBe(PARTY_HEADING);
      expect(String(sheet.getCell(TABLE_HEADER_ROW, 2).value)).toBe('Tổ chức cơ sở đảng');
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: i === 0 ? 'portrait' : 'landscape',
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`,
      });
      expect(sheet.headerFooter.oddFooter).toBe('&C&"Times New Roman,Regular"&11Trang &P/&N');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: TABLE_HEADER_ROW });
    }
  });

  it('makes sheet names unique (ignoring case), safe and at most 31 characters', async () => {
    const doc = buildUncoveredCellsReport(input);
    const long = 'Tổng hợp theo tổ chức cơ sở đảng: quý I/2025';
    const wb = await readBack(await writeReportWorkbook([
      { ...doc, sheetName: long },
      { ...doc, sheetName: long },
      { ...doc, sheetName: 'BÁO CÁO' },
      { ...doc, sheetName: 'báo cáo' },
    ]));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(['Tổng hợp theo tổ chức cơ sở đản', 'Tổng hợp theo tổ chức cơ sở (2)', 'BÁO CÁO', 'báo cáo (2)']);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    expect(uniqueSheetNames(["'x'", '   ', 'a/b'])).toEqual(['x', 'Báo cáo', 'a b']);
  });

  it('refuses an empty list of reports', () => {
    expect(() => buildReportWorkbook([])).toThrow();
  });
});

describe('printed pages', () => {
  // Seed 6's 2025 list once printed its signature alone on a last page under a repeated header.
  const data = generateSampleData({ seed: 6 });
  const doc = buildUncoveredCellsReport({ ...data, year: 2025, date: { day: 5, month: 3, year: 2025 } });
  const sheet = buildReportWorkbook(doc).worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  const lastRow = sheet.rowCount;
  // exceljs keeps the breaks in the sheet's model; its Worksheet type does not list them.
  const rowBreaks = sheet.model.rowBreaks;
  const breaks = rowBreaks.map((b) => b.id);

  it('gives every row up to the signature an explicit height, so the pages can be laid out', () => {
    for (let r = 1; r <= lastRow; r++) expect(sheet.getRow(r).height, `row ${r}`).toBeGreaterThan(0);
  });

  it('breaks pages by hand, never just after a group row nor inside the closing part', () => {
    expect(breaks.length).toBeGreaterThan(2);
    const totalRow = [...Array(lastRow).keys()].map((i) => i + 1).find((r) => String(sheet.getCell(r, 1).value).startsWith('Tổng cộng'));
    expect(totalRow).toBeDefined();
    for (const b of breaks) {
      // A break after row b: row b must not be a group row, and the last data row, the
      // total, the notes and the signature all print on the last page.
      expect(String(sheet.getCell(b, 1).value), `row ${b}`).not.toMatch(/^[IVXLCDM]+\. /);
      expect(b).toBeLessThan((totalRow ?? 0) - 1);
    }
    expect(rowBreaks.every((b) => b.man === 1)).toBe(true);
  });

  it('fills each page to at most the A4 portrait height inside the margins', () => {
    const pageHeight = (25.7 / 2.54) * 72;
    const titleHeight = sheet.getRow(TABLE_HEADER_ROW).height;
    const starts = [1, ...breaks.map((b) => b + 1), lastRow + 1];
    for (let p = 0; p + 1 < starts.length; p++) {
      let used = p === 0 ? 0 : titleHeight;
      for (let r = starts[p] ?? 0; r < (starts[p + 1] ?? 0); r++) used += sheet.getRow(r).height;
      expect(used, `page ${p + 1}`).toBeLessThanOrEqual(pageHeight);
      // Not wastefully short either, except the last page and the one whose last rows moved onto it.
      if (p + 3 < starts.length) expect(used, `page ${p + 1}`).toBeGreaterThan(pageHeight * 0.8);
    }
  });
});

/**
 * The rows an import could not take, as an .xlsx the clerk prints or keeps open beside
 * their own file while fixing it: where (sheet, row, column), what was written, what is
 * wrong and what to do. A4 landscape, Times New Roman, header row on every page.
 */
import ExcelJS from 'exceljs';
import type { ReportColumn, ReportRow } from '../report/layout';
import { workbookBytes } from '../xlsx/workbook-bytes';
import { writeTable } from '../xlsx/write-table';
import { A4_PAPER_SIZE, PARTY_MARGINS } from '../xlsx/write-report';
import { FONT_NAME, SIZES, font, setMergedText } from '../xlsx/xlsx-style';
import type { RowIssue } from './types';

/** One problem, flat: what the import screen lists and the CLI prints. */
export interface IssueLine {
  sheet: string;
  row: number;
  /** Column letter(s), when the problem is in one cell. */
  column?: string;
  /** The value as written in the file ('' when the cell is empty). */
  value: string;
  /** Vietnamese: what is wrong and how to fix it. */
  reason: string;
}

export const issueLines = (issues: readonly RowIssue[]): IssueLine[] =>
  issues.map((i) => ({ sheet: i.ref.sheet, row: i.ref.row, ...(i.ref.column ? { column: i.ref.column } : {}), value: i.value, reason: i.reason }));

const COLUMNS: ReportColumn[] = [
  { key: 'stt', title: 'STT', width: 6, align: 'center' },
  { key: 'sheet', title: 'Trang tính', width: 16, align: 'left' },
  { key: 'row', title: 'Dòng', width: 8, align: 'center' },
  { key: 'column', title: 'Cột', width: 7, align: 'center' },
  { key: 'value', title: 'Nội dung trong tệp', width: 30, align: 'left' },
  { key: 'reason', title: 'Lỗi và cách sửa', width: 70, align: 'left' },
];

/** Title, file name and count above the table; the table header row comes after. */
const TABLE_ROW = 5;

function writeTitle(ws: ExcelJS.Worksheet, count: number, fileName: string): void {
  const widths = COLUMNS.map((c) => c.width);
  const n = COLUMNS.length;
  ws.getRow(1).height = setMergedText(ws, widths, 1, 1, n, 'DANH SÁCH CÁC DÒNG CẦN SỬA KHI NHẬP DỮ LIỆU', font(SIZES.title, { bold: true }), 'center');
  ws.getRow(2).height = setMergedText(ws, widths, 2, 1, n, `Tệp: ${fileName}`, font(SIZES.body, { italic: true }), 'center');
  const said = count === 0 ? 'Không có dòng nào cần sửa.' : `Có ${count} lỗi. Sửa từng dòng trong tệp theo hướng dẫn ở cột cuối, lưu lại rồi nhập lại tệp.`;
  ws.getRow(3).height = setMergedText(ws, widths, 3, 1, n, said, font(SIZES.table), 'left');
}

/**
 * The issues as an .xlsx, in the order given (the import lists them file order, top to
 * bottom). `fileName` is the clerk's file the rows refer to.
 */
export function createIssuesWorkbook(issues: readonly IssueLine[], fileName: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Theo dõi dự sinh hoạt chi bộ';
  const ws = wb.addWorksheet('Các dòng cần sửa');
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  writeTitle(ws, issues.length, fileName);
  const rows: ReportRow[] = issues.map((i, n) => ({
    kind: 'data',
    values: { stt: n + 1, sheet: i.sheet, row: i.row, column: i.column ?? '', value: i.value, reason: i.reason },
  }));
  const { headerRow } = writeTable(ws, COLUMNS, rows, undefined, TABLE_ROW);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4_PAPER_SIZE,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: PARTY_MARGINS,
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
  ws.headerFooter = { oddFooter: `&C&"${FONT_NAME},Regular"&11Trang &P/&N` };
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }];
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(issues.length, 1), column: COLUMNS.length } };
  return wb;
}

/** The .xlsx bytes of the issues list, ready to save next to the clerk's file. */
export function buildIssuesWorkbook(issues: readonly IssueLine[], fileName: string): Promise<Uint8Array> {
  return workbookBytes(createIssuesWorkbook(issues, fileName));
}

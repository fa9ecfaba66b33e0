/** The bordered table of a report: header row, data and group rows, total row. */
import type ExcelJS from 'exceljs';
import type { ReportColumn, ReportRow, ReportValue, TotalRow } from '../report/layout';
import { columnsWidthPx, rowHeightPt, wrappedLines } from './text-fit';
import { SIZES, THIN_BORDER, font, setMergedText } from './xlsx-style';

/**
 * One style object per column, weight and kind of value, shared by every cell that looks
 * alike. exceljs finds a cell's style id by the style object before it serializes the
 * style to compare it with the others, so 100,000 cells sharing a dozen objects skip
 * 100,000 serializations; the workbook's styles are the same. A cell's font, border or
 * alignment setters change its style object in place: cells written here are not touched
 * after, and the header row has its own objects.
 */
type TableStyles = (col: ReportColumn, bold: boolean, numFmt: boolean) => Partial<ExcelJS.Style>;

function tableStyles(): TableStyles {
  const cache = new Map<ReportColumn, Partial<ExcelJS.Style>[]>();
  return (col, bold, numFmt) => {
    const styles = cache.get(col) ?? [];
    cache.set(col, styles);
    const i = (bold ? 1 : 0) + (numFmt ? 2 : 0);
    styles[i] ??= {
      font: font(SIZES.table, { bold }),
      border: THIN_BORDER,
      alignment: { horizontal: col.align, vertical: 'middle', wrapText: true },
      ...(numFmt ? { numFmt: col.numFmt } : {}),
    };
    return styles[i];
  };
}

function putValue(cell: ExcelJS.Cell, col: ReportColumn, value: ReportValue | null | undefined, bold: boolean, styles: TableStyles): number {
  cell.value = value ?? null;
  cell.style = styles(col, bold, typeof value === 'number' && Boolean(col.numFmt));
  const text = value === null || value === undefined ? '' : String(value);
  return text.length === 0 ? 1 : wrappedLines(text, columnsWidthPx([col.width]), SIZES.table, bold);
}

function writeHeaderRow(ws: ExcelJS.Worksheet, columns: readonly ReportColumn[], row: number): void {
  // Every title centred, whatever its column's alignment.
  const centred = tableStyles();
  let lines = 1;
  columns.forEach((col, i) => {
    lines = Math.max(lines, putValue(ws.getCell(row, i + 1), { ...col, align: 'center' }, col.title, true, centred));
  });
  ws.getRow(row).height = rowHeightPt(lines, SIZES.table);
}

function writeTotal(ws: ExcelJS.Worksheet, columns: readonly ReportColumn[], total: TotalRow, row: number, styles: TableStyles): void {
  const widths = columns.map((c) => c.width);
  const firstValue = columns.findIndex((c) => total.values[c.key] !== undefined);
  const labelEnd = firstValue < 0 ? columns.length : Math.max(1, firstValue);
  let height = setMergedText(ws, widths, row, 1, labelEnd, total.label, font(SIZES.table, { bold: true }), 'center', THIN_BORDER);
  columns.slice(labelEnd).forEach((col, i) => {
    const lines = putValue(ws.getCell(row, labelEnd + i + 1), col, total.values[col.key], true, styles);
    height = Math.max(height, rowHeightPt(lines, SIZES.table));
  });
  ws.getRow(row).height = height;
}

export interface TableRows {
  /** The table header row, repeated on every printed page. */
  headerRow: number;
  /** Rows holding a group label. */
  groupRows: number[];
  /** The first row after the table. */
  nextRow: number;
}

/** Writes the table from `startRow` on and says which rows hold what. */
export function writeTable(
  ws: ExcelJS.Worksheet,
  columns: readonly ReportColumn[],
  rows: readonly ReportRow[],
  total: TotalRow | undefined,
  startRow: number,
): TableRows {
  const widths = columns.map((c) => c.width);
  const styles = tableStyles();
  writeHeaderRow(ws, columns, startRow);
  let row = startRow + 1;
  const groupRows: number[] = [];
  for (const r of rows) {
    if (r.kind === 'group') {
      groupRows.push(row);
      ws.getRow(row).height = setMergedText(ws, widths, row, 1, columns.length, r.label, font(SIZES.table, { bold: true }), 'left', THIN_BORDER);
    } else {
      let lines = 1;
      columns.forEach((col, i) => (lines = Math.max(lines, putValue(ws.getCell(row, i + 1), col, r.values[col.key], false, styles))));
      ws.getRow(row).height = rowHeightPt(lines, SIZES.table);
    }
    row++;
  }
  if (total) writeTotal(ws, columns, total, row++, styles);
  return { headerRow: startRow, groupRows, nextRow: row };
}

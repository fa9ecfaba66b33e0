/** The bordered table of a report: header row, data and group rows, total row. */
import type ExcelJS from 'exceljs';
import type { ReportColumn, ReportRow, ReportValue, TotalRow } from '../report/layout';
import { columnsWidthPx, rowHeightPt, wrappedLines } from './text-fit';
import { SIZES, THIN_BORDER, font, setMergedText } from './xlsx-style';

function putValue(cell: ExcelJS.Cell, col: ReportColumn, value: ReportValue | null | undefined, bold: boolean): number {
  cell.value = value ?? null;
  cell.font = font(SIZES.table, { bold });
  cell.border = THIN_BORDER;
  cell.alignment = { horizontal: col.align, vertical: 'middle', wrapText: true };
  if (typeof value === 'number' && col.numFmt) cell.numFmt = col.numFmt;
  const text = value === null || value === undefined ? '' : String(value);
  return text.length === 0 ? 1 : wrappedLines(text, columnsWidthPx([col.width]), SIZES.table, bold);
}

function writeHeaderRow(ws: ExcelJS.Worksheet, columns: readonly ReportColumn[], row: number): void {
  let lines = 1;
  columns.forEach((col, i) => {
    const cell = ws.getCell(row, i + 1);
    lines = Math.max(lines, putValue(cell, col, col.title, true));
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  ws.getRow(row).height = rowHeightPt(lines, SIZES.table);
}

function writeTotal(ws: ExcelJS.Worksheet, columns: readonly ReportColumn[], total: TotalRow, row: number): void {
  const widths = columns.map((c) => c.width);
  const firstValue = columns.findIndex((c) => total.values[c.key] !== undefined);
  const labelEnd = firstValue < 0 ? columns.length : Math.max(1, firstValue);
  let height = setMergedText(ws, widths, row, 1, labelEnd, total.label, font(SIZES.table, { bold: true }), 'center', THIN_BORDER);
  columns.slice(labelEnd).forEach((col, i) => {
    const lines = putValue(ws.getCell(row, labelEnd + i + 1), col, total.values[col.key], true);
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
  writeHeaderRow(ws, columns, startRow);
  let row = startRow + 1;
  const groupRows: number[] = [];
  for (const r of rows) {
    if (r.kind === 'group') {
      groupRows.push(row);
      ws.getRow(row).height = setMergedText(ws, widths, row, 1, columns.length, r.label, font(SIZES.table, { bold: true }), 'left', THIN_BORDER);
    } else {
      let lines = 1;
      columns.forEach((col, i) => (lines = Math.max(lines, putValue(ws.getCell(row, i + 1), col, r.values[col.key], false))));
      ws.getRow(row).height = rowHeightPt(lines, SIZES.table);
    }
    row++;
  }
  if (total) writeTotal(ws, columns, total, row++);
  return { headerRow: startRow, groupRows, nextRow: row };
}

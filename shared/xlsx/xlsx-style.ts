/** Fonts, borders and merged text shared by the xlsx writers. */
import type ExcelJS from 'exceljs';
import { columnsWidthPx, rowHeightPt, wrappedLines } from './text-fit';

/** TCVN 6909 (Unicode) font offices use; LibreOffice substitutes the metric-equal Liberation Serif. */
export const FONT_NAME = 'Times New Roman';
export const SIZES = { title: 14, body: 13, table: 12, recipients: 12 } as const;

export function font(size: number, extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, size, ...extra };
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
export const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Writes text into columns c1..c2 of a row (merged when wider than one column), wrapped,
 * and returns the row height in points the text needs.
 */
export function setMergedText(
  ws: ExcelJS.Worksheet,
  widths: readonly number[],
  row: number,
  c1: number,
  c2: number,
  text: string,
  f: Partial<ExcelJS.Font>,
  horizontal: 'left' | 'center' | 'right',
  border?: Partial<ExcelJS.Borders>,
): number {
  if (c2 > c1) ws.mergeCells(row, c1, row, c2);
  const cell = ws.getCell(row, c1);
  cell.value = text;
  cell.font = f;
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  if (border) {
    // A merged range shows the borders of every cell in it, not just the first.
    for (let c = c1; c <= c2; c++) ws.getCell(row, c).border = border;
  }
  const size = f.size ?? SIZES.body;
  const lines = text.length === 0 ? 1 : wrappedLines(text, columnsWidthPx(widths.slice(c1 - 1, c2)), size, f.bold === true);
  return rowHeightPt(lines, size);
}

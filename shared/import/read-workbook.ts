/**
 * Reads an .xlsx into plain grids: the only import stage that knows exceljs, so that every
 * later stage is a pure function over data the tests can write by hand.
 */
import ExcelJS from 'exceljs';
import { DomainError } from '../domain/errors';
import type { GridCell, SheetGrid } from './types';
import { isDate } from './cell-values';

type Merge = SheetGrid['merges'][number];

/** The file could not be read as a workbook; `message` is Vietnamese, ready to show. */
export class WorkbookReadError extends DomainError {
  constructor(code: 'errors.importLegacyFormat' | 'errors.importUnreadable' | 'errors.importEmptyFile', message: string) {
    super(code);
    this.name = 'WorkbookReadError';
    this.message = message;
  }
}

/** An OLE2 compound file: Excel 97–2003 (.xls), or an .xlsx saved with a password. */
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function checkSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) {
    throw new WorkbookReadError('errors.importEmptyFile', 'Tệp rỗng (0 byte). Hãy chọn lại tệp Excel.');
  }
  if (OLE2_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new WorkbookReadError(
      'errors.importLegacyFormat',
      'Tệp là định dạng Excel cũ (.xls) hoặc đã đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu nếu có, ' +
        'rồi chọn Lưu thành (Save As) kiểu "Excel Workbook (.xlsx)" và nhập lại.',
    );
  }
}

function unreadable(): WorkbookReadError {
  return new WorkbookReadError(
    'errors.importUnreadable',
    'Không đọc được tệp: đây không phải tệp Excel .xlsx hoặc tệp đã bị hỏng. ' +
      'Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi nhập lại.',
  );
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Dates shown as clerks write them, dd/mm/yyyy (exceljs gives UTC midnight). */
function dateText(d: Date): string {
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

function valueText(value: GridCell['value']): string {
  if (value === null) return '';
  if (isDate(value)) return dateText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}

interface Flat {
  value: GridCell['value'];
  formula: boolean;
  /** Shown instead of the value: Excel's error codes ("#REF!"). */
  error?: string;
  /** Rich text whose every run is bold counts as a bold cell. */
  bold?: boolean;
}

const hasKey = <K extends string>(v: object, key: K): v is Record<K, unknown> => key in v;

function flattenRichText(runs: ExcelJS.RichText[]): Flat {
  const value = runs.map((r) => r.text).join('');
  const bold = runs.length > 0 && runs.every((r) => r.font?.bold === true || r.text.trim() === '');
  return { value, formula: false, bold };
}

/** Formula results, rich text, hyperlinks and errors become one plain value. */
function flatten(v: ExcelJS.CellValue, formula = false): Flat {
  if (v === null || v === undefined) return { value: null, formula };
  if (typeof v !== 'object' || isDate(v)) return { value: v, formula };
  if (hasKey(v, 'formula') || hasKey(v, 'sharedFormula')) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    return flatten(result ?? null, true);
  }
  if (hasKey(v, 'error')) return { value: null, formula, error: String(v.error) };
  if (hasKey(v, 'richText')) return { ...flattenRichText((v as ExcelJS.CellRichTextValue).richText), formula };
  if (hasKey(v, 'text')) {
    // A hyperlink's text can itself be rich text.
    const text: unknown = v.text;
    if (typeof text === 'string') return { value: text, formula };
    if (typeof text === 'object' && text !== null && hasKey(text, 'richText')) {
      return { ...flattenRichText(text.richText as ExcelJS.RichText[]), formula };
    }
  }
  return { value: null, formula };
}

function toGridCell(cell: ExcelJS.Cell): GridCell | null {
  // Merged cells other than the top-left one repeat the master's value in exceljs.
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  const flat = flatten(cell.value);
  const text = flat.error ?? valueText(flat.value);
  if (text === '' && !flat.formula) return null;
  return {
    value: flat.value,
    text,
    bold: cell.font?.bold === true || flat.bold === true,
    formula: flat.formula,
    indent: cell.alignment?.indent ?? 0,
  };
}

/** Column letters to a 1-based number: "A" → 1, "AB" → 28. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B9:D10" (or "B9") → 1-based inclusive bounds; null for anything else. */
export function parseRange(range: string): Merge | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(range.trim());
  if (!m?.[1] || !m[2]) return null;
  const [c1, r1] = [columnNumber(m[1]), Number(m[2])];
  const [c2, r2] = m[3] && m[4] ? [columnNumber(m[3]), Number(m[4])] : [c1, r1];
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

function readSheet(ws: ExcelJS.Worksheet): SheetGrid {
  // ws.model.merges is the public list ("A1:C1"); ws._merges is private and may change.
  const merges = ws.model.merges.map(parseRange).filter((m): m is Merge => m !== null);
  const found: { row: number; col: number; cell: GridCell }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const grid = toGridCell(cell);
      if (grid) found.push({ row: rowNumber, col, cell: grid });
    });
  });
  // Sized by content, not ws.rowCount: a sheet formatted down to row 1,048,576 is common.
  let [rowCount, columnCount] = [0, 0];
  for (const f of [...found.map((x) => ({ bottom: x.row, right: x.col })), ...merges]) {
    rowCount = Math.max(rowCount, f.bottom);
    columnCount = Math.max(columnCount, f.right);
  }
  const cells = Array.from({ length: rowCount }, () => new Array<GridCell | null>(columnCount).fill(null));
  for (const f of found) (cells[f.row - 1] as (GridCell | null)[])[f.col - 1] = f.cell;
  return { name: ws.name, rowCount, columnCount, cells, merges };
}

/**
 * Every worksheet of an .xlsx as a grid. Throws WorkbookReadError (Vietnamese message) for
 * an empty file, an .xls or password-protected file, or anything that is not an .xlsx.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetGrid[]> {
  checkSignature(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs' load() is typed for Node's Buffer; JSZip takes a Uint8Array just the same.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable();
  }
  // A zip that is not a workbook (a .docx renamed) loads with no sheets.
  if (wb.worksheets.length === 0) throw unreadable();
  return wb.worksheets.map(readSheet);
}

/**
 * Reads an .xlsx into plain grids: the only import stage that knows exceljs, so that every
 * later stage is a pure function over data the tests can write by hand.
 */
import ExcelJS from 'exceljs';
import { DomainError } from '../domain/errors';
import type { GridCell, SheetGrid } from './types';
import { isDate } from './cell-values';
import { guardXlsx, sheetTooLarge, XLSX_LIMITS, ZipGuardError } from './zip-guard';

type Merge = SheetGrid['merges'][number];

/** The file could not be read as a workbook; `message` is Vietnamese, ready to show. */
export class WorkbookReadError extends DomainError {
  constructor(code: 'errors.importLegacyFormat' | 'errors.importUnreadable' | 'errors.importEmptyFile' | 'errors.importFile', message: string) {
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

/** A hostile or absurd file (zip-guard.ts) is refused before exceljs inflates any of it. */
async function guard(bytes: Uint8Array): Promise<void> {
  try {
    await guardXlsx(bytes);
  } catch (error) {
    if (!(error instanceof ZipGuardError)) throw error;
    throw error.kind === 'refused' ? new WorkbookReadError('errors.importFile', error.message) : unreadable();
  }
}

/** Past the guard (which cannot see a cell's column, nor a merge), a sheet still too big for a grid. */
function tooLarge(sheet: string, row: number, column: number): WorkbookReadError | null {
  const { maxRows, maxColumns } = XLSX_LIMITS;
  const vi = (n: number) => n.toLocaleString('vi-VN');
  const what =
    row > maxRows
      ? `có dữ liệu đến dòng ${vi(row)}, quá giới hạn ${vi(maxRows)} dòng`
      : column > maxColumns
        ? `có dữ liệu đến cột thứ ${vi(column)}, quá giới hạn ${vi(maxColumns)} cột`
        : null;
  return what === null ? null : new WorkbookReadError('errors.importFile', sheetTooLarge(`trang “${sheet}”`, what));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Dates shown as clerks write them, dd/mm/yyyy (exceljs gives UTC midnight); a time of day
 * (a time-formatted cell reads as 30/12/1899) as HH:mm, a date-time as both.
 */
function dateText(exact: Date): string {
  // Excel keeps times as fractions of a day: 07:30 may come back as 07:29:59.999.
  const d = new Date(Math.round(exact.getTime() / 60_000) * 60_000);
  const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
  if (d.getTime() < EXCEL_DAY_ONE_MS && d.getTime() >= EXCEL_EPOCH_MS) return time;
  const day = `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  return time === '00:00' ? day : `${day} ${time}`;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_DAY_ONE_MS = Date.UTC(1899, 11, 31);

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

/**
 * The merged ranges ("A1:C1"). `ws.model.merges` is the public list, but building
 * `ws.model` serializes every row and cell of the sheet (~60 ms for 15,000 rows) just to
 * list them: the private `_merges` it reads them from (exceljs 4.4, pinned) is used when
 * it has the expected shape.
 */
function mergeRanges(ws: ExcelJS.Worksheet): string[] {
  const own = (ws as unknown as { _merges?: unknown })._merges;
  if (typeof own !== 'object' || own === null) return ws.model.merges;
  const ranges = Object.values(own).map((m: unknown) => (typeof m === 'object' && m !== null && 'range' in m ? m.range : undefined));
  return ranges.every((r): r is string => typeof r === 'string') ? ranges : ws.model.merges;
}

type Visit = (row: number, col: number, cell: ExcelJS.Cell) => void;

/**
 * Every stored cell, row by row, left to right. exceljs' eachRow first scans each row for a
 * value and eachCell calls back through two closures per cell; its own sparse arrays
 * (`_rows`, `_cells`, exceljs 4.4) are walked directly when they have that shape.
 */
function eachStoredCell(ws: ExcelJS.Worksheet, visit: Visit): void {
  const rows = (ws as unknown as { _rows?: unknown })._rows;
  if (!Array.isArray(rows)) {
    ws.eachRow((row, r) => row.eachCell((cell, c) => visit(r, c, cell)));
    return;
  }
  rows.forEach((row: unknown, i) => {
    const cells = typeof row === 'object' && row !== null ? (row as { _cells?: unknown })._cells : undefined;
    if (Array.isArray(cells)) cells.forEach((cell: unknown, j) => cell && visit(i + 1, j + 1, cell as ExcelJS.Cell));
    else if (row) ws.getRow(i + 1).eachCell((cell, c) => visit(i + 1, c, cell));
  });
}

function readSheet(ws: ExcelJS.Worksheet): SheetGrid {
  const merges = mergeRanges(ws).map(parseRange).filter((m): m is Merge => m !== null);
  // Sized by content, not ws.rowCount: a sheet formatted down to row 1,048,576 is common.
  let [rowCount, columnCount] = [0, 0];
  const found: { row: number; cells: (GridCell | null)[] }[] = [];
  let current: { row: number; cells: (GridCell | null)[] } | undefined;
  eachStoredCell(ws, (rowNumber, col, cell) => {
    const grid = toGridCell(cell);
    if (!grid) return;
    const refusal = tooLarge(ws.name, rowNumber, col);
    if (refusal) throw refusal;
    if (current?.row !== rowNumber) found.push((current = { row: rowNumber, cells: [] }));
    const cells = current.cells;
    while (cells.length < col - 1) cells.push(null);
    cells[col - 1] = grid;
    rowCount = rowNumber;
    columnCount = Math.max(columnCount, cells.length);
  });
  for (const m of merges) [rowCount, columnCount] = [Math.max(rowCount, m.bottom), Math.max(columnCount, m.right)];
  const refusal = tooLarge(ws.name, rowCount, columnCount);
  if (refusal) throw refusal;
  const grid: (GridCell | null)[][] = new Array<(GridCell | null)[]>(rowCount);
  let next = 0;
  for (let r = 1; r <= rowCount; r++) {
    const own = found[next]?.row === r ? found[next++]?.cells : undefined;
    const cells = own ?? [];
    while (cells.length < columnCount) cells.push(null);
    grid[r - 1] = cells;
  }
  return { name: ws.name, rowCount, columnCount, cells: grid, merges };
}

/**
 * Every worksheet of an .xlsx as a grid. Throws WorkbookReadError (Vietnamese message) for
 * an empty file, an .xls or password-protected file, anything that is not an .xlsx, or one
 * over the limits of zip-guard.ts (a decompression bomb, a sheet of a million rows).
 */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetGrid[]> {
  checkSignature(bytes);
  await guard(bytes);
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

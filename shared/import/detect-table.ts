/**
 * Finds the table inside a sheet laid out like a Party document: past the header block
 * (superior body, "ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số …", place and date, title), through
 * one or two header rows and an optional "(1) (2) (3)" row, down to where the signature
 * block, "Nơi nhận", footnotes or a long empty gap begin.
 */
import { fold, memoize } from './assemble-common';
import { headerScores, isHeaderText } from './column-mapping';
import { cleanText } from './cell-values';
import type { DetectedTable, GridCell, ImportField, ImportKind, SheetGrid } from './types';

type Merge = SheetGrid['merges'][number];

/** Party headers take 6–10 rows; a header row further down than this is not the table's. */
const SCAN_ROWS = 40;
const MAX_HEADER_ROWS = 3;
/** Blank rows in a row that end the data (one or two are spacing between sections). */
const BLANK_GAP = 3;

export function cellAt(grid: SheetGrid, row: number, col: number): GridCell | null {
  return grid.cells[row - 1]?.[col - 1] ?? null;
}

export const cellText = (grid: SheetGrid, row: number, col: number): string => cellAt(grid, row, col)?.text ?? '';

/** The row's own non-empty cells (merge continuations are empty), left to right. */
export function rowCells(grid: SheetGrid, row: number): { col: number; cell: GridCell }[] {
  const out: { col: number; cell: GridCell }[] = [];
  (grid.cells[row - 1] ?? []).forEach((cell, i) => {
    if (cell && cell.text !== '') out.push({ col: i + 1, cell });
  });
  return out;
}

export const isBlankRow = (grid: SheetGrid, row: number): boolean => rowCells(grid, row).length === 0;

export function mergeCovering(grid: SheetGrid, row: number, col: number): Merge | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** The text shown at (row, col): a merged range shows its top-left cell's text everywhere. */
function shownText(grid: SheetGrid, row: number, col: number): string {
  const m = mergeCovering(grid, row, col);
  return m ? cellText(grid, m.top, m.left) : cellText(grid, row, col);
}

const HEADING = [
  /^dang bo (tinh|thanh pho|khoi)\b/,
  /^dang cong san viet nam\b/,
  /^(huyen|thi|thanh|dang) uy\b/,
  /^\*+$/,
  // "Số 12-DS/HU", "Số    -KH/HU"; not a header like "Số ĐV/CB".
  /^so\b[^a-z]*-\s*[a-z]{1,4}\/[a-z]{1,5}\b/,
  // "Yên Thành, ngày … tháng … năm …" or a dated line; not a header like "Ngày, tháng, năm sinh".
  /,\s*ngay\b.*\bthang\b.*\bnam\b/,
  /\bngay\b.*\bthang\b.*\bnam\s*\d{4}/,
  /^(danh sach|ke hoach|bao cao|tong hop|bang tong hop|thong bao|quyet dinh)\b/,
];

/** A line of the Party document's header block, never a column header. */
export function isHeadingText(text: string): boolean {
  const folded = fold(text);
  return HEADING.some((re) => re.test(folded));
}

const numericText = (text: string) => /^[\d\s.,()+\-*/=]+$/.test(text);

/** Every kind of list has these; they say "a table", not "this kind of table". */
const GENERIC_FIELDS: ReadonlySet<string> = new Set<ImportField>(['stt', 'note']);
/** Below this a match is a loose reading ("Đơn vị" as an organization). */
const STRONG_MATCH = 6;

/** How many cells read as this kind's headers; 0 unless one of them names a kind-specific field clearly. */
function headerRowScore(grid: SheetGrid, row: number, kind: ImportKind): number {
  const cells = rowCells(grid, row);
  if (cells.some(({ cell }) => isHeadingText(cell.text))) return 0;
  let [count, strong] = [0, 0];
  for (const { cell } of cells) {
    const scores = numericText(cell.text) ? [] : Object.entries(headerScores(cell.text, kind));
    if (scores.length > 0) count++;
    if (scores.some(([field, w]) => !GENERIC_FIELDS.has(field) && w >= STRONG_MATCH)) strong++;
  }
  return strong > 0 ? count : 0;
}

/** Cells of the row that read as this kind's headers, strong or not. */
function matchingCells(grid: SheetGrid, row: number, kind: ImportKind): number {
  return rowCells(grid, row).filter(({ cell }) => !numericText(cell.text) && isHeaderText(cell.text, kind)).length;
}

/**
 * The row scored with its sub-header row, if it has one: a two-row header names all its
 * columns only together, and a data row below it can happen to match as many words
 * ("Văn Thắng" reads as "tháng", "Trưởng Ban…" as "bản").
 */
function bandScore(grid: SheetGrid, row: number, kind: ImportKind): number {
  const score = headerRowScore(grid, row, kind);
  if (score === 0 || !isSubHeaderRow(grid, row, row + 1, kind)) return score;
  return score + matchingCells(grid, row + 1, kind);
}

function bestHeaderRow(grid: SheetGrid, kind: ImportKind): number | null {
  let best: number | null = null;
  let bestScore = 1; // one matching cell could be a title; a header names at least two columns
  for (let r = 1; r <= Math.min(grid.rowCount, SCAN_ROWS); r++) {
    const score = bandScore(grid, r, kind);
    if (score > bestScore) [best, bestScore] = [r, score];
  }
  return best;
}

const COLUMN_NUMBER = /^\(?\s*(\d{1,2}|[A-Z])\s*\)?(\s*[=+\-*x/]\s*\(?\s*\d{1,2}\s*\)?)*$/;

/** "(1) (2) (3)", "1 2 3", "A B 1 2" or "(4)=(2)+(3)": the numbering row under a header. */
export function isColumnNumberRow(grid: SheetGrid, row: number): boolean {
  return isColumnNumberCells(rowCells(grid, row));
}

/** isColumnNumberRow for a row's cells already at hand. */
export function isColumnNumberCells(cells: ReturnType<typeof rowCells>): boolean {
  if (cells.length < 2 || !cells.every(({ cell }) => COLUMN_NUMBER.test(cell.text))) return false;
  const numbers = cells.map(({ cell }) => /\d+/.exec(cell.text)).filter((m) => m !== null).map((m) => Number(m[0]));
  const increasing = numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? 0));
  const parenthesized = cells.every(({ cell }) => cell.text.startsWith('('));
  // "1 2" alone could be a data row (STT and a count); three cells or brackets are not.
  return increasing && (parenthesized || cells.length >= 3);
}

/**
 * `lower` holds sub-headers of `upper`: text only, not numbering, and at least one of its
 * cells sits under a horizontally merged group header or under an empty upper cell (a
 * group header the clerk did not merge).
 */
function isSubHeaderRow(grid: SheetGrid, upper: number, lower: number, kind: ImportKind): boolean {
  if (upper < 1 || lower > grid.rowCount) return false;
  const up = rowCells(grid, upper);
  if (up.length < 2 || up.some(({ cell }) => isHeadingText(cell.text))) return false;
  const cells = rowCells(grid, lower);
  if (cells.length === 0 || isColumnNumberRow(grid, lower)) return false;
  if (cells.some(({ cell }) => numericText(cell.text) || cell.text.length > 80)) return false;
  const underGroup = (col: number) => {
    const m = mergeCovering(grid, upper, col);
    return (m !== undefined && m.right > m.left) || shownText(grid, upper, col) === '';
  };
  return (
    cells.some(({ col }) => underGroup(col)) &&
    cells.every(({ col, cell }) => underGroup(col) || isHeaderText(cell.text, kind))
  );
}

/** The header rows around the best-scoring one: vertical merges and sub-header rows. */
function headerBand(grid: SheetGrid, row: number, kind: ImportKind): [number, number] {
  let [top, bottom] = [row, row];
  for (const m of grid.merges) {
    const tall = m.bottom > m.top && m.bottom - m.top < MAX_HEADER_ROWS;
    if (!tall || m.top > row || m.bottom < row || cellText(grid, m.top, m.left) === '') continue;
    if (m.top < row && isHeadingText(cellText(grid, m.top, m.left))) continue;
    [top, bottom] = [Math.min(top, m.top), Math.max(bottom, m.bottom)];
  }
  if (top === bottom && isSubHeaderRow(grid, row, row + 1, kind)) bottom = row + 1;
  else if (top === bottom && isSubHeaderRow(grid, row - 1, row, kind)) top = row - 1;
  return [top, bottom];
}

/** Each column's header: the band's texts top to bottom, a merged text said once. */
function headerTexts(grid: SheetGrid, top: number, bottom: number): DetectedTable['headers'] {
  const headers: DetectedTable['headers'] = [];
  for (let col = 1; col <= grid.columnCount; col++) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const text = cleanText(shownText(grid, r, col));
      if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
    }
    if (parts.length > 0) headers.push({ column: col, text: parts.join(' ') });
  }
  return headers;
}

/** Signature block and its neighbours: "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "Nơi nhận:", "Người lập biểu". */
const END_ANY = [
  /^(t\/m|tm|k\/t|kt|t\/l|tl)\s*[.:]?\s*(ban|dang|huyen|chi|thuong|bi thu|chanh|truong)\b/,
  /^noi nhan\b/,
  /^nguoi lap( bieu| bang| danh sach)?\b/,
  /^[^,]{2,40}, ngay\b.*\bthang\b.*\bnam\b/,
];
/** Footnotes start in the row's first cell. */
const END_FIRST = /^[*-]?\s*(ghi chu|chu thich|luu y)\s*:/;

type EndTest = (text: string) => boolean;
const endsAny: EndTest = (text) => {
  const folded = fold(text);
  return END_ANY.some((re) => re.test(folded));
};
const endsFirst: EndTest = (text) => END_FIRST.test(fold(text));

/**
 * Whether a text can end the data at all, from its first character (and a comma for the
 * place-and-date line): END_ANY starts with t, k or n, END_FIRST with *, -, g, c or l.
 * Spaces and anything but ASCII go to the full test. Spares folding most names and numbers.
 */
const mayEnd = (text: string, firsts: string): boolean => {
  const c = text.charCodeAt(0);
  return c <= 32 || c >= 128 || firsts.includes(text.charAt(0).toLowerCase());
};
const quickAny = (test: EndTest): EndTest => (text) => (mayEnd(text, 'tkn') || text.includes(',')) && test(text);
const quickFirst = (test: EndTest): EndTest => (text) => mayEnd(text, '*-gcl') && test(text);

function endOfData(cells: ReturnType<typeof rowCells>, any: EndTest, first: EndTest): boolean {
  if (cells.some(({ cell }) => any(cell.text))) return true;
  return cells[0] !== undefined && first(cells[0].cell.text);
}

export function isEndOfDataRow(grid: SheetGrid, row: number): boolean {
  return endOfData(rowCells(grid, row), endsAny, endsFirst);
}

/** The row's texts, left to right, without building its cell list (this runs on every row). */
function rowEnds(grid: SheetGrid, row: number, any: EndTest, first: EndTest): 'end' | 'blank' | 'data' {
  let seen = false;
  for (const cell of grid.cells[row - 1] ?? []) {
    if (!cell || cell.text === '') continue;
    if (any(cell.text) || (!seen && first(cell.text))) return 'end';
    seen = true;
  }
  return seen ? 'data' : 'blank';
}

function findDataEnd(grid: SheetGrid, dataStart: number): number {
  // Each distinct text tested once: a province list repeats its names on thousands of rows.
  const [any, first] = [quickAny(memoize(endsAny)), quickFirst(memoize(endsFirst))];
  let last = dataStart - 1;
  let gap = 0;
  for (let r = dataStart; r <= grid.rowCount; r++) {
    const kind = rowEnds(grid, r, any, first);
    if (kind === 'end') break;
    if (kind === 'data') [last, gap] = [r, 0];
    else if (++gap >= BLANK_GAP) break;
  }
  return last;
}

/**
 * The table of this kind in the sheet, or null when no row within the first 40 reads like
 * its header: at least two cells naming known columns, one of them clearly of this kind.
 */
export function detectTable(grid: SheetGrid, kind: ImportKind): DetectedTable | null {
  const row = bestHeaderRow(grid, kind);
  if (row === null) return null;
  const [headerTop, headerBottom] = headerBand(grid, row, kind);
  const columnNumberRow = isColumnNumberRow(grid, headerBottom + 1) ? headerBottom + 1 : null;
  const dataStart = (columnNumberRow ?? headerBottom) + 1;
  return {
    sheet: grid.name,
    headerTop,
    headerBottom,
    columnNumberRow,
    dataStart,
    dataEnd: findDataEnd(grid, dataStart),
    headers: headerTexts(grid, headerTop, headerBottom),
  };
}

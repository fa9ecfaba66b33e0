/**
 * Turns the table's rows into data rows, resolving the structure clerks express with
 * layout: section rows ("I. ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY"), bold organization rows with
 * their cells listed below, one official merged over several rows, subtotal and total
 * rows, blank rows, and the "(1) (2) (3)" row repeated under page breaks.
 */
import { fold, memoize } from './assemble-common';
import { cleanText } from './cell-values';
import { cellAt, isColumnNumberCells, rowCells } from './detect-table';
import type { CellRef, ColumnMapping, DetectedTable, ExtractedRow, GridCell, ImportField, SheetGrid } from './types';

export type SkipReason = 'section' | 'group' | 'total' | 'blank' | 'columnNumbers';

export interface ExtractResult {
  rows: ExtractedRow[];
  /** Rows inside the table that are not data, and why; in sheet order. */
  skipped: { ref: CellRef; reason: SkipReason }[];
}

type OwnCells = ReturnType<typeof rowCells>;

/** 1 → "A", 28 → "AB": cell addresses as the clerk sees them. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Cells a vertical merge covers inside the data, mapped to its top-left cell. Only down
 * the merge's first column: a merge across the row ("Tổng cộng" over A:C) is one value,
 * not three.
 */
function fillDownMap(grid: SheetGrid, table: DetectedTable): Map<number, GridCell> {
  const filled = new Map<number, GridCell>();
  for (const m of grid.merges) {
    const master = cellAt(grid, m.top, m.left);
    if (!master || m.bottom === m.top || m.top < table.dataStart || m.top > table.dataEnd) continue;
    for (let r = m.top + 1; r <= Math.min(m.bottom, table.dataEnd); r++) filled.set(cellKey(r, m.left), master);
  }
  return filled;
}

/** Excel has at most 16,384 columns. */
const cellKey = (row: number, col: number) => row * 16_384 + col;

const NUMERAL_ALONE = /^([IVXLC]+|[A-Z])\s*[.)]?$/u;
const NUMERAL_TITLE = /^(?:[IVXLC]+|[A-Z])\s*[.)\-–:]\s*(\S.*)$/u;
const isNumeric = (text: string) => /^[\d\s.,()]+$/u.test(text);

/** "I. ỦY VIÊN…" in one cell (merged or not), or "I" | "ỦY VIÊN…" split over cells. */
function numberedSection(own: OwnCells): string | null {
  const first = own[0];
  if (!first) return null;
  const alone = NUMERAL_ALONE.test(first.cell.text);
  const m = alone ? null : NUMERAL_TITLE.exec(first.cell.text);
  // Checked first: this runs on every data row, and almost none is a section.
  if (!alone && !m?.[1]) return null;
  // Section rows may carry their own counts or subtotals; the title is the text around them.
  const texts = own.slice(1).filter(({ cell }) => !cell.formula && !isNumeric(cell.text)).map(({ cell }) => cell.text);
  if (alone) return texts.length > 0 ? cleanText(texts.join(' ')) : null;
  return m?.[1] ? cleanText([m[1], ...texts].join(' ')) : null;
}

/** Organizations are named by their kind first: "Đảng bộ xã…", "Chi bộ Trường…", "Công an…". */
const ORG_LIKE =
  /^(dang bo|chi bo|dang uy|to chuc|xa|phuong|thi tran|co quan|truong|cong ty|benh vien|ban|cong an|quan su|doanh nghiep|trung tam|uy ban|van phong|hoi|lien doan|khoi|so|phong|thon|xom|to dan pho)\b/;

const isUpperCase = (text: string) => text === text.toUpperCase() && text !== text.toLowerCase();

/**
 * "Tổng cộng", "Tổng số: 5 đồng chí", "Cộng", "Cộng:", "Cộng Đảng bộ xã…", "Toàn huyện".
 * Diacritics matter ("Công an" is not "Cộng"), and "Tổng công ty…" names an organization.
 */
const TOTAL_WORD =
  /^(?:(?:tổng cộng|tổng số|toàn huyện|cả huyện)(?=$|[\s:.(,])|(?:tổng|cộng)\s*(?=$|[:.(\d])|cộng\s+(?:đảng bộ|chi bộ|khối|nhóm|phần|mục|[ivx]+\b))/u;
/** The same typed without diacritics ("Tong cong"); "tong cong ty" is still a company. */
const TOTAL_FOLDED = /^(tong cong|tong so)\b(?! ty\b)/;

function isTotalLabel(written: string): boolean {
  const text = cleanText(written).toLowerCase();
  const folded = fold(text);
  // Only text typed without diacritics is read folded: folding "Tổng công ty" gives "tong cong".
  return TOTAL_WORD.test(text) || (folded === text && TOTAL_FOLDED.test(folded));
}

function isTotalRow(own: OwnCells, sttColumn: number | undefined, totalLabel: (text: string) => boolean): boolean {
  const label = own.find(({ cell }) => !cell.formula && !isNumeric(cell.text));
  if (label) return totalLabel(label.cell.text);
  // A formula with nothing naming the row is a sum; a formula STT counter ("=A12+1") is not.
  return own.some(({ col, cell }) => cell.formula && col !== sttColumn);
}

/** A row whose cells start further right than the one above them lists that one's members. */
function nextRowIndented(grid: SheetGrid, row: number, table: DetectedTable, indent: number): boolean {
  for (let r = row + 1; r <= table.dataEnd; r++) {
    const cells = rowCells(grid, r);
    if (cells.length > 0) return cells.some(({ cell }) => cell.indent > indent);
  }
  return false;
}

type Structure = { kind: 'section' | 'group'; text: string } | null;

/** A section or organization heading row inside the data. */
function structureRow(grid: SheetGrid, row: number, own: OwnCells, table: DetectedTable, mapping: ColumnMapping): Structure {
  const numbered = numberedSection(own);
  if (numbered !== null) return { kind: 'section', text: numbered };
  const only = own.length === 1 ? own[0] : undefined;
  if (!only || only.col === mapping.stt || only.cell.formula || isNumeric(only.cell.text)) return null;
  const text = cleanText(only.cell.text);
  if (!only.cell.bold && !nextRowIndented(grid, row, table, only.cell.indent)) return null;
  // A bold caption in capitals that names no organization ("TỈNH ỦY VIÊN") is a section.
  if (isUpperCase(text) && !ORG_LIKE.test(fold(text))) return { kind: 'section', text };
  return { kind: 'group', text };
}

function dataRow(
  grid: SheetGrid,
  row: number,
  fields: readonly [ImportField, number][],
  filled: Map<number, GridCell>,
): Pick<ExtractedRow, 'values' | 'raw'> {
  const values: ExtractedRow['values'] = {};
  const raw: ExtractedRow['raw'] = {};
  for (const [field, col] of fields) {
    const cell = cellAt(grid, row, col) ?? filled.get(cellKey(row, col)) ?? null;
    values[field] = cleanText(cell?.text ?? '');
    raw[field] = cell?.value ?? null;
  }
  return { values, raw };
}

/** Nothing but a row number: the pre-numbered empty rows at the end of a clerk's template. */
const isEmptyData = (values: ExtractedRow['values'], fields: readonly [ImportField, number][]) =>
  fields.every(([field]) => field === 'stt' || values[field] === '');

/** The cell naming what the row is about: its first text that is not the STT, a count or a formula. */
function labelCell(own: OwnCells, sttColumn: number | undefined): GridCell | undefined {
  return own.find(({ col, cell }) => col !== sttColumn && !cell.formula && !isNumeric(cell.text))?.cell;
}

/** An organization row with its cells listed under it, and how far in they are listed. */
interface OpenGroup {
  text: string;
  indent: number;
  /** The first listed row's indent; null until one is seen. */
  listed: number | null;
}

const isBoldOrg = (label: GridCell): boolean => label.bold && ORG_LIKE.test(fold(cleanText(label.text)));

/**
 * Whether a data row still belongs to the open group. It does not once the listing is
 * over: the row is back at the group row's indent after indented cells, or is itself a
 * bold organization (a chi bộ cơ sở listed after a đảng bộ's cells).
 */
function stillInGroup(group: OpenGroup, label: GridCell | undefined): boolean {
  if (!label) return true;
  if (isBoldOrg(label)) return false;
  if (group.listed === null) {
    group.listed = label.indent;
    return true;
  }
  return !(group.listed > group.indent && label.indent <= group.indent);
}

/**
 * The table's data rows, top to bottom, each knowing its section and group, with vertically
 * merged cells filled into every row of the merge; and every other row with the reason it
 * was left out.
 */
export function extractRows(grid: SheetGrid, table: DetectedTable, mapping: ColumnMapping): ExtractResult {
  const filled = fillDownMap(grid, table);
  const fields = Object.entries(mapping) as [ImportField, number][];
  // Labels repeat down a sheet (one official over many rows).
  const totalLabel = memoize(isTotalLabel);
  const result: ExtractResult = { rows: [], skipped: [] };
  let section: string | null = null;
  let open: OpenGroup | null = null;
  for (let row = table.dataStart; row <= table.dataEnd; row++) {
    const ref: CellRef = { sheet: grid.name, row };
    const skip = (reason: SkipReason) => result.skipped.push({ ref, reason });
    const own = rowCells(grid, row);
    if (own.length === 0) {
      skip('blank');
      continue;
    }
    if (isColumnNumberCells(own)) {
      skip('columnNumbers');
      continue;
    }
    if (isTotalRow(own, mapping.stt, totalLabel)) {
      open = null; // a subtotal closes the organization above it
      skip('total');
      continue;
    }
    const structure = structureRow(grid, row, own, table, mapping);
    if (structure?.kind === 'section') [section, open] = [structure.text, null];
    if (structure?.kind === 'group') open = { text: structure.text, indent: own[0]?.cell.indent ?? 0, listed: null };
    if (structure) {
      skip(structure.kind);
      continue;
    }
    const { values, raw } = dataRow(grid, row, fields, filled);
    if (isEmptyData(values, fields)) {
      skip('blank');
      continue;
    }
    const label = labelCell(own, mapping.stt);
    if (open && !stillInGroup(open, label)) open = null;
    result.rows.push({ ref, values, raw, section, group: open?.text ?? null });
    // A bold organization's own row (its STT, total…) with its cells indented under it.
    if (!open && label && isBoldOrg(label) && nextRowIndented(grid, row, table, label.indent)) {
      open = { text: cleanText(label.text), indent: label.indent, listed: null };
    }
  }
  return result;
}


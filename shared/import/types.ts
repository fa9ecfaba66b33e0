/**
 * The import pipeline's contracts. Stages, each a pure function over these types:
 *
 *   bytes ──read-workbook──▶ SheetGrid[] ──detect-table──▶ DetectedTable
 *         ──column-mapping──▶ ColumnMapping ──extract-rows──▶ ExtractedRow[]
 *         ──assemble-*──▶ ImportPlan (records + row statuses + decisions to ask the user)
 *
 * Four kinds of file: the directory, the officials, the registrations, and the meeting
 * notices (assemble-meetings), which add no one and nothing but meetings, each linked to a
 * registration already stored.
 *
 * Only read-workbook knows exceljs; everything after it works on plain grids, so the unit
 * tests and the CLI run the very code the worker runs.
 */

export type ImportKind = 'directory' | 'officials' | 'registrations' | 'meetings';

/** One spreadsheet cell as the importer sees it. Rows and columns are 1-based, like Excel. */
export interface GridCell {
  /** The cell's value: formulas give their cached result; rich text is flattened. */
  value: string | number | boolean | Date | null;
  /** What Excel shows, trimmed; '' for empty. */
  text: string;
  bold: boolean;
  /** Computed by a formula (subtotals, totals): never data. */
  formula: boolean;
  /** Alignment indent level (cells listed under their organization are often indented). */
  indent: number;
}

export interface SheetGrid {
  name: string;
  rowCount: number;
  columnCount: number;
  /** cells[row - 1][col - 1]; null where the sheet has nothing. */
  cells: (GridCell | null)[][];
  /** Merged ranges, 1-based inclusive. Only the top-left cell holds the value. */
  merges: { top: number; left: number; bottom: number; right: number }[];
}

/** A cell address for messages: "Sheet1", row 12, column "C". */
export interface CellRef {
  sheet: string;
  row: number;
  /** Column letter(s), as the clerk sees them in Excel. */
  column?: string;
}

/** The fields each kind of file can hold. */
export const DIRECTORY_FIELDS = ['stt', 'org', 'cell', 'orgType', 'members'] as const;
export const OFFICIAL_FIELDS = ['stt', 'name', 'position', 'group', 'committee', 'area', 'field', 'capacity'] as const;
export const REGISTRATION_FIELDS = ['stt', 'official', 'position', 'org', 'cell', 'time', 'note'] as const;
/** A grassroots meeting notice ("Lịch sinh hoạt"): who attends which cell, when, where, what. */
export const MEETING_FIELDS = [
  'stt',
  'official',
  'org',
  'cell',
  'date',
  'startTime',
  'place',
  'meetingType',
  'agenda',
  'host',
  'confirmed',
  'noticeDate',
  'note',
] as const;

export type DirectoryField = (typeof DIRECTORY_FIELDS)[number];
export type OfficialField = (typeof OFFICIAL_FIELDS)[number];
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];
export type MeetingField = (typeof MEETING_FIELDS)[number];
export type ImportField = DirectoryField | OfficialField | RegistrationField | MeetingField;

export interface DetectedTable {
  sheet: string;
  /** First and last header rows (one or two merged header rows). */
  headerTop: number;
  headerBottom: number;
  /** The "(1) (2) (3)" row under the header, if any. */
  columnNumberRow: number | null;
  /** First row that can hold data. */
  dataStart: number;
  /** Last row before the signature block / "Nơi nhận" / footnotes. */
  dataEnd: number;
  /** Header text per column (both header rows joined with a space), 1-based column → text. */
  headers: { column: number; text: string }[];
}

/** Field → 1-based column. A field not in the file is absent. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** A data row after structure is resolved: merges filled down, section and group known. */
export interface ExtractedRow {
  ref: CellRef;
  /** Trimmed, NFC-normalized text per mapped field ('' when empty). */
  values: Partial<Record<ImportField, string>>;
  /** Raw values per mapped field (numbers and dates as Excel gave them). */
  raw: Partial<Record<ImportField, GridCell['value']>>;
  /** The section row above ("I. ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY"), without its numeral. */
  section: string | null;
  /** The bold group row above (an organization whose cells are listed under it). */
  group: string | null;
}

export type RowStatus = 'ok' | 'duplicate' | 'needsDecision' | 'error';

export interface RowIssue {
  ref: CellRef;
  /** The offending value as written in the file. */
  value: string;
  /** Vietnamese, complete: what is wrong and what to do. */
  reason: string;
  /** The field at fault, when the assembler knows it: its column is named even for an empty cell. */
  field?: ImportField;
}

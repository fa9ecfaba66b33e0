/**
 * A report as data: what goes where, in which style, but no spreadsheet library. The
 * xlsx writer (shared/xlsx) turns it into a workbook; tests and previews read it directly.
 * Texts here are final (upper-cased, prefixed), so every writer prints them as they are.
 */

/** The heading of every Party document (Instruction 36-HD/VPTW). */
export const PARTY_HEADING = 'ĐẢNG CỘNG SẢN VIỆT NAM';

export type CellAlign = 'left' | 'center' | 'right';
export type ReportValue = string | number;

export interface ReportColumn {
  key: string;
  title: string;
  /** Excel column width, in characters of the workbook's default font. */
  width: number;
  align: CellAlign;
  /** Excel number format for numeric values, e.g. '#,##0'. */
  numFmt?: string;
}

/** Counts print with Vietnamese digit grouping (Excel shows the locale's separator). */
export const COUNT_FORMAT = '#,##0';

/** A right-aligned count column. */
export function countColumn(key: string, title: string, width: number): ReportColumn {
  return { key, title, width, align: 'right', numFmt: COUNT_FORMAT };
}

/** The "STT" (row number) column every Party list starts with. */
export function sttColumn(width: number): ReportColumn {
  return { key: 'stt', title: 'STT', width, align: 'center' };
}

export interface DataRow {
  kind: 'data';
  values: Readonly<Record<string, ReportValue | null>>;
}

/** A bold row spanning every column, heading the data rows under it. */
export interface GroupRow {
  kind: 'group';
  label: string;
}

export type ReportRow = DataRow | GroupRow;

/** Bold last row: the label spans the columns before the first column given a value. */
export interface TotalRow {
  label: string;
  values: Readonly<Record<string, ReportValue>>;
}

/** The mandatory header parts of a Party document, in their final text. */
export interface PartyHeader {
  /** Superior body, upper case: "ĐẢNG BỘ TỈNH NGHỆ AN". */
  superiorBody: string;
  /** Issuing body, upper case, printed bold: "HUYỆN ỦY YÊN THÀNH". */
  issuingBody: string;
  /** "Số      -DS/HU": the number is left blank for the clerk to fill in when issuing. */
  numberSymbol: string;
  /** "Yên Thành, ngày 05 tháng 3 năm 2025", printed italic. */
  placeDate: string;
  /** Upper case: "DANH SÁCH", "BÁO CÁO". */
  documentType: string;
  /** Summary (trích yếu) lines, printed bold under the document type. */
  summary: string[];
}

export interface SignatureBlock {
  /** "T/M BAN THƯỜNG VỤ". */
  onBehalf: string;
  /** "PHÓ BÍ THƯ". */
  position: string;
  /** Empty when unknown: the line is left for a hand-written name. */
  name: string;
}

export interface ReportDocument {
  sheetName: string;
  orientation: 'portrait' | 'landscape';
  header: PartyHeader;
  columns: ReportColumn[];
  rows: ReportRow[];
  totalRow?: TotalRow;
  signature: SignatureBlock;
  /** "Nơi nhận" lines as printed: "- Ban Tổ chức Tỉnh ủy (để báo cáo),"… "- Lưu Văn phòng Huyện ủy." */
  recipients: string[];
  /** Short remarks printed in italics under the table. */
  notes?: string[];
}

/** I, II, III… for group rows; Party documents number sections in Roman numerals. */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = Math.floor(n);
  let out = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

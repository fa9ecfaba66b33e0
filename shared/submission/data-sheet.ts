/**
 * The "Gửi tỉnh" workbook's machine-readable sheet, as the writer lays it out and the
 * reader looks for it: a note, labelled key/value rows a person can read, then the payload
 * JSON in column A, one chunk per row (an Excel cell holds at most 32,767 characters).
 */
import { periodToParam } from '../dashboard/location';
import { periodLabelVi } from '../dashboard/period';
import type { DashboardPeriod } from '../dashboard/types';

export const DATA_SHEET_NAME = 'Dữ liệu (máy đọc)';
export const DATA_SHEET_NOTE = 'Trang này để phần mềm cấp tỉnh đọc; không sửa.';

/** Column A labels of the key/value rows, in order from row 2; the value is in column B. */
export const DATA_KEYS = {
  schemaVersion: 'Phiên bản lược đồ',
  committee: 'Đơn vị gửi',
  period: 'Kỳ báo cáo',
  generatedAt: 'Thời điểm lập',
  sha256: 'SHA-256',
  chunks: 'Số đoạn dữ liệu',
} as const;
export type DataKey = keyof typeof DATA_KEYS;

/** The row above the chunks; the JSON starts on the row after it. */
export const JSON_HEADING = 'Dữ liệu (JSON, các dòng dưới nối liền nhau)';
export const KEY_ROW_FIRST = 2;
export const JSON_HEADING_ROW = KEY_ROW_FIRST + Object.keys(DATA_KEYS).length;
export const JSON_FIRST_ROW = JSON_HEADING_ROW + 1;

export const CHUNK_MAX = 30_000;

/** Pieces of at most `max` UTF-16 units, never splitting a surrogate pair. */
export function chunkText(text: string, max = CHUNK_MAX): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + max, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/** The visible period: the label and the code the CLI takes ("Quý III năm 2025 (2025-q3)"). */
export const periodCellText = (p: DashboardPeriod) => `${periodLabelVi(p)} (${periodToParam(p)})`;

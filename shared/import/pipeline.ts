/**
 * The import stages wired together, for the two callers: the worker behind the import
 * screen (which stops after `analyzeSheets` to let the clerk check the column mapping) and
 * `npm run cli -- import-check` (which accepts the suggested mapping). Same code, so the
 * office's command-line check and the app never read a file differently.
 */
import { DomainError } from '../domain/errors';
import { mappingKey, suggestMapping } from './column-mapping';
import { detectTable } from './detect-table';
import { extractRows, type ExtractResult } from './extract-rows';
import type { ColumnMapping, DetectedTable, ImportKind, SheetGrid } from './types';

export interface SheetAnalysis {
  grid: SheetGrid;
  table: DetectedTable;
  /** Suggested from the header text; the clerk may edit it. */
  mapping: ColumnMapping;
  /** Same headers, same key: an edited mapping is remembered under it. */
  key: string;
}

/** The error an unreadable or table-less file gets, with the file name in it. */
export class ImportFileError extends DomainError {
  constructor(readonly fileName: string, message: string) {
    super('errors.importFile', { file: fileName, message });
    this.name = 'ImportFileError';
    this.message = `${fileName}: ${message}`;
  }
}

/**
 * Every sheet holding a table of this kind, in workbook order (instruction sheets and
 * empty sheets drop out). Throws when no sheet has one: the clerk picked the wrong file.
 */
export function analyzeSheets(grids: readonly SheetGrid[], kind: ImportKind, fileName: string): SheetAnalysis[] {
  const found: SheetAnalysis[] = [];
  for (const grid of grids) {
    const table = detectTable(grid, kind);
    if (table) found.push({ grid, table, mapping: suggestMapping(table, kind), key: mappingKey(table) });
  }
  if (found.length === 0) throw new ImportFileError(fileName, NO_TABLE_MESSAGE[kind]);
  return found;
}

const NO_TABLE_MESSAGE: Record<ImportKind, string> = {
  directory:
    'không tìm thấy bảng danh sách tổ chức cơ sở đảng và chi bộ (cần dòng tiêu đề có các cột như “Tổ chức cơ sở đảng”, “Chi bộ”, “Số đảng viên”).',
  officials: 'không tìm thấy bảng danh sách cán bộ (cần dòng tiêu đề có các cột như “Họ và tên”, “Chức vụ”).',
  registrations:
    'không tìm thấy bảng đăng ký dự sinh hoạt (cần dòng tiêu đề có các cột như “Họ và tên”, “Chi bộ”, “Thời gian”).',
  meetings:
    'không tìm thấy bảng lịch sinh hoạt (cần dòng tiêu đề có các cột như “Họ tên đồng chí dự”, “Chi bộ”, “Ngày sinh hoạt”, “Giờ bắt đầu”).',
};

/** Rows of every analysed sheet, with the mapping each one ended up with. */
export function extractAll(
  analyses: readonly SheetAnalysis[],
  mappings: readonly ColumnMapping[] = analyses.map((a) => a.mapping),
): ExtractResult {
  const result: ExtractResult = { rows: [], skipped: [] };
  analyses.forEach((analysis, i) => {
    const { rows, skipped } = extractRows(analysis.grid, analysis.table, mappings[i] ?? analysis.mapping);
    result.rows.push(...rows);
    result.skipped.push(...skipped);
  });
  return result;
}

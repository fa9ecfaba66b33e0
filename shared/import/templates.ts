/**
 * Downloadable .xlsx templates, one per kind of file, laid out like the Party documents
 * clerks already send (Instruction 36 header block, title, bordered table with a
 * "(1) (2) (3)" row) so that a filled template is also a presentable list. Dropdowns
 * offer the values the importer reads; a "Hướng dẫn" sheet says how to fill each column.
 * The importer reads its own templates without any mapping help (checked by the tests).
 */
import ExcelJS from 'exceljs';
import type { Settings } from '../domain/types';
import { normalizeText } from '../text/normalize';
import { PARTY_HEADING } from '../report/layout';
import { A4_PAPER_SIZE, PARTY_MARGINS, headerSplit } from '../xlsx/write-report';
import { workbookBytes } from '../xlsx/workbook-bytes';
import { columnsWidthPx, rowHeightPt, wrappedLines } from '../xlsx/text-fit';
import { FONT_NAME, SIZES, THIN_BORDER, font, setMergedText } from '../xlsx/xlsx-style';
import { columnLetter } from './extract-rows';
import { TEMPLATE_SPECS, type TemplateColumn, type TemplateSpec } from './template-specs';
import type { ImportKind } from './types';

export { TEMPLATE_FILE_NAMES } from './template-specs';

export interface TemplateOptions {
  /** Fills the header block with the committee's names; dotted blanks without it. */
  settings?: Pick<Settings, 'superiorBody' | 'committeeName' | 'documentSymbol' | 'place'>;
  /** Year in the date line and the title. */
  year?: number;
}

/** Row of the column headers; the "(1) (2)…" row follows, data from the row after. */
export const TEMPLATE_HEADER_ROW = 9;
/** Empty bordered rows printed ready to fill in. */
const BORDERED_ROWS = 30;
/** Rows the dropdowns cover: more than any office list. */
const VALIDATED_ROWS = 2_000;
const BLANK = '……………';

interface HeaderTexts {
  superiorBody: string;
  issuingBody: string;
  numberSymbol: string;
  placeDate: string;
}

function headerTexts(options: TemplateOptions): HeaderTexts {
  const s = options.settings;
  const year = options.year ? String(options.year) : '20…';
  return {
    superiorBody: s ? normalizeText(s.superiorBody).toUpperCase() : `ĐẢNG BỘ TỈNH ${BLANK}`,
    issuingBody: s ? normalizeText(s.committeeName).toUpperCase() : `HUYỆN ỦY ${BLANK}`,
    numberSymbol: `Số      -DS/${s ? normalizeText(s.documentSymbol) : 'HU'}`,
    placeDate: `${s ? normalizeText(s.place) : BLANK}, ngày      tháng      năm ${year}`,
  };
}

/** Instruction 36 header: bodies and "*" left, the Party heading and date right, then the title. */
function writeHeaderBlock(ws: ExcelJS.Worksheet, spec: TemplateSpec, options: TemplateOptions): void {
  const widths = spec.columns.map((c) => c.width);
  const [n, split] = [widths.length, headerSplit(widths)];
  const h = headerTexts(options);
  const body = (extra: Partial<ExcelJS.Font> = {}) => font(SIZES.body, extra);
  const left = (row: number, text: string, bold = false) => setMergedText(ws, widths, row, 1, split, text, body({ bold }), 'center');
  const right = (row: number, text: string, f: Partial<ExcelJS.Font>) => setMergedText(ws, widths, row, split + 1, n, text, f, 'center');
  left(1, h.superiorBody);
  right(1, PARTY_HEADING, body({ bold: true, underline: 'single' }));
  left(2, h.issuingBody, true);
  left(3, '*');
  left(4, h.numberSymbol);
  right(4, h.placeDate, body({ italic: true }));
  setMergedText(ws, widths, 6, 1, n, spec.documentType, font(SIZES.title, { bold: true }), 'center');
  const summary = options.year ? `${spec.summary} năm ${options.year}` : spec.summary;
  setMergedText(ws, widths, 7, 1, n, summary, body({ bold: true }), 'center');
}

function writeTableHead(ws: ExcelJS.Worksheet, columns: readonly TemplateColumn[]): void {
  const header = ws.getRow(TEMPLATE_HEADER_ROW);
  const numbers = ws.getRow(TEMPLATE_HEADER_ROW + 1);
  columns.forEach((col, i) => {
    const title = header.getCell(i + 1);
    title.value = col.title;
    title.font = font(SIZES.table, { bold: true });
    title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    title.border = THIN_BORDER;
    const number = numbers.getCell(i + 1);
    number.value = `(${i + 1})`;
    number.font = font(SIZES.table, { italic: true });
    number.alignment = { horizontal: 'center' };
    number.border = THIN_BORDER;
  });
  header.height = 48;
}

function writeEmptyRows(ws: ExcelJS.Worksheet, columns: readonly TemplateColumn[]): void {
  const first = TEMPLATE_HEADER_ROW + 2;
  for (let r = first; r < first + BORDERED_ROWS; r++) {
    columns.forEach((col, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.font = font(SIZES.table);
      cell.border = THIN_BORDER;
      cell.alignment = { horizontal: col.align, vertical: 'middle', wrapText: true };
    });
  }
}

/** An Excel list literal: quoted, comma separated (so no choice may contain a comma). */
const listFormula = (values: readonly string[]) => `"${values.join(',')}"`;

/** exceljs has range validations at run time (written as one sqref) but leaves them out of its types. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function addDropdowns(ws: ExcelJS.Worksheet, columns: readonly TemplateColumn[]): void {
  const first = TEMPLATE_HEADER_ROW + 2;
  const { dataValidations } = ws as unknown as RangeValidations;
  columns.forEach((col, i) => {
    if (!col.choices) return;
    const letter = columnLetter(i + 1);
    dataValidations.add(`${letter}${first}:${letter}${first + VALIDATED_ROWS - 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(col.choices.values)],
      showInputMessage: true,
      promptTitle: col.title,
      prompt: col.choices.prompt,
      showErrorMessage: col.choices.strict,
      errorStyle: 'stop',
      errorTitle: col.title,
      error: `Giá trị không có trong danh sách. ${col.choices.prompt}`,
    });
  });
}

function setupPage(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4_PAPER_SIZE,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: PARTY_MARGINS,
    printTitlesRow: `${TEMPLATE_HEADER_ROW}:${TEMPLATE_HEADER_ROW + 1}`,
    horizontalCentered: true,
  };
  ws.headerFooter = { oddFooter: `&C&"${FONT_NAME},Regular"&11Trang &P/&N` };
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: TEMPLATE_HEADER_ROW + 1, topLeftCell: `A${TEMPLATE_HEADER_ROW + 2}` }];
}

/**
 * One sentence per row in a single wide column: the importer never takes a one-cell
 * row for a table header, so this sheet is skipped when the filled template is read.
 */
function guideLines(spec: TemplateSpec): { text: string; bold?: boolean }[] {
  const first = TEMPLATE_HEADER_ROW + 2;
  return [
    { text: `HƯỚNG DẪN ĐIỀN MẪU “${spec.summary.toUpperCase()}”`, bold: true },
    { text: '' },
    { text: 'Cách điền chung', bold: true },
    { text: `1. Điền ở trang “${spec.sheetName}”, từ dòng ${first} trở xuống, mỗi dòng một mục; cần thêm dòng thì chèn thêm hoặc điền tiếp xuống dưới.` },
    { text: '2. Giữ nguyên dòng tiêu đề cột và dòng đánh số cột (1), (2)…; không đổi tên hay thứ tự các cột.' },
    { text: '3. Phần đầu văn bản (tên cơ quan, số, ngày tháng) điền hoặc sửa tùy ý; chương trình bỏ qua khi nhập.' },
    { text: '4. Dòng tổng cộng, dòng trống và phần chữ ký, nơi nhận ở cuối danh sách đều không được nhập.' },
    { text: '5. Gõ tiếng Việt có dấu (Unicode); không ghi hai nội dung khác nhau trong cùng một ô.' },
    { text: '' },
    { text: 'Các cột', bold: true },
    ...spec.columns.map((c, i) => ({ text: `(${i + 1}) ${c.title}: ${c.guide}` })),
    { text: '' },
    { text: 'Lưu ý', bold: true },
    ...spec.notes.map((text) => ({ text: `- ${text}` })),
  ];
}

const GUIDE_WIDTH = 120;

function writeGuide(wb: ExcelJS.Workbook, spec: TemplateSpec): void {
  const ws = wb.addWorksheet('Hướng dẫn');
  ws.getColumn(1).width = GUIDE_WIDTH;
  guideLines(spec).forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    const size = i === 0 ? SIZES.title : SIZES.table;
    cell.value = line.text === '' ? null : line.text;
    cell.font = font(size, { bold: line.bold === true });
    cell.alignment = { vertical: 'top', wrapText: true };
    // Excel does not grow rows to wrapped text in a generated file.
    const lines = line.text === '' ? 1 : wrappedLines(line.text, columnsWidthPx([GUIDE_WIDTH]), size, line.bold === true);
    ws.getRow(i + 1).height = rowHeightPt(lines, size);
  });
  ws.pageSetup = { ...ws.pageSetup, paperSize: A4_PAPER_SIZE, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: PARTY_MARGINS };
}

/** The template workbook for one kind of file. */
export function buildTemplateWorkbook(kind: ImportKind, options: TemplateOptions = {}): ExcelJS.Workbook {
  const spec = TEMPLATE_SPECS[kind];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Theo dõi dự sinh hoạt chi bộ';
  const ws = wb.addWorksheet(spec.sheetName);
  ws.columns = spec.columns.map((c) => ({ key: c.field, width: c.width === 9 ? 9.01 : c.width }));
  writeHeaderBlock(ws, spec, options);
  writeTableHead(ws, spec.columns);
  writeEmptyRows(ws, spec.columns);
  addDropdowns(ws, spec.columns);
  setupPage(ws);
  writeGuide(wb, spec);
  return wb;
}

/** The .xlsx bytes of the template for `kind`, ready to save. */
export function buildTemplate(kind: ImportKind, options: TemplateOptions = {}): Promise<Uint8Array> {
  return workbookBytes(buildTemplateWorkbook(kind, options));
}

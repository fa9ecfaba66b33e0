/**
 * Writes a ReportDocument as an .xlsx in the Party document format (Instruction
 * 36-HD/VPTW): header block left and right, centered title, bordered table, signature
 * right, "Nơi nhận" left, A4 page setup. exceljs runs in the browser and in Node alike.
 */
import ExcelJS from 'exceljs';
import { PARTY_HEADING, type ReportDocument } from '../report/layout';
import { workbookBytes } from './workbook-bytes';
import { MARGINS_CM, fitToWidthScale, keepTogetherRows, pageStarts } from './page-fit';
import { writeTable, type TableRows } from './write-table';
import { rowHeightPt } from './text-fit';
import { FONT_NAME, SIZES, font, setMergedText } from './xlsx-style';

/** Centimetres to the inches exceljs expects. */
const inches = (v: number) => Math.round((v / 2.54) * 1000) / 1000;
/** Instruction 36 margins: top and bottom 2 cm, left 3 cm, right 1.5 cm. */
export const PARTY_MARGINS = {
  top: inches(MARGINS_CM.top),
  bottom: inches(MARGINS_CM.bottom),
  left: inches(MARGINS_CM.left),
  right: inches(MARGINS_CM.right),
  header: inches(MARGINS_CM.header),
  footer: inches(MARGINS_CM.footer),
};
export const A4_PAPER_SIZE = 9;

/**
 * How many leading columns the left header block spans: the split nearest 40% of the
 * width, which leaves the right block room for "ĐẢNG CỘNG SẢN VIỆT NAM" and the date line.
 */
export function headerSplit(widths: readonly number[]): number {
  const total = widths.reduce((a, b) => a + b, 0);
  let best = 1;
  let bestGap = Infinity;
  let left = 0;
  for (let k = 1; k < widths.length; k++) {
    left += widths[k - 1] ?? 0;
    const gap = Math.abs(left - 0.4 * total);
    if (gap < bestGap) [best, bestGap] = [k, gap];
  }
  return best;
}

interface Block {
  ws: ExcelJS.Worksheet;
  widths: number[];
  split: number;
}

function writeHeader({ ws, widths, split }: Block, doc: ReportDocument): number {
  const n = widths.length;
  const left = (row: number, text: string, bold = false) =>
    setMergedText(ws, widths, row, 1, split, text, font(SIZES.body, { bold }), 'center');
  const right = (row: number, text: string, f: Partial<ExcelJS.Font>) => setMergedText(ws, widths, row, split + 1, n, text, f, 'center');
  const h = doc.header;
  // Instruction 36 puts a rule as long as the heading under it. A cell border would span
  // the whole merged block, so the heading is underlined instead: same length as the text.
  const heights = [
    Math.max(left(1, h.superiorBody), right(1, PARTY_HEADING, font(SIZES.body, { bold: true, underline: 'single' }))),
    Math.max(left(2, h.issuingBody, true), right(2, '', font(SIZES.body))),
    left(3, '*'),
    Math.max(left(4, h.numberSymbol), right(4, h.placeDate, font(SIZES.body, { italic: true }))),
  ];
  heights.forEach((height, i) => (ws.getRow(i + 1).height = height));
  let row = 6;
  ws.getRow(row).height = setMergedText(ws, widths, row, 1, n, h.documentType, font(SIZES.title, { bold: true }), 'center');
  for (const line of h.summary) {
    row++;
    ws.getRow(row).height = setMergedText(ws, widths, row, 1, n, line, font(SIZES.body, { bold: true }), 'center');
  }
  // Instruction 36: a short dashed rule under the summary.
  row++;
  setMergedText(ws, widths, row, 1, n, '-----', font(SIZES.body), 'center');
  return row + 2;
}

function writeNotes({ ws, widths }: Block, notes: readonly string[], startRow: number): number {
  let row = startRow;
  for (const note of notes) {
    ws.getRow(row).height = setMergedText(ws, widths, row, 1, widths.length, note, font(SIZES.table, { italic: true }), 'left');
    row++;
  }
  return row;
}

/** "Nơi nhận" on the left and the signature on the right, starting on the same row. */
function writeSignature({ ws, widths, split }: Block, doc: ReportDocument, startRow: number): number {
  const n = widths.length;
  const sig = doc.signature;
  const signature: [string, Partial<ExcelJS.Font>][] = [
    [sig.onBehalf, font(SIZES.body, { bold: true })],
    [sig.position, font(SIZES.body, { bold: true })],
    // Room for the signature and the seal.
    ['', font(SIZES.body)],
    ['', font(SIZES.body)],
    ['', font(SIZES.body)],
    ['', font(SIZES.body)],
    [sig.name, font(SIZES.body, { bold: true })],
  ];
  const recipients: [string, Partial<ExcelJS.Font>][] = [
    ['Nơi nhận:', font(SIZES.body, { underline: 'single' })],
    ...doc.recipients.map((r): [string, Partial<ExcelJS.Font>] => [r, font(SIZES.recipients)]),
  ];
  const count = Math.max(signature.length, recipients.length);
  for (let i = 0; i < count; i++) {
    const row = startRow + i;
    const [leftText, leftFont] = recipients[i] ?? ['', font(SIZES.recipients)];
    const [rightText, rightFont] = signature[i] ?? ['', font(SIZES.body)];
    const hl = setMergedText(ws, widths, row, 1, split, leftText, leftFont, 'left');
    const hr = setMergedText(ws, widths, row, split + 1, n, rightText, rightFont, 'center');
    ws.getRow(row).height = Math.max(hl, hr);
  }
  return startRow + count;
}

function setupPage(ws: ExcelJS.Worksheet, doc: ReportDocument, tableHeaderRow: number): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4_PAPER_SIZE,
    orientation: doc.orientation,
    fitToPage: true,
    fitToWidth: 1,
    // 0 = as many pages tall as needed: only the width is forced onto the paper.
    fitToHeight: 0,
    margins: PARTY_MARGINS,
    printTitlesRow: `${tableHeaderRow}:${tableHeaderRow}`,
    horizontalCentered: true,
  };
  ws.headerFooter = { oddFooter: `&C&"${FONT_NAME},Regular"&11Trang &P/&N` };
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: tableHeaderRow, topLeftCell: `A${tableHeaderRow + 1}`, showGridLines: false }];
}

/** One report on a new sheet of `wb`, named `sheetName` (already safe and unique). */
function addReportSheet(wb: ExcelJS.Workbook, doc: ReportDocument, sheetName: string): void {
  const ws = wb.addWorksheet(sheetName);
  const widths = doc.columns.map((c) => c.width);
  // exceljs leaves out a column of width exactly 9 (its default), and Excel then uses 8.43.
  ws.columns = doc.columns.map((c) => ({ key: c.key, width: c.width === 9 ? 9.01 : c.width }));
  const block: Block = { ws, widths, split: headerSplit(widths) };
  const tableStart = writeHeader(block, doc);
  const table = writeTable(ws, doc.columns, doc.rows, doc.totalRow, tableStart);
  const afterNotes = writeNotes(block, doc.notes ?? [], table.nextRow + 1);
  const lastRow = writeSignature(block, doc, afterNotes + 1) - 1;
  setupPage(ws, doc, table.headerRow);
  breakPages(block, doc, table, lastRow);
}

/** Empty rows between the parts: one line of body text, set so the pages can be laid out. */
const GAP_ROW_PT = rowHeightPt(1, SIZES.body);

/** Manual page breaks where page-fit lays the pages out (see there why). */
function breakPages({ ws, widths }: Block, doc: ReportDocument, table: TableRows, lastRow: number): void {
  const heights = [0];
  for (let r = 1; r <= lastRow; r++) {
    const row = ws.getRow(r);
    if (!row.height) row.height = GAP_ROW_PT;
    heights.push(row.height);
  }
  const starts = pageStarts({
    heights,
    titleRow: table.headerRow,
    noBreakBefore: keepTogetherRows(table.headerRow, table.groupRows, table.nextRow - 1, lastRow),
    orientation: doc.orientation,
    scale: fitToWidthScale(widths, doc.orientation),
  });
  for (const start of starts) ws.getRow(start - 1).addPageBreak();
}

/** A workbook with one sheet per report, in the order given. */
export function buildReportWorkbook(docs: ReportDocument | readonly ReportDocument[]): ExcelJS.Workbook {
  const list = 'sheetName' in docs ? [docs] : docs;
  if (list.length === 0) throw new Error('a report workbook needs at least one report');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Theo dõi dự sinh hoạt chi bộ';
  const names = uniqueSheetNames(list.map((d) => d.sheetName));
  list.forEach((doc, i) => addReportSheet(wb, doc, names[i] ?? `Báo cáo ${i + 1}`));
  return wb;
}

const MAX_SHEET_NAME = 31;

/** Excel refuses sheet names over 31 characters, with []:*?/\ in them, or starting or ending with an apostrophe. */
export function safeSheetName(name: string): string {
  const cleaned = name.normalize('NFC').replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_SHEET_NAME);
  const trimmed = cleaned.replace(/^'+|'+$/g, '').trim();
  return trimmed.length > 0 ? trimmed : 'Báo cáo';
}

/**
 * Safe names, unique the way Excel compares them (ignoring case): a repeated name gets
 * " (2)", " (3)"… and is cut shorter to keep the suffix within 31 characters.
 */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const base = safeSheetName(raw);
    let name = base;
    for (let n = 2; taken.has(name.toLocaleLowerCase('vi')); n++) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(name.toLocaleLowerCase('vi'));
    return name;
  });
}

/** The .xlsx bytes of a workbook with one sheet per report (see buildReportWorkbook). */
export async function writeReportWorkbook(docs: readonly ReportDocument[]): Promise<Uint8Array> {
  return workbookBytes(buildReportWorkbook(docs));
}

/** The .xlsx bytes of a one-sheet report. */
export async function writeReportXlsx(doc: ReportDocument): Promise<Uint8Array> {
  return workbookBytes(buildReportWorkbook([doc]));
}

import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isDomainError } from '../../../shared/domain/errors';
import { parseRange, readWorkbook, WorkbookReadError } from '../../../shared/import/read-workbook';
import type { SheetGrid } from '../../../shared/import/types';
import { messyOfficialsWorkbook, messyRegistrationsWorkbook } from './messy-workbooks';

/** One of each kind of value exceljs can hand back. */
async function kitchenSink(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Mọi kiểu');
  ws.mergeCells('A1:C1');
  ws.getCell('A1').value = '  Tiêu đề  ';
  ws.getCell('A2').value = 1;
  ws.getCell('A3').value = 2;
  ws.getCell('B2').value = { formula: 'A2*2', result: 2 };
  ws.getCell('B3').value = { sharedFormula: 'B2', result: 4 };
  ws.getCell('A4').value = { formula: 'SUM(A2:A3)', result: 3 };
  ws.getCell('B4').value = { formula: 'A9/0', result: { error: '#DIV/0!' } };
  ws.getCell('C4').value = { formula: 'TODAY()', result: new Date(Date.UTC(2025, 2, 15)) };
  ws.getCell('C2').value = { richText: [{ text: 'Nguy', font: { bold: true } }, { text: 'ễn Văn An' }] };
  ws.getCell('D2').value = { richText: [{ text: 'Đảng bộ ', font: { bold: true } }, { text: 'xã', font: { bold: true } }] };
  ws.getCell('C3').value = { text: 'Cổng thông tin', hyperlink: 'https://example.org' };
  ws.getCell('D3').value = new Date(Date.UTC(2025, 5, 1));
  ws.getCell('D3').numFmt = 'dd/mm/yyyy';
  ws.getCell('E2').value = 'Chi bộ xóm 1';
  ws.getCell('E2').font = { bold: true };
  ws.getCell('E2').alignment = { indent: 2 };
  ws.getCell('E3').value = true;
  ws.getCell('E4').value = { error: '#N/A' };
  ws.mergeCells('F2:F4');
  ws.getCell('F2').value = 'Ban Tổ chức';
  ws.getCell('G5').font = { bold: true }; // styled but empty: no cell
  const data: unknown = await wb.xlsx.writeBuffer();
  return new Uint8Array(data as ArrayBuffer);
}

let sink: SheetGrid;
const at = (address: string) => {
  const m = parseRange(address);
  if (!m) throw new Error(address);
  return sink.cells[m.top - 1]?.[m.left - 1] ?? null;
};

beforeAll(async () => {
  const grids = await readWorkbook(await kitchenSink());
  sink = grids[0] as SheetGrid;
});

describe('readWorkbook', () => {
  it('sizes the grid by content and lists merges 1-based', () => {
    expect(sink.name).toBe('Mọi kiểu');
    expect([sink.rowCount, sink.columnCount]).toEqual([4, 6]);
    expect(sink.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 2, left: 6, bottom: 4, right: 6 },
    ]);
  });

  it('keeps the value in the top-left cell of a merge only', () => {
    expect(at('A1')).toEqual({ value: '  Tiêu đề  ', text: 'Tiêu đề', bold: false, formula: false, indent: 0 });
    expect(at('B1')).toBeNull();
    expect(at('F2')?.text).toBe('Ban Tổ chức');
    expect(at('F3')).toBeNull();
  });

  it('gives formulas, shared formulas included, their cached result', () => {
    expect(at('B2')).toMatchObject({ value: 2, text: '2', formula: true });
    expect(at('B3')).toMatchObject({ value: 4, text: '4', formula: true });
    expect(at('A4')).toMatchObject({ value: 3, formula: true });
    expect(at('C4')).toMatchObject({ value: new Date(Date.UTC(2025, 2, 15)), text: '15/03/2025', formula: true });
    expect(at('B4')).toMatchObject({ value: null, text: '#DIV/0!', formula: true });
  });

  it('flattens rich text and hyperlinks; all-bold rich text is bold', () => {
    expect(at('C2')).toMatchObject({ value: 'Nguyễn Văn An', text: 'Nguyễn Văn An', bold: false });
    expect(at('D2')).toMatchObject({ value: 'Đảng bộ xã', bold: true });
    expect(at('C3')).toMatchObject({ value: 'Cổng thông tin', formula: false });
  });

  it('gives dates as Date (UTC midnight) shown dd/mm/yyyy, and other values as Excel shows them', () => {
    expect(at('D3')).toMatchObject({ value: new Date(Date.UTC(2025, 5, 1)), text: '01/06/2025' });
    expect(at('E3')).toMatchObject({ value: true, text: 'TRUE' });
    expect(at('E4')).toMatchObject({ value: null, text: '#N/A', formula: false });
    expect(at('A2')).toMatchObject({ value: 1, text: '1' });
  });

  it('reads bold from the font and the indent level from the alignment', () => {
    expect(at('E2')).toEqual({ value: 'Chi bộ xóm 1', text: 'Chi bộ xóm 1', bold: true, formula: false, indent: 2 });
  });

  it('reads every sheet, keeping raw Unicode for later stages to normalize', async () => {
    const grids = await readWorkbook(await messyRegistrationsWorkbook());
    expect(grids.map((g) => g.name)).toEqual(['Hướng dẫn', 'Đăng ký']);
    const sheet = grids[1] as SheetGrid;
    const name = sheet.cells[15]?.[1];
    expect(name?.value).toBe('Trần\u00a0Thị  Hoà'.normalize('NFD'));
    expect(name?.text).toBe('Trần\u00a0Thị  Hoà'.normalize('NFD'));
    expect(sheet.cells[12]?.[5]?.value).toEqual(new Date(Date.UTC(2025, 2, 15)));
    expect(sheet.cells[18]?.[5]?.value).toBe(45800);
    expect(sheet.merges).toContainEqual({ top: 13, left: 2, bottom: 14, right: 2 });
  });

  it('flattens a rich-text name in the messy officials file', async () => {
    const [sheet] = await readWorkbook(await messyOfficialsWorkbook());
    expect(sheet?.cells[13]?.[1]).toMatchObject({ value: 'Hoàng Thị Mai', bold: false });
  });
});

describe('readWorkbook on files it cannot read', () => {
  async function failure(bytes: Uint8Array): Promise<WorkbookReadError> {
    const error: unknown = await readWorkbook(bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(isDomainError(error)).toBe(true);
    return error as WorkbookReadError;
  }

  it('says an empty file is empty', async () => {
    const e = await failure(new Uint8Array());
    expect(e.code).toBe('errors.importEmptyFile');
    expect(e.message).toMatch(/^Tệp rỗng/);
  });

  it('tells the clerk to save an .xls (or password-protected file) as .xlsx', async () => {
    const e = await failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(e.code).toBe('errors.importLegacyFormat');
    expect(e.message).toContain('.xls');
    expect(e.message).toContain('.xlsx');
  });

  it('rejects bytes that are not an .xlsx with a Vietnamese message', async () => {
    const e = await failure(new TextEncoder().encode('STT,Họ và tên\n1,Nguyễn Văn An\n'));
    expect(e.code).toBe('errors.importUnreadable');
    expect(e.message).toBe(
      'Không đọc được tệp: đây không phải tệp Excel .xlsx hoặc tệp đã bị hỏng. ' +
        'Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi nhập lại.',
    );
  });

  it('rejects a truncated .xlsx', async () => {
    const bytes = await messyOfficialsWorkbook();
    const e = await failure(bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(e.code).toBe('errors.importUnreadable');
  });
});

describe('parseRange', () => {
  it('reads A1 ranges, absolute or single-cell', () => {
    expect(parseRange('B9:D10')).toEqual({ top: 9, left: 2, bottom: 10, right: 4 });
    expect(parseRange('$AA$3:$AB$4')).toEqual({ top: 3, left: 27, bottom: 4, right: 28 });
    expect(parseRange('C5')).toEqual({ top: 5, left: 3, bottom: 5, right: 3 });
    expect(parseRange('nonsense')).toBeNull();
  });
});

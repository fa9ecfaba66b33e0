/**
 * The decompression-bomb guard (shared/import/zip-guard.ts), one crafted ZIP per refusal, and
 * the two readers that apply it: the import's readWorkbook and the province's readSubmission.
 */
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, WorkbookReadError } from '../../shared/import/read-workbook';
import { guardXlsx, XLSX_LIMITS, ZipGuardError, type ZipLimits } from '../../shared/import/zip-guard';
import { readSubmission, SubmissionError } from '../../shared/submission/read-submission';
import { bigSheetXml, corruptData, declareSize, markZip64, setFlags, withEntry, withSheetXml, workbookBytes, zipOf } from './zip-craft';

/** The guard's refusal, or the string 'passed'. */
async function verdict(bytes: Uint8Array, limits: ZipLimits = XLSX_LIMITS): Promise<ZipGuardError | 'passed'> {
  return guardXlsx(bytes, limits).then(
    () => 'passed' as const,
    (e: unknown) => {
      if (e instanceof ZipGuardError) return e;
      throw e;
    },
  );
}

async function refused(bytes: Uint8Array, limits?: ZipLimits): Promise<string> {
  const v = await verdict(bytes, limits);
  expect(v).toBeInstanceOf(ZipGuardError);
  expect((v as ZipGuardError).kind).toBe('refused');
  return (v as ZipGuardError).message;
}

async function readFailure(bytes: Uint8Array): Promise<WorkbookReadError> {
  const e: unknown = await readWorkbook(bytes).then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(WorkbookReadError);
  return e as WorkbookReadError;
}

let plain: Uint8Array;
beforeAll(async () => {
  plain = await workbookBytes((wb) => {
    const ws = wb.addWorksheet('Đăng ký');
    ws.addRow(['STT', 'Họ và tên', 'Chi bộ']);
    ws.addRow([1, 'Nguyễn Văn An', 'Chi bộ xóm 1']);
  });
});

describe('guardXlsx', () => {
  it('lets an ordinary workbook through, whole-column validations included', async () => {
    expect(await verdict(plain)).toBe('passed');
    const validated = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Danh sách');
      ws.getCell('A1').value = 'Chi bộ';
      // exceljs 4.4 has worksheet.dataValidations but does not type it.
      const validations = (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
      validations.add('C2:C1048576', { type: 'list', allowBlank: true, formulae: ['"a,b"'] });
    });
    expect(await verdict(validated)).toBe('passed');
  });

  it('calls bytes that are not a ZIP broken, and readWorkbook says it is not an .xlsx', async () => {
    for (const bytes of [new TextEncoder().encode('STT,Họ và tên\n'), new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), plain.slice(0, 200)]) {
      expect((await verdict(bytes)) as ZipGuardError).toMatchObject({ kind: 'broken' });
    }
    const e = await readFailure(new TextEncoder().encode('<html><body>Danh sách</body></html>'));
    expect(e.code).toBe('errors.importUnreadable');
    expect(e.message).toContain('không phải tệp Excel .xlsx');
  });

  it('refuses ZIP64', async () => {
    expect(await refused(markZip64(plain))).toMatch(/ZIP64/);
  });

  it('refuses a ZIP of too many entries', async () => {
    const files = Object.fromEntries(Array.from({ length: XLSX_LIMITS.maxEntries + 1 }, (_, i) => [`${i}.xml`, '<a/>']));
    expect(await refused(await zipOf(files))).toBe(
      'tệp có 2.001 phần nén bên trong, quá giới hạn 2.000 phần của một tệp Excel .xlsx: tệp không phải tệp Excel thông thường hoặc đã bị sửa.',
    );
  });

  it('refuses a total declared size over the limit', async () => {
    const lying = declareSize(plain, 'xl/styles.xml', 250 * 1024 * 1024);
    expect(await refused(lying)).toMatch(/^tệp khi giải nén lớn 25\d MB, quá giới hạn 200 MB\./);
  });

  it('refuses a decompression bomb: an entry over 10 MB compressed more than 200:1', async () => {
    const bomb = await withEntry(plain, 'xl/media/anh.png', () => '0'.repeat(12 * 1024 * 1024), 9);
    const message = await refused(bomb);
    expect(message).toMatch(/^phần “xl\/media\/anh.png” trong tệp bị nén với tỉ lệ [\d.]+:1 \(giải nén ra 12 MB\)/);
    expect(message).toContain('bom giải nén');
    // The same through both readers, as the clerk sees it.
    expect((await readFailure(bomb)).code).toBe('errors.importFile');
    const sub: unknown = await readSubmission(bomb).then(() => null, (x: unknown) => x);
    expect(sub).toBeInstanceOf(SubmissionError);
    expect((sub as SubmissionError).message).toMatch(/^Không mở tệp gửi tỉnh: phần “xl\/media\/anh.png”/);
  });

  it('refuses an entry that inflates past its declared size, stopping there', async () => {
    const big = await withEntry(plain, 'xl/media/anh.png', () => 'x'.repeat(2 * 1024 * 1024), 9);
    const lying = declareSize(big, 'xl/media/anh.png', 1000);
    expect(await refused(lying)).toMatch(/^phần “xl\/media\/anh.png” trong tệp giải nén ra nhiều hơn kích thước ghi trong tệp \(1\.000 byte\)/);
  });

  it('refuses a sheet whose <dimension> declares more than 200,000 rows or 500 columns, naming the sheet', async () => {
    const tall = await withSheetXml(plain, (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:C1000000"/>'));
    expect(await refused(tall)).toMatch(/^trang “Đăng ký” có vùng dữ liệu A1:C1000000 đến dòng 1\.000\.000, quá giới hạn 200\.000 dòng\. Hãy xóa/);
    const wide = await withSheetXml(plain, (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:ZZ3"/>'));
    expect(await refused(wide)).toMatch(/^trang “Đăng ký” có vùng dữ liệu A1:ZZ3 rộng 702 cột, quá giới hạn 500 cột/);
  });

  it('counts rows and cells where there is no <dimension>', async () => {
    const small: ZipLimits = { ...XLSX_LIMITS, maxRows: 1_000, maxCells: 2_500 };
    const rows = await withSheetXml(plain, () => bigSheetXml(1_001));
    expect(await refused(rows, { ...small, maxCells: 10_000 })).toBe(
      'trang “Đăng ký” có hơn 1.000 dòng, quá giới hạn. Hãy xóa các dòng, cột thừa (kể cả ô trống đã định dạng) ở cuối trang, hoặc chép bảng sang một trang mới rồi nhập lại.',
    );
    const cells = await withSheetXml(plain, () => bigSheetXml(900));
    expect(await refused(cells, small)).toMatch(/^trang “Đăng ký” có hơn 2\.500 ô dữ liệu/);
    expect(await verdict(await withSheetXml(plain, () => bigSheetXml(800)), small)).toBe('passed');
  });

  it('refuses the ranges exceljs would expand cell by cell', async () => {
    const merge = await withSheetXml(plain, (xml) => xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
    expect(await refused(merge)).toMatch(/^trang “Đăng ký” có vùng gộp ô A1:XFD1048576/);
    const dv =
      '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a"</formula1></dataValidation></dataValidations>';
    const validated = await withSheetXml(plain, (xml) => xml.replace(/(<pageMargins)/, `${dv}$1`));
    expect(await refused(validated)).toMatch(/^trang “Đăng ký” có vùng kiểm tra dữ liệu \(Data Validation\) A1:XFD1048576/);
    const cols = await withSheetXml(plain, (xml) => xml.replace('<sheetData', '<cols><col min="1" max="2000000000" width="9"/></cols><sheetData'));
    expect(await refused(cols)).toMatch(/^trang “Đăng ký” khai báo cột thứ 2000000000/);
    const named = await withEntry(plain, 'xl/workbook.xml', (xml) =>
      xml.replace('</workbook>', '<definedNames><definedName name="x">\'Đăng ký\'!$A$1:$XFD$1048576</definedName></definedNames></workbook>'),
    );
    expect(await refused(named)).toMatch(/^vùng được đặt tên \(Name\) 'Đăng ký'!\$A\$1:\$XFD\$1048576 quá lớn/);
  });

  it('calls encrypted entries and corrupt deflate data broken', async () => {
    expect((await verdict(setFlags(plain, 'xl/workbook.xml', 1))) as ZipGuardError).toMatchObject({ kind: 'broken' });
    const big = await withEntry(plain, 'xl/media/anh.png', () => 'abc'.repeat(100_000));
    expect((await verdict(corruptData(big, 'xl/media/anh.png'))) as ZipGuardError).toMatchObject({ kind: 'broken' });
    expect((await readFailure(corruptData(big, 'xl/media/anh.png'))).code).toBe('errors.importUnreadable');
  });
});

describe('readWorkbook past the guard', () => {
  const noDimension = (xml: string) => xml.replace(/<dimension ref="[^"]*"\/>/, '');

  it('refuses a cell beyond the 500th column, naming the sheet and the column', async () => {
    const wide = await withSheetXml(await workbookBytes((wb) => (wb.addWorksheet('Danh bạ').getCell(1, 600).value = 'x')), noDimension);
    const e = await readFailure(wide);
    expect(e.code).toBe('errors.importFile');
    expect(e.message).toMatch(/^trang “Danh bạ” có dữ liệu đến cột thứ 600, quá giới hạn 500 cột/);
  });

  it('refuses a cell beyond row 200,000 and a merge reaching past it', async () => {
    const far = await withSheetXml(await workbookBytes((wb) => (wb.addWorksheet('Xa').getCell(300_000, 1).value = 'x')), noDimension);
    expect((await readFailure(far)).message).toMatch(/^trang “Xa” có dữ liệu đến dòng 300\.000, quá giới hạn 200\.000 dòng/);
    const merged = await withSheetXml(plain, (xml) =>
      noDimension(xml).replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A5:A250000"/></mergeCells>'),
    );
    expect((await readFailure(merged)).message).toMatch(/^trang “Đăng ký” có dữ liệu đến dòng 250\.000/);
  });
});

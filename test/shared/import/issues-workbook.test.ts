import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildIssuesWorkbook, issueLines, type IssueLine } from '../../../shared/import/issues-workbook';

const ISSUES: IssueLine[] = [
  { sheet: 'Đăng ký', row: 14, column: 'F', value: 'Quý V', reason: 'Thời gian “Quý V” không đúng: một năm chỉ có bốn quý, từ Quý I đến Quý IV. Sửa lại thời gian trong tệp rồi nhập lại.' },
  { sheet: 'Đăng ký', row: 20, value: '', reason: 'Dòng không ghi họ tên cán bộ đăng ký; điền họ tên hoặc xóa dòng này khỏi tệp.' },
];

async function load(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  return ws;
}

describe('buildIssuesWorkbook', () => {
  it('lists every issue with where it is, what was written and what to do', async () => {
    const ws = await load(await buildIssuesWorkbook(ISSUES, 'dang-ky-2025.xlsx'));
    expect(ws.getCell('A1').value).toBe('DANH SÁCH CÁC DÒNG CẦN SỬA KHI NHẬP DỮ LIỆU');
    expect(ws.getCell('A2').value).toBe('Tệp: dang-ky-2025.xlsx');
    expect(String(ws.getCell('A3').value)).toContain('Có 2 lỗi');
    const header = ws.getRow(5);
    expect([1, 2, 3, 4, 5, 6].map((c) => header.getCell(c).value)).toEqual(['STT', 'Trang tính', 'Dòng', 'Cột', 'Nội dung trong tệp', 'Lỗi và cách sửa']);
    expect(header.getCell(1).font).toMatchObject({ bold: true, name: 'Times New Roman' });
    const values = (r: number) => [1, 2, 3, 4, 5, 6].map((c) => ws.getRow(r).getCell(c).value);
    expect(values(6)).toEqual([1, 'Đăng ký', 14, 'F', 'Quý V', ISSUES[0]?.reason]);
    expect(values(7)).toEqual([2, 'Đăng ký', 20, '', '', ISSUES[1]?.reason]);
    expect(ws.getCell('F6').alignment.wrapText).toBe(true);
    expect(ws.getCell('F6').font.name).toBe('Times New Roman');
  });

  it('prints on A4 landscape with the header row repeated on every page', async () => {
    const ws = await load(await buildIssuesWorkbook(ISSUES, 'x.xlsx'));
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '5:5', fitToWidth: 1 });
  });

  it('says so when there is nothing to fix', async () => {
    const ws = await load(await buildIssuesWorkbook([], 'x.xlsx'));
    expect(ws.getCell('A3').value).toBe('Không có dòng nào cần sửa.');
    expect(ws.getRow(6).getCell(1).value).toBeNull();
  });

  it('flattens the pipeline\'s row issues', () => {
    expect(
      issueLines([
        { ref: { sheet: 'S', row: 3, column: 'B' }, value: 'x', reason: 'r' },
        { ref: { sheet: 'S', row: 4 }, value: '', reason: 'q' },
      ]),
    ).toEqual([
      { sheet: 'S', row: 3, column: 'B', value: 'x', reason: 'r' },
      { sheet: 'S', row: 4, value: '', reason: 'q' },
    ]);
  });
});

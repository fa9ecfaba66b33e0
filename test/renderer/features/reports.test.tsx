// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { ReportCancelledError, type StartReportJob } from '../../../renderer/features/reports/report-job';
import { ReportsPage } from '../../../renderer/features/reports/ReportsPage';
import { buildUncoveredCellsReport } from '../../../shared/report/uncovered-cells-report';
import { buildReportWorkbook } from '../../../shared/xlsx/write-report';
import { choose } from './forms';
import { fakePlatform, renderPage, setUpPageTests } from './render-page';

const db = setUpPageTests();

/**
 * The worker's work, done in-process: jsdom has no Web Worker. Under jsdom, exceljs hands
 * back bytes from Node's realm that fail writeReportXlsx's instanceof checks, so the same
 * workbook is written here and its bytes wrapped by hand.
 */
const inProcessJob: StartReportJob = (request) => ({
  result: buildReportWorkbook(buildUncoveredCellsReport(request))
    .xlsx.writeBuffer()
    .then((data) => new Uint8Array(data as ArrayBuffer)),
  cancel: () => undefined,
});

async function workbookTexts(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const texts: string[] = [];
  workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  return texts;
}

describe('ReportsPage', () => {
  it('previews the working year’s uncovered cells in the report’s order', async () => {
    renderPage(<ReportsPage startJob={inProcessJob} />, db());
    await waitFor(() => expect(screen.getByTestId('uncovered-count').textContent).toBe('2 chi bộ'));
    const table = screen.getByTestId('uncovered-preview');
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual([
      '1Chi bộ Trường THPT Phan Đăng LưuĐơn vị sự nghiệpChi bộ Trường THPT Phan Đăng Lưu12',
      '2Đảng bộ xã Hoa ThànhXãChi bộ xóm 330',
    ]);
    expect(screen.getByTestId('report-date').textContent).toMatch(/^Ngày báo cáo: \d{2}\/\d{2}\/\d{4}$/);
  });

  it('builds the workbook and saves it under an ASCII name, then says where', async () => {
    const platform = fakePlatform();
    renderPage(<ReportsPage startJob={inProcessJob} />, db(), platform);
    await waitFor(() => expect(screen.getByTestId('uncovered-count').textContent).toBe('2 chi bộ'));
    fireEvent.click(screen.getByTestId('export-uncovered'));

    const result = await screen.findByTestId('export-result', {}, { timeout: 15_000 });
    expect(result.textContent).toBe('Đã lưu: Tải về/Danh-sach-chi-bo-chua-co-nguoi-dang-ky-2025.xlsx');
    const [name, bytes, filters] = platform.saveFile.mock.calls[0] as [string, Uint8Array, unknown];
    expect(name).toBe('Danh-sach-chi-bo-chua-co-nguoi-dang-ky-2025.xlsx');
    expect(filters).toEqual([{ name: 'Excel', extensions: ['xlsx'] }]);
    const texts = await workbookTexts(bytes);
    expect(texts).toContain('Chi bộ xóm 3');
    expect(texts).not.toContain('Chi bộ xóm 1');
  });

  it('exports the year picked on the page', async () => {
    const startJob = vi.fn(inProcessJob);
    const platform = fakePlatform();
    renderPage(<ReportsPage startJob={startJob} />, db(), platform);
    await choose('Năm báo cáo', '2026');
    // 2026: the term registration covers xóm 1 and Dung covers xóm 3.
    await waitFor(() => expect(screen.getByTestId('uncovered-count').textContent).toBe('2 chi bộ'));
    expect(within(screen.getByTestId('uncovered-preview')).getByText('Chi bộ xóm 2')).toBeTruthy();
    fireEvent.click(screen.getByTestId('export-uncovered'));
    await screen.findByTestId('export-result', {}, { timeout: 15_000 });
    expect(startJob.mock.calls[0]?.[0].year).toBe(2026);
    expect(platform.saveFile.mock.calls[0]?.[0]).toBe('Danh-sach-chi-bo-chua-co-nguoi-dang-ky-2026.xlsx');
  });

  it('shows progress with "Hủy", and cancelling stops the job without saving', async () => {
    const cancel = vi.fn();
    let stop: (error: Error) => void = () => undefined;
    const hangingJob: StartReportJob = () => ({
      result: new Promise<Uint8Array>((_resolve, reject) => {
        stop = reject;
      }),
      cancel: () => {
        cancel();
        stop(new ReportCancelledError());
      },
    });
    const platform = fakePlatform();
    renderPage(<ReportsPage startJob={hangingJob} />, db(), platform);
    await waitFor(() => expect(screen.getByTestId('uncovered-count').textContent).toBe('2 chi bộ'));
    fireEvent.click(screen.getByTestId('export-uncovered'));

    expect(await screen.findByRole('progressbar')).toBeTruthy();
    expect((screen.getByTestId('export-uncovered') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));

    expect((await screen.findByTestId('export-result')).textContent).toBe('Đã hủy tạo báo cáo.');
    expect(cancel).toHaveBeenCalledOnce();
    expect(platform.saveFile).not.toHaveBeenCalled();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

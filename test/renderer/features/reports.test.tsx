// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import 'dayjs/locale/vi';
import ExcelJS from 'exceljs';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ReportCancelledError, type StartReportJob } from '../../../renderer/features/reports/report-job';
import { buildReportDocuments } from '../../../renderer/features/reports/report-request';
import { ReportsPage } from '../../../renderer/features/reports/ReportsPage';
import type { Meeting } from '../../../shared/domain/meetings';
import { isoFromParts, quarterOf, quarterRange, todayIso } from '../../../shared/meetings/iso-date';
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
  result:
    request.report === 'submission'
      ? // "Gửi tỉnh" is exported and read back in Chromium (test/e2e/reports.spec.ts).
        Promise.reject(new Error('not built in these tests'))
      : buildReportWorkbook(buildReportDocuments(request))
          .xlsx.writeBuffer()
          .then((data) => new Uint8Array(data as ArrayBuffer)),
  cancel: () => undefined,
});

/** The app's picker setup (App.tsx): the date fields need it. */
function withPickers(page: ReactElement): ReactElement {
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="vi" dateFormats={{ keyboardDate: 'DD/MM/YYYY', normalDate: 'DD/MM/YYYY' }}>
      {page}
    </LocalizationProvider>
  );
}

async function workbookTexts(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const texts: string[] = [];
  workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  return texts;
}

describe('ReportsPage', () => {
  it('previews the working year’s uncovered cells in the report’s order', async () => {
    renderPage(withPickers(<ReportsPage startJob={inProcessJob} />), db());
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
    renderPage(withPickers(<ReportsPage startJob={inProcessJob} />), db(), platform);
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
    renderPage(withPickers(<ReportsPage startJob={startJob} />), db(), platform);
    await choose('Năm báo cáo', '2026');
    // 2026: the term registration covers xóm 1 and Dung covers xóm 3.
    await waitFor(() => expect(screen.getByTestId('uncovered-count').textContent).toBe('2 chi bộ'));
    expect(within(screen.getByTestId('uncovered-preview')).getByText('Chi bộ xóm 2')).toBeTruthy();
    fireEvent.click(screen.getByTestId('export-uncovered'));
    await screen.findByTestId('export-result', {}, { timeout: 15_000 });
    const request = startJob.mock.calls[0]?.[0];
    expect(request?.report === 'uncovered' && request.input.year).toBe(2026);
    expect(platform.saveFile.mock.calls[0]?.[0]).toBe('Danh-sach-chi-bo-chua-co-nguoi-dang-ky-2026.xlsx');
  });

  it('builds the period reports for the period chosen once above them, one sheet per table', async () => {
    const startJob = vi.fn(inProcessJob);
    const platform = fakePlatform();
    renderPage(withPickers(<ReportsPage startJob={startJob} />), db(), platform);
    await waitFor(() => expect((screen.getByTestId('export-coverageSummary') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('report-period-scope-quarter'));
    await choose('Quý', 'Quý II');
    expect(screen.getByTestId('report-coverageSummary-period').textContent).toBe('Quý II năm 2025');
    fireEvent.click(screen.getByTestId('export-coverageSummary'));
    await screen.findByTestId('export-result', {}, { timeout: 15_000 });

    const request = startJob.mock.calls[0]?.[0];
    expect(request?.report).toBe('coverageSummary');
    expect(request?.report === 'coverageSummary' && request.input.period).toEqual({ kind: 'quarter', year: 2025, quarter: 2 });
    const [name, bytes] = platform.saveFile.mock.calls[0] as [string, Uint8Array];
    expect(name).toBe('Bieu-tong-hop-du-sinh-hoat-chi-bo-2025-q2.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Theo loại hình', 'Theo tổ chức cơ sở đảng']);
  });

  it('offers the plan, the summary, the gaps and the results report, each saving its own workbook', async () => {
    const platform = fakePlatform();
    renderPage(withPickers(<ReportsPage startJob={inProcessJob} />), db(), platform);
    await waitFor(() => expect((screen.getByTestId('export-results') as HTMLButtonElement).disabled).toBe(false));
    for (const report of ['plan', 'gaps', 'results'] as const) {
      fireEvent.click(screen.getByTestId(`export-${report}`));
      await waitFor(() => expect(platform.saveFile).toHaveBeenCalledTimes(['plan', 'gaps', 'results'].indexOf(report) + 1), { timeout: 15_000 });
    }
    expect(platform.saveFile.mock.calls.map((call) => call[0])).toEqual([
      'Danh-sach-tong-hop-dang-ky-du-sinh-hoat-2025.xlsx',
      'Chi-bo-chua-co-nguoi-dang-ky-va-qua-tai-2025.xlsx',
      'Bao-cao-ket-qua-du-sinh-hoat-chi-bo-2025.xlsx',
    ]);
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
    renderPage(withPickers(<ReportsPage startJob={hangingJob} />), db(), platform);
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

function meeting(id: string, date: string, over: Partial<Meeting> = {}): Meeting {
  return {
    id,
    registrationId: 'r-2',
    date,
    startTime: '08:00',
    endTime: '',
    place: 'Nhà văn hóa xóm 1',
    type: 'regular',
    agenda: 'Sơ kết quý',
    host: { role: 'secretary', name: '', confirmed: true },
    noticeDate: date,
    status: 'scheduled',
    postponements: [],
    absenceReason: '',
    hostAttended: null,
    membersPresent: null,
    attendees: '',
    notes: '',
    ...over,
  };
}

describe('ReportsPage, meeting calendar', () => {
  // The card's default period is the quarter of the day the test runs.
  const today = todayIso();
  const { from, to } = quarterRange(Number(today.slice(0, 4)), quarterOf(today));
  const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  const nextYear = isoFromParts(Number(today.slice(0, 4)) + 1, 1, 15);

  async function withMeetings() {
    await db().meetings.bulkAdd([
      meeting('m-1', from, { status: 'held', hostAttended: 'deputy' }),
      meeting('m-2', to, { registrationId: 'r-1', startTime: '14:00' }),
      meeting('m-3', from, { registrationId: 'r-3', status: 'not_attended', absenceReason: 'Đi công tác' }),
      meeting('m-4', nextYear),
    ]);
  }

  it('defaults to this quarter and counts the meetings the announcement lists', async () => {
    await withMeetings();
    renderPage(withPickers(<ReportsPage startJob={inProcessJob} />), db());
    await waitFor(() => expect(screen.getByTestId('calendar-count').textContent).toBe('2 lượt dự sinh hoạt'));
    const values = (testId: string) => [...screen.getByTestId(testId).querySelectorAll('input')].map((i) => i.value);
    expect(values('calendar-from')).toContain(dmy(from));
    expect(values('calendar-to')).toContain(dmy(to));
  });

  it('builds the THÔNG BÁO in the worker job and saves it under an ASCII name', async () => {
    await withMeetings();
    const startJob = vi.fn(inProcessJob);
    const platform = fakePlatform();
    renderPage(withPickers(<ReportsPage startJob={startJob} />), db(), platform);
    await waitFor(() => expect(screen.getByTestId('calendar-count').textContent).toBe('2 lượt dự sinh hoạt'));
    fireEvent.click(screen.getByTestId('export-calendar'));

    const result = await screen.findByTestId('calendar-export-result', {}, { timeout: 15_000 });
    const name = `Lich-du-sinh-hoat-chi-bo-tu-${dmy(from).replaceAll('/', '-')}-den-${dmy(to).replaceAll('/', '-')}.xlsx`;
    expect(result.textContent).toBe(`Đã lưu: Tải về/${name}`);
    const request = startJob.mock.calls[0]?.[0];
    expect(request?.report).toBe('meetingCalendar');
    expect(request?.report === 'meetingCalendar' && [request.input.from, request.input.to]).toEqual([from, to]);
    const [saved, bytes] = platform.saveFile.mock.calls[0] as [string, Uint8Array];
    expect(saved).toBe(name);
    const texts = await workbookTexts(bytes);
    expect(texts).toContain('THÔNG BÁO');
    expect(texts).toContain('Trần Thị Bình\nTrưởng Ban Dân vận Tỉnh ủy');
    expect(texts).toContain('Tổng cộng: 2 lượt dự sinh hoạt của 2 đồng chí tại 1 chi bộ');
    expect(texts.some((t) => t.includes('Lê Văn Cường'))).toBe(false);
  });

  it('recounts when the clerk types another start date', async () => {
    await withMeetings();
    renderPage(withPickers(<ReportsPage startJob={inProcessJob} />), db());
    await waitFor(() => expect(screen.getByTestId('calendar-count').textContent).toBe('2 lượt dự sinh hoạt'));
    const input = screen.getByTestId('calendar-from').querySelector('input') as HTMLInputElement;
    fireEvent.change(input, { target: { value: dmy(to) } });
    await waitFor(() => expect(screen.getByTestId('calendar-count').textContent).toBe('1 lượt dự sinh hoạt'));
  });

  it('says so and offers no export when the period has no meetings', async () => {
    renderPage(withPickers(<ReportsPage startJob={inProcessJob} />), db());
    await waitFor(() => expect(screen.getByTestId('calendar-count').textContent).toBe('0 lượt dự sinh hoạt'));
    expect(screen.getByText('Không có cuộc sinh hoạt nào trong thời gian này.')).toBeTruthy();
    expect((screen.getByTestId('export-calendar') as HTMLButtonElement).disabled).toBe(true);
  });
});

// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import 'dayjs/locale/vi';
import { describe, expect, it, vi } from 'vitest';
import { formatCount } from '../../../renderer/components/format';
import { ReportPrintView } from '../../../renderer/features/reports/print/ReportPrintView';
import type { StartReportDocsJob, StartReportJob } from '../../../renderer/features/reports/report-job';
import { buildReportDocuments, type ReportRequest } from '../../../renderer/features/reports/report-request';
import { ReportsPage } from '../../../renderer/features/reports/ReportsPage';
import type { DistrictData } from '../../../shared/domain/types';
import type { ReportDocument, ReportValue } from '../../../shared/report/layout';
import { settings } from '../../shared/fixtures/settings';
import { fakePlatform, renderPage, setUpPageTests } from './render-page';
import { cells, officials, orgs, registrations } from './seed';

const db = setUpPageTests();

const data: DistrictData = { settings, orgs, cells, officials, registrations, meetings: [], recommendations: [] };
const date = { day: 5, month: 3, year: 2025 };

function documentsOf(report: 'plan' | 'coverageSummary' | 'gaps' | 'results'): ReportDocument[] {
  return buildReportDocuments({ report, input: { ...data, period: { kind: 'year', year: 2025 }, date } });
}

/** jsdom has no Web Worker; laying the documents out is pure, so it runs here. */
const inProcessDocsJob: StartReportDocsJob = (request: ReportRequest) => ({
  result: Promise.resolve(buildReportDocuments(request)),
  cancel: () => undefined,
});

/** "In" never builds a workbook. */
const noWorkbook: StartReportJob = () => ({ result: Promise.reject(new Error('not expected')), cancel: () => undefined });

const text = (value: ReportValue | null | undefined) => (value === null || value === undefined ? '' : typeof value === 'number' ? formatCount(value) : value);

describe('ReportPrintView', () => {
  it('prints each document on its own sheet: the header from the settings, every row, the total and the signature', () => {
    const documents = [...documentsOf('plan'), ...documentsOf('coverageSummary')];
    renderPage(<ReportPrintView documents={documents} />, db());

    documents.forEach((document, i) => {
      const sheet = screen.getByTestId(`report-print-sheet-${i}`);
      expect(sheet.dataset.orientation).toBe(document.orientation);
      const header = within(sheet).getByTestId('print-header');
      expect(within(header).getByTestId('print-superior-body').textContent).toBe('ĐẢNG BỘ TỈNH NGHỆ AN');
      expect(within(header).getByTestId('print-issuing-body').textContent).toBe('HUYỆN ỦY YÊN THÀNH');
      expect(within(header).getByTestId('print-document-type').textContent).toBe(document.header.documentType);

      const table = within(sheet).getByTestId(`report-print-table-${i}`);
      const titles = within(table).getAllByRole('columnheader').map((th) => th.textContent);
      expect(titles).toEqual(document.columns.map((c) => c.title));
      const printed = within(table)
        .queryAllByTestId(/^report-print-(row|group-row)$/)
        .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
      expect(printed).toEqual(
        document.rows.map((row) => (row.kind === 'group' ? [row.label] : document.columns.map((c) => text(row.values[c.key])))),
      );

      const total = within(table).queryByTestId('report-print-total-row');
      if (document.totalRow) {
        expect(total?.textContent).toContain(document.totalRow.label);
        for (const value of Object.values(document.totalRow.values)) expect(total?.textContent).toContain(text(value));
      } else {
        expect(total).toBeNull();
      }

      expect(within(sheet).getByTestId('print-signer-name').textContent).toBe('Nguyễn Văn Hùng');
      expect(within(sheet).getByTestId('print-signature').textContent).toContain('T/M BAN THƯỜNG VỤ');
      expect(within(sheet).getByTestId('print-recipients').textContent).toContain(document.recipients.at(-1));
      expect(within(sheet).queryAllByTestId('report-print-note').map((p) => p.textContent)).toEqual(document.notes ?? []);
    });
    // The plan has its group rows, the summary its total: both kinds are on paper.
    expect(screen.getAllByTestId('report-print-group-row').length).toBeGreaterThan(0);
    expect(screen.getAllByTestId('report-print-total-row').length).toBeGreaterThan(0);
  });
});

describe('ReportsPage, "In"', () => {
  it('lays the report out, shows the preview and prints it; "Quay lại" returns to the cards', async () => {
    const platform = { ...fakePlatform(), print: vi.fn(async () => undefined) };
    const startDocsJob = vi.fn(inProcessDocsJob);
    renderPage(
      // The page's date fields need the app's picker setup (App.tsx).
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="vi">
        <ReportsPage startJob={noWorkbook} startDocsJob={startDocsJob} />
      </LocalizationProvider>,
      db(),
      platform,
    );
    await waitFor(() => expect((screen.getByTestId('print-coverageSummary') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('print-coverageSummary'));

    const preview = await screen.findByTestId('report-print');
    expect(startDocsJob.mock.calls[0]?.[0].report).toBe('coverageSummary');
    const documents = await startDocsJob.mock.results[0]?.value.result;
    expect(within(preview).getAllByTestId(/^report-print-sheet-/)).toHaveLength(documents.length);
    expect(within(preview).getAllByTestId('report-print-total-row').length).toBeGreaterThan(0);
    await waitFor(() => expect(platform.print).toHaveBeenCalledOnce());

    fireEvent.click(screen.getByTestId('report-print-now'));
    expect(platform.print).toHaveBeenCalledTimes(2);

    fireEvent.click(screen.getByTestId('report-print-back'));
    expect(screen.queryByTestId('report-print')).toBeNull();
    expect(screen.getByTestId('print-coverageSummary')).toBeTruthy();
  });
});

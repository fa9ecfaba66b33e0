/** Which report to build: the request and its builder live in shared/ (the CLI builds the same reports). */
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import type { DistrictData } from '../../../shared/domain/types';
import { buildReportDocuments, type ReportRequest } from '../../../shared/report/report-kinds';
import { buildSubmissionWorkbook } from '../../../shared/submission/write-submission';
import { writeReportWorkbook } from '../../../shared/xlsx/write-report';

export { PERIOD_REPORTS, buildReportDocuments, type PeriodReport, type PeriodReportInput, type ReportRequest } from '../../../shared/report/report-kinds';

/** "Gửi tỉnh": the report sheets plus the machine-readable data (shared/submission). */
export interface SubmissionRequest {
  report: 'submission';
  input: {
    data: DistrictData;
    period: DashboardPeriod;
    /** The report's date, "yyyy-mm-dd". */
    date: string;
    /** ISO time of generation, stamped in the file. */
    generatedAt: string;
  };
}

/** Everything the Reports page exports as a workbook. */
export type ExportRequest = ReportRequest | SubmissionRequest;

export function buildExportXlsx(request: ExportRequest): Promise<Uint8Array> {
  if (request.report === 'submission') {
    const { data, period, date, generatedAt } = request.input;
    return buildSubmissionWorkbook(data, period, date, new Date(generatedAt));
  }
  return writeReportWorkbook(buildReportDocuments(request));
}
